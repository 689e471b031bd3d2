package dev.meshport.validator.istio.gateway;

import dev.meshport.model.Manifest;
import dev.meshport.model.Severity;
import dev.meshport.validator.LintContext;
import dev.meshport.validator.Reporter;
import dev.meshport.validator.Rule;
import dev.meshport.validator.RuleMeta;
import dev.meshport.validator.istio.Fields;
import dev.meshport.validator.istio.Fields.Field;
import dev.meshport.validator.istio.MeshFacts;
import java.util.List;
import java.util.Map;

/** Istio pkg/config/analysis/analyzers/gateway/certificate.go (IST0138 GatewayDuplicateCertificate). */
@RuleMeta(
        id = "istio-gateway-duplicate-certificate",
        severity = Severity.WARNING,
        summary = "Two Gateways on the same gateway pods use the same TLS certificate",
        mesh = "istio",
        kinds = {"Gateway"},
        equivalents = {"IST0138"},
        docs = """
                When two Gateways that select the same pods serve TLS with the same certificate (`credentialName`,
                or the same `serverCertificate`), HTTP/2 clients reuse one connection for the hosts of both, and a
                request for a host the connection's server does not route ends in 404 (Envoy's connection reuse
                across virtual hosts). Use one Gateway with several hosts, or distinct certificates.
                """,
        failing = """
                apiVersion: networking.istio.io/v1
                kind: Gateway
                metadata:
                  name: shop
                spec:
                  selector:
                    istio: ingressgateway
                  servers:
                  - port:
                      number: 443
                      name: https
                      protocol: HTTPS
                    hosts: ["shop.example.com"]
                    tls:
                      mode: SIMPLE
                      credentialName: wildcard-cert
                #     ^ istio-gateway-duplicate-certificate
                ---
                apiVersion: networking.istio.io/v1
                kind: Gateway
                metadata:
                  name: admin
                spec:
                  selector:
                    istio: ingressgateway
                  servers:
                  - port:
                      number: 443
                      name: https
                      protocol: HTTPS
                    hosts: ["admin.example.com"]
                    tls:
                      mode: SIMPLE
                      credentialName: wildcard-cert
                #     ^ istio-gateway-duplicate-certificate
                """,
        passing = """
                apiVersion: networking.istio.io/v1
                kind: Gateway
                metadata:
                  name: shop
                spec:
                  selector:
                    istio: ingressgateway
                  servers:
                  - port:
                      number: 443
                      name: https
                      protocol: HTTPS
                    hosts: ["shop.example.com", "admin.example.com"]
                    tls:
                      mode: SIMPLE
                      credentialName: wildcard-cert
                """)
public final class GatewayDuplicateCertificate implements Rule {

    @Override
    public void check(LintContext context, Reporter reporter) {
        List<Manifest> gateways = MeshFacts.istio(context, "Gateway");
        for (Manifest gw : gateways) {
            for (Field tls : Fields.each(gw, "spec.servers[*].tls")) {
                Field certificate = certificate(tls);
                if (!certificate.present()) {
                    continue;
                }
                for (Manifest other : gateways) {
                    if (other != gw && overlap(gw, other) && Fields.each(other, "spec.servers[*].tls").stream()
                            .anyMatch(t -> certificate(t).present() && certificate(t).text().equals(certificate.text()))) {
                        reporter.report(gw, certificate.path(), "certificate " + certificate.text()
                                + " is also used by Gateway " + other.id().display() + " on the same gateway pods");
                        break;
                    }
                }
            }
        }
    }

    private static Field certificate(Field tls) {
        return tls.key("credentialName").present() ? tls.key("credentialName") : tls.key("serverCertificate");
    }

    /** Selectors overlap when one is contained in the other (both select the pods of the larger one). */
    private static boolean overlap(Manifest a, Manifest b) {
        Map<String, String> sa = MeshFacts.labels(Fields.at(a, "spec.selector").value());
        Map<String, String> sb = MeshFacts.labels(Fields.at(b, "spec.selector").value());
        return MeshFacts.selects(sa, sb) || MeshFacts.selects(sb, sa);
    }
}
