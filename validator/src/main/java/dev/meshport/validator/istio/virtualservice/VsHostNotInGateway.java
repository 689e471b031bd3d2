package dev.meshport.validator.istio.virtualservice;

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
import java.util.Map;
import java.util.Optional;

/** Istio pkg/config/analysis/analyzers/virtualservice/gateways.go (IST0132 VirtualServiceHostNotFoundInGateway). */
@RuleMeta(
        id = "istio-vs-host-not-in-gateway",
        severity = Severity.WARNING,
        summary = "A VirtualService host is served by none of the servers of a Gateway it binds to",
        mesh = "istio",
        kinds = {"VirtualService", "Gateway"},
        equivalents = {"IST0132"},
        docs = """
                A VirtualService bound to a Gateway only receives requests for hosts that one of the Gateway's
                `servers[].hosts` accepts, and a server host written `namespace/host` accepts only VirtualServices of
                that namespace (`./` the Gateway's own, `*/` any). A host outside them (`reviews.example.com` on a Gateway for
                `bookinfo.example.com`) gets no route at that gateway, and clients see 404. Add the host to a server
                of the Gateway or remove it from the VirtualService.
                """,
        failing = """
                apiVersion: networking.istio.io/v1
                kind: Gateway
                metadata:
                  name: public
                spec:
                  selector:
                    istio: ingressgateway
                  servers:
                  - port:
                      number: 80
                      name: http
                      protocol: HTTP
                    hosts: ["bookinfo/bookinfo.example.com"]
                ---
                apiVersion: networking.istio.io/v1
                kind: VirtualService
                metadata:
                  name: reviews
                spec:
                  hosts: [reviews.example.com, bookinfo.example.com]
                #         ^ istio-vs-host-not-in-gateway
                #                              ^ istio-vs-host-not-in-gateway
                  gateways: [public]
                  http:
                  - route:
                    - destination:
                        host: reviews
                """,
        passing = """
                apiVersion: networking.istio.io/v1
                kind: Gateway
                metadata:
                  name: public
                spec:
                  selector:
                    istio: ingressgateway
                  servers:
                  - port:
                      number: 80
                      name: http
                      protocol: HTTP
                    hosts: ["*.example.com"]
                ---
                apiVersion: networking.istio.io/v1
                kind: VirtualService
                metadata:
                  name: reviews
                spec:
                  hosts: [reviews.example.com]
                  gateways: [public]
                  http:
                  - route:
                    - destination:
                        host: reviews
                """)
public final class VsHostNotInGateway implements Rule {

    @Override
    public void check(LintContext context, Reporter reporter) {
        Map<Routes.GatewayRef, Manifest> gateways = Routes.gateways(context);
        for (Manifest vs : MeshFacts.istio(context, "VirtualService")) {
            for (Routes.GatewayRef ref : Routes.boundGateways(vs)) {
                Optional<Manifest> gateway = Optional.ofNullable(gateways.get(ref));
                if (gateway.isEmpty()) {
                    continue;
                }
                for (Field host : Fields.each(vs, "spec.hosts[*]")) {
                    boolean served = Fields.each(gateway.get(), "spec.servers[*].hosts[*]").stream()
                            .anyMatch(h -> Routes.serverAdmits(h.text(), MeshFacts.namespace(gateway.get()), host.text(),
                                    MeshFacts.namespace(vs)));
                    if (!served) {
                        reporter.report(vs, host.path(), "host " + host.text() + " is not served by gateway "
                                + ref.namespace() + "/" + ref.name());
                    }
                }
            }
        }
    }
}
