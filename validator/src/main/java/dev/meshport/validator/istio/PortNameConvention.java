package dev.meshport.validator.istio;

import dev.meshport.model.Manifest;
import dev.meshport.model.Severity;
import dev.meshport.validator.LintContext;
import dev.meshport.validator.Reporter;
import dev.meshport.validator.Rule;
import dev.meshport.validator.RuleMeta;
import dev.meshport.validator.istio.Fields.Field;
import java.util.Locale;

/** Kiali business/checkers/common/port_checker (KIA0601 port.name.mismatch) for Gateway servers and ServiceEntry ports. */
@RuleMeta(
        id = "istio-port-name-mismatch",
        severity = Severity.WARNING,
        summary = "A Gateway or ServiceEntry port name does not start with its protocol",
        mesh = "istio",
        kinds = {"Gateway", "ServiceEntry"},
        equivalents = {"KIA0601"},
        docs = """
                Istio's convention names ports `<protocol>[-<suffix>]` (`http`, `https-admin`, `tcp-postgres`). The
                declared `protocol` decides the behaviour here, but a name that says another protocol (`name: http`
                with `protocol: HTTPS`) misleads readers and tools that read the name. Rename the port after its
                protocol. As in Kiali, TCP and UDP ports may have any name.
                """,
        failing = """
                apiVersion: networking.istio.io/v1
                kind: ServiceEntry
                metadata:
                  name: db
                spec:
                  hosts: ["db.example.com"]
                  addresses: ["192.0.2.10"]
                  ports:
                  - number: 5432
                    name: tcp-db
                    protocol: TCP
                  - number: 8443
                    name: http-admin
                #   ^ istio-port-name-mismatch
                    protocol: HTTPS
                  resolution: DNS
                """,
        passing = """
                apiVersion: networking.istio.io/v1
                kind: ServiceEntry
                metadata:
                  name: db
                spec:
                  hosts: ["db.example.com"]
                  addresses: ["192.0.2.10"]
                  ports:
                  - number: 5432
                    name: postgres
                    protocol: TCP
                  - number: 8443
                    name: https-admin
                    protocol: HTTPS
                  resolution: DNS
                """)
public final class PortNameConvention implements Rule {

    @Override
    public void check(LintContext context, Reporter reporter) {
        for (Manifest gw : MeshFacts.istio(context, "Gateway")) {
            for (Field port : Fields.each(gw, "spec.servers[*].port")) {
                checkPort(reporter, gw, port);
            }
        }
        for (Manifest se : MeshFacts.istio(context, "ServiceEntry")) {
            for (Field port : Fields.each(se, "spec.ports[*]")) {
                checkPort(reporter, se, port);
            }
        }
    }

    private static void checkPort(Reporter reporter, Manifest m, Field port) {
        Field name = port.key("name");
        String protocol = port.key("protocol").text().toLowerCase(Locale.ROOT);
        // Kiali's MatchPortNameRule: TCP and UDP ports may have any name.
        if (!name.present() || protocol.isEmpty() || protocol.equals("tcp") || protocol.equals("udp")) {
            return;
        }
        String n = name.text().toLowerCase(Locale.ROOT);
        if (!n.equals(protocol) && !n.startsWith(protocol + "-")) {
            reporter.report(m, name.path(), "port name " + name.text() + " does not follow <protocol>[-suffix] for protocol "
                    + port.key("protocol").text());
        }
    }
}
