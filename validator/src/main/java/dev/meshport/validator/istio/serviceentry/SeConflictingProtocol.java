package dev.meshport.validator.istio.serviceentry;

import dev.meshport.model.Manifest;
import dev.meshport.model.Severity;
import dev.meshport.validator.LintContext;
import dev.meshport.validator.Reporter;
import dev.meshport.validator.Rule;
import dev.meshport.validator.RuleMeta;
import dev.meshport.validator.istio.Fields;
import dev.meshport.validator.istio.Fields.Field;
import dev.meshport.validator.istio.MeshFacts;
import dev.meshport.validator.istio.Protocols;
import java.util.List;

/** Istio pkg/config/analysis/analyzers/serviceentry/conflictingprotocol.go (IST0177); Kiali (KIA1212). */
@RuleMeta(
        id = "istio-se-conflicting-protocol",
        severity = Severity.WARNING,
        summary = "ServiceEntries give the same host and port different protocols",
        mesh = "istio",
        kinds = {"ServiceEntry"},
        equivalents = {"IST0177", "KIA1212"},
        docs = """
                Two ServiceEntries visible to the same namespaces declare the same host and port number with
                different protocols (HTTP in one, TCP in the other). Istio builds one listener per host and port,
                so one of the protocols wins arbitrarily and clients of the other break. Agree on one protocol.
                """,
        failing = """
                apiVersion: networking.istio.io/v1
                kind: ServiceEntry
                metadata:
                  name: api-http
                spec:
                  hosts: ["api.example.com"]
                  ports:
                  - number: 8080
                    name: http
                    protocol: HTTP
                #   ^ istio-se-conflicting-protocol
                  resolution: DNS
                ---
                apiVersion: networking.istio.io/v1
                kind: ServiceEntry
                metadata:
                  name: api-tcp
                spec:
                  hosts: ["api.example.com"]
                  addresses: ["192.0.2.1"]
                  ports:
                  - number: 8080
                    name: tcp
                    protocol: TCP
                #   ^ istio-se-conflicting-protocol
                  resolution: DNS
                """,
        passing = """
                apiVersion: networking.istio.io/v1
                kind: ServiceEntry
                metadata:
                  name: api-http
                spec:
                  hosts: ["api.example.com"]
                  ports:
                  - number: 8080
                    name: http
                    protocol: HTTP
                  resolution: DNS
                """)
public final class SeConflictingProtocol implements Rule {

    @Override
    public void check(LintContext context, Reporter reporter) {
        List<Manifest> entries = MeshFacts.istio(context, "ServiceEntry");
        for (Manifest se : entries) {
            for (Field port : Fields.each(se, "spec.ports[*]")) {
                String protocol = Protocols.normalise(port.key("protocol").text());
                long number = port.key("number").value().asLong(-1);
                for (Manifest other : SeHosts.peers(se, entries)) {
                    boolean conflict = Fields.each(other, "spec.ports[*]").stream().anyMatch(p ->
                            p.key("number").value().asLong(-2) == number
                                    && !Protocols.normalise(p.key("protocol").text()).equals(protocol));
                    if (conflict) {
                        reporter.report(se, port.key("protocol").present() ? port.key("protocol").path() : port.path(),
                                "port " + number + " has protocol " + (protocol.isEmpty() ? "(unset)" : protocol)
                                        + " here and another one in ServiceEntry " + other.id().display());
                        break;
                    }
                }
            }
        }
    }
}
