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
        summary = "A gateway route sends to a host whose subset routing lives in another VirtualService",
        mesh = "istio",
        kinds = {"VirtualService"},
        equivalents = {"IST0140"},
        docs = """
                A VirtualService bound to a gateway routes to `reviews` without a subset, while another
                VirtualService for host `reviews` splits it between subsets. At the gateway, a route's destination
                goes straight to the service: the VirtualService of the destination host is not consulted, so
                requests entering through the gateway ignore the subset split. Route to the subsets from the
                gateway VirtualService too.
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
                        subset: v2
                """)
public final class VsIngressRulesNotAffected implements Rule {

    @Override
    public void check(LintContext context, Reporter reporter) {
        for (Manifest ingress : MeshFacts.istio(context, "VirtualService")) {
            if (Routes.boundGateways(ingress).isEmpty()) {
                continue;
            }
            for (Field destination : Fields.each(ingress, "spec.http[*].route[*].destination")) {
                if (destination.key("subset").present()) {
                    continue;
                }
                String host = MeshFacts.fqdn(destination.key("host").text(), MeshFacts.namespace(ingress));
                subsetSplit(context, host, ingress).ifPresent(other -> reporter.report(ingress,
                        destination.key("host").path(), "the subset routing of " + host + " in VirtualService "
                                + other.id().display() + " does not apply to requests routed here from the gateway"));
            }
        }
    }

    /** Another VirtualService for {@code host} that routes it to subsets (initVirtualServiceDestinations). */
    private static Optional<Manifest> subsetSplit(LintContext context, String host, Manifest ingress) {
        for (Manifest vs : MeshFacts.istio(context, "VirtualService")) {
            if (vs == ingress) {
                continue;
            }
            boolean forHost = Fields.each(vs, "spec.hosts[*]").stream()
                    .anyMatch(h -> MeshFacts.fqdn(h.text(), MeshFacts.namespace(vs)).equals(host));
            boolean subsets = Fields.each(vs, "spec.http[*].route[*].destination").stream().anyMatch(d ->
                    d.key("subset").present() && MeshFacts.fqdn(d.key("host").text(), MeshFacts.namespace(vs)).equals(host));
            if (forHost && subsets) {
                return Optional.of(vs);
            }
        }
        return Optional.empty();
    }
}
