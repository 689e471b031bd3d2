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
import dev.meshport.validator.istio.Routes;
import java.util.List;
import java.util.Optional;

/** Istio pkg/config/analysis/analyzers/gateway/conflictinggateway.go (IST0145); Kiali MultiMatchChecker (KIA0301). */
@RuleMeta(
        id = "istio-gateway-conflict",
        severity = Severity.ERROR,
        summary = "Two Gateways with the same selector open the same port for overlapping hosts",
        mesh = "istio",
        kinds = {"Gateway"},
        equivalents = {"IST0145", "KIA0301"},
        docs = """
                Gateways that select the same gateway pods and declare the same port number for overlapping hosts
                produce one listener; Istio keeps one server for each host and drops the other, so the routes bound
                to the dropped Gateway get 404s (and for HTTPS, the wrong certificate). Merge the servers into one
                Gateway, or give them distinct hosts.
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
                      number: 80
                      name: http
                      protocol: HTTP
                    hosts: ["*.example.com"]
                #           ^ istio-gateway-conflict
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
                      number: 80
                      name: http
                      protocol: HTTP
                    hosts: ["admin.example.com"]
                #           ^ istio-gateway-conflict
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
                      number: 80
                      name: http
                      protocol: HTTP
                    hosts: ["shop.example.com"]
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
                      number: 80
                      name: http
                      protocol: HTTP
                    hosts: ["admin.example.com"]
                """)
public final class GatewayConflict implements Rule {

    @Override
    public void check(LintContext context, Reporter reporter) {
        List<Manifest> gateways = MeshFacts.istio(context, "Gateway");
        for (Manifest gw : gateways) {
            for (Field server : Fields.each(gw, "spec.servers[*]")) {
                long port = server.key("port").key("number").value().asLong(-1);
                for (Field host : server.each("hosts[*]")) {
                    conflicting(gateways, gw, port, host.text()).ifPresent(other -> reporter.report(gw, host.path(),
                            "port " + port + " host " + host.text() + " is also served by Gateway " + other.id().display()
                                    + " with the same selector"));
                }
            }
        }
    }

    private static Optional<Manifest> conflicting(List<Manifest> gateways, Manifest gw, long port, String host) {
        for (Manifest other : gateways) {
            if (other == gw || !Fields.at(other, "spec.selector").value().equals(Fields.at(gw, "spec.selector").value())) {
                continue;
            }
            for (Field server : Fields.each(other, "spec.servers[*]")) {
                if (server.key("port").key("number").value().asLong(-2) != port) {
                    continue;
                }
                for (Field h : server.each("hosts[*]")) {
                    if (MeshFacts.overlap(Routes.serverHost(h.text()), Routes.serverHost(host))) {
                        return Optional.of(other);
                    }
                }
            }
        }
        return Optional.empty();
    }
}
