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
import java.util.Optional;

/** Istio pkg/config/analysis/analyzers/virtualservice/destinationhosts.go (IST0140 IngressRouteRulesNotAffected). */
@RuleMeta(
        id = "istio-vs-ingress-rules-not-affected",
        severity = Severity.WARNING,
        summary = "A gateway route sends to a host whose subset routing lives in a mesh-only VirtualService",
        mesh = "istio",
        kinds = {"VirtualService"},
        equivalents = {"IST0140"},
        docs = """
                A VirtualService bound only to a gateway routes to `reviews` without a subset, while another
                VirtualService, bound to the mesh, splits `reviews` between subsets. The gateway proxy applies only
                the VirtualServices bound to it, so requests entering through the gateway ignore the subset split.
                Bind the mesh VirtualService to the gateway as well (`gateways: [mesh, public]`), or route to the
                subsets from the gateway
                VirtualService too.
                """,
        failing = """
                apiVersion: networking.istio.io/v1
                kind: VirtualService
                metadata:
                  name: reviews
                spec:
                  hosts: [reviews]
                  http:
                  - route:
                    - destination:
                        host: reviews
                        subset: v2
                ---
                apiVersion: networking.istio.io/v1
                kind: VirtualService
                metadata:
                  name: ingress
                spec:
                  hosts: [shop.example.com]
                  gateways: [public]
                  http:
                  - route:
                    - destination:
                        host: reviews
                #       ^ istio-vs-ingress-rules-not-affected
                """,
        passing = """
                apiVersion: networking.istio.io/v1
                kind: VirtualService
                metadata:
                  name: reviews
                spec:
                  hosts: [reviews]
                  gateways: [mesh, public]
                  http:
                  - route:
                    - destination:
                        host: reviews
                        subset: v2
                ---
                apiVersion: networking.istio.io/v1
                kind: VirtualService
                metadata:
                  name: ingress
                spec:
                  hosts: [shop.example.com]
                  gateways: [public]
                  http:
                  - route:
                    - destination:
                        host: reviews
                """)
public final class VsIngressRulesNotAffected implements Rule {

    @Override
    public void check(LintContext context, Reporter reporter) {
        for (Manifest ingress : MeshFacts.istio(context, "VirtualService")) {
            if (MeshFacts.appliesToMesh(ingress)) {
                continue;
            }
            for (Field destination : Routes.destinations(ingress)) {
                if (destination.key("subset").present()) {
                    continue;
                }
                String host = MeshFacts.fqdn(destination.key("host").text(), MeshFacts.namespace(ingress));
                meshOnlySplit(context, host, ingress).ifPresent(other -> reporter.report(ingress,
                        destination.key("host").path(), "the subset routing of " + host + " in VirtualService "
                                + other.id().display() + " is bound to the mesh only and does not apply to requests from this gateway"));
            }
        }
    }

    private static Optional<Manifest> meshOnlySplit(LintContext context, String host, Manifest ingress) {
        for (Manifest vs : MeshFacts.istio(context, "VirtualService")) {
            if (vs == ingress || !MeshFacts.appliesToMesh(vs) || !Routes.boundGateways(vs).isEmpty()) {
                continue;
            }
            boolean forHost = Fields.each(vs, "spec.hosts[*]").stream()
                    .anyMatch(h -> MeshFacts.fqdn(h.text(), MeshFacts.namespace(vs)).equals(host));
            boolean subsets = Routes.destinations(vs).stream().anyMatch(d -> d.key("subset").present());
            if (forHost && subsets) {
                return Optional.of(vs);
            }
        }
        return Optional.empty();
    }
}
