package dev.meshport.validator.istio.virtualservice;

import dev.meshport.model.Manifest;
import dev.meshport.model.Severity;
import dev.meshport.validator.LintContext;
import dev.meshport.validator.Reporter;
import dev.meshport.validator.Rule;
import dev.meshport.validator.RuleMeta;
import dev.meshport.validator.istio.Fields.Field;
import dev.meshport.validator.istio.MeshFacts;
import dev.meshport.validator.istio.Routes;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Istio pkg/config/analysis/analyzers/virtualservice/gateways.go (IST0101 for gateways); Kiali NoGatewayChecker. */
@RuleMeta(
        id = "istio-vs-gateway-not-found",
        severity = Severity.ERROR,
        summary = "A VirtualService binds to a Gateway that is not among the inputs",
        mesh = "istio",
        kinds = {"VirtualService", "Gateway"},
        equivalents = {"IST0101", "KIA1102"},
        docs = """
                The VirtualService names a gateway (`gateways: [bookinfo-gateway]`, or `ns/name`) that no Gateway in
                the inputs defines, so its routes are attached to nothing and the traffic it describes gets 404s.
                A bare name means a Gateway of the VirtualService's own namespace; write `namespace/name` for a
                Gateway elsewhere. Without `--assume-complete` the rule reports only when the inputs hold at least
                one Istio Gateway of the referenced namespace, so that shared gateways kept in another repository
                (say, `istio-system/public`) are not flagged when linting a team's routes.
                """,
        failing = """
                apiVersion: networking.istio.io/v1
                kind: Gateway
                metadata:
                  name: bookinfo-gateway
                spec:
                  selector:
                    istio: ingressgateway
                  servers:
                  - port:
                      number: 80
                      name: http
                      protocol: HTTP
                    hosts: ["*"]
                ---
                apiVersion: networking.istio.io/v1
                kind: VirtualService
                metadata:
                  name: bookinfo
                spec:
                  hosts: ["*"]
                  gateways:
                  - bookinfo-gateway
                  - bookinfo-gatway
                #   ^ istio-vs-gateway-not-found
                  http:
                  - route:
                    - destination:
                        host: productpage
                """,
        passing = """
                apiVersion: networking.istio.io/v1
                kind: Gateway
                metadata:
                  name: bookinfo-gateway
                spec:
                  selector:
                    istio: ingressgateway
                  servers:
                  - port:
                      number: 80
                      name: http
                      protocol: HTTP
                    hosts: ["*"]
                ---
                apiVersion: networking.istio.io/v1
                kind: VirtualService
                metadata:
                  name: bookinfo
                spec:
                  hosts: ["*"]
                  gateways: [bookinfo-gateway, mesh]
                  http:
                  - route:
                    - destination:
                        host: productpage
                """)
public final class VsGatewayNotFound implements Rule {

    @Override
    public void check(LintContext context, Reporter reporter) {
        Map<Routes.GatewayRef, Manifest> gateways = Routes.gateways(context);
        Set<String> namespacesWithGateways = new HashSet<>();
        gateways.keySet().forEach(g -> namespacesWithGateways.add(g.namespace()));
        for (Manifest vs : MeshFacts.istio(context, "VirtualService")) {
            for (Field ref : Routes.gatewayRefs(vs)) {
                if (ref.text().endsWith(Routes.INTERNAL_GATEWAY_SUFFIX)) {
                    continue;
                }
                Routes.resolve(ref.text(), MeshFacts.namespace(vs))
                        .filter(g -> !gateways.containsKey(g))
                        .filter(g -> context.options().assumeComplete() || namespacesWithGateways.contains(g.namespace()))
                        .ifPresent(g -> reporter.report(vs, ref.path(), "gateway " + g.namespace() + "/" + g.name()
                                + " is not defined by any Gateway in the inputs"));
            }
        }
    }
}
