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

/**
 * Istio pkg/config/analysis/analyzers/serviceentry/protocoladdresses.go (IST0134) and ValidateServiceEntry's warning
 * "addresses are required for ports serving TCP (or unset) protocol". Assumes the default mesh config (DNS
 * auto-allocation off); the annotation networking.istio.io/enableAutoAllocate opts in per entry.
 */
@RuleMeta(
        id = "istio-se-addresses-required",
        severity = Severity.WARNING,
        summary = "A ServiceEntry with TCP (or unset protocol) ports has no addresses",
        mesh = "istio",
        kinds = {"ServiceEntry"},
        equivalents = {"IST0134"},
        docs = """
                For a TCP port Envoy can only tell destinations apart by IP, so a ServiceEntry with a TCP or
                protocol-less port and no `addresses` gets a listener on 0.0.0.0:<port> that captures every TCP
                connection to that port, unless DNS auto-allocation (ISTIO_META_DNS_AUTO_ALLOCATE) is on. Add the
                service's `addresses`, set the port protocol (HTTP, TLS), or enable auto-allocation.
                """,
        failing = """
                apiVersion: networking.istio.io/v1
                kind: ServiceEntry
                metadata:
                  name: external-db
                spec:
                  hosts: ["db.example.com"]
                  ports:
                  - number: 5432
                #   ^ istio-se-addresses-required
                    name: tcp-postgres
                    protocol: TCP
                  resolution: DNS
                """,
        passing = """
                apiVersion: networking.istio.io/v1
                kind: ServiceEntry
                metadata:
                  name: external-db
                spec:
                  hosts: ["db.example.com"]
                  addresses: ["192.0.2.10"]
                  ports:
                  - number: 5432
                    name: tcp-postgres
                    protocol: TCP
                  resolution: DNS
                """)
public final class SeAddressesRequired implements Rule {

    private static final String AUTO_ALLOCATE = "networking.istio.io/enableAutoAllocate";

    @Override
    public void check(LintContext context, Reporter reporter) {
        for (Manifest se : MeshFacts.istio(context, "ServiceEntry")) {
            if (Fields.at(se, "spec.addresses").value().size() > 0
                    || se.tree().path("metadata").path("annotations").path(AUTO_ALLOCATE).asText().equals("true")) {
                continue;
            }
            for (Field port : Fields.each(se, "spec.ports[*]")) {
                String protocol = port.key("protocol").text();
                if (protocol.isEmpty() || Protocols.normalise(protocol).equals("TCP")) {
                    reporter.report(se, port.path(), "port " + port.key("number").text()
                            + " serves TCP but the ServiceEntry has no addresses (needed unless DNS auto-allocation is on)");
                }
            }
        }
    }
}
