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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Istio pkg/config/analysis/analyzers/virtualservice/conflictingmeshgatewayhosts.go (IST0109); Kiali SingleHostChecker. */
@RuleMeta(
        id = "istio-vs-conflicting-mesh-hosts",
        severity = Severity.ERROR,
        summary = "Several VirtualServices bound to the mesh define the same host",
        mesh = "istio",
        kinds = {"VirtualService"},
        equivalents = {"IST0109", "KIA1106"},
        docs = """
                For sidecars, Istio uses one VirtualService per host; when several mesh-bound VirtualServices
                (no `gateways`, or `mesh`) that are visible to the same namespaces name the same host, only one of
                them takes effect and which one is not defined. Merge the routes into one VirtualService, or
                restrict each one's `exportTo` so that they do not overlap. Short names are resolved in each
                VirtualService's namespace.
                """,
        failing = """
                apiVersion: networking.istio.io/v1
                kind: VirtualService
                metadata:
                  name: reviews-a
                  namespace: default
                spec:
                  hosts: [reviews]
                #         ^ istio-vs-conflicting-mesh-hosts
                  http:
                  - route:
                    - destination:
                        host: reviews
                ---
                apiVersion: networking.istio.io/v1
                kind: VirtualService
                metadata:
                  name: reviews-b
                  namespace: default
                spec:
                  hosts: [reviews.default.svc.cluster.local]
                #         ^ istio-vs-conflicting-mesh-hosts
                  http:
                  - route:
                    - destination:
                        host: reviews
                """,
        passing = """
                apiVersion: networking.istio.io/v1
                kind: VirtualService
                metadata:
                  name: reviews-a
                  namespace: default
                spec:
                  hosts: [reviews]
                  http:
                  - route:
                    - destination:
                        host: reviews
                ---
                apiVersion: networking.istio.io/v1
                kind: VirtualService
                metadata:
                  name: reviews-b
                  namespace: default
                spec:
                  hosts: [reviews]
                  gateways: [ingress]
                  http:
                  - route:
                    - destination:
                        host: reviews
                """)
public final class VsConflictingMeshHosts implements Rule {

    private record Claim(Manifest vs, Field host) {}

    @Override
    public void check(LintContext context, Reporter reporter) {
        Map<String, List<Claim>> byHost = new LinkedHashMap<>();
        for (Manifest vs : MeshFacts.istio(context, "VirtualService")) {
            if (!MeshFacts.appliesToMesh(vs)) {
                continue;
            }
            // As istioctl's analyzer (conflictingmeshgatewayhosts.go): hosts conflict within one export scope, "*" or a
            // namespace; a VirtualService exported to "." does not conflict with a public one.
            for (String scope : exportScopes(vs)) {
                for (Field host : Fields.each(vs, "spec.hosts[*]")) {
                    byHost.computeIfAbsent(scope + " " + MeshFacts.fqdn(host.text(), MeshFacts.namespace(vs)),
                            k -> new ArrayList<>()).add(new Claim(vs, host));
                }
            }
        }
        java.util.Set<String> reported = new java.util.HashSet<>();
        for (Map.Entry<String, List<Claim>> e : byHost.entrySet()) {
            List<Claim> claims = e.getValue();
            for (Claim c : claims) {
                List<String> others = new ArrayList<>();
                for (Claim o : claims) {
                    if (o.vs() != c.vs() && !others.contains(o.vs().id().display())) {
                        others.add(o.vs().id().display());
                    }
                }
                if (!others.isEmpty() && reported.add(c.vs().id() + " " + c.host().path())) {
                    String fqdn = e.getKey().substring(e.getKey().indexOf(' ') + 1);
                    reporter.report(c.vs(), c.host().path(), "host " + fqdn
                            + " is also defined for the mesh by " + String.join(", ", others));
                }
            }
        }
    }

    private static java.util.Set<String> exportScopes(Manifest vs) {
        java.util.Set<String> scopes = new java.util.TreeSet<>();
        for (Field to : Fields.each(vs, "spec.exportTo[*]")) {
            String t = to.text();
            if (t.equals("*")) {
                return java.util.Set.of("*");
            }
            scopes.add(t.equals(".") ? MeshFacts.namespace(vs) : t);
        }
        return scopes.isEmpty() ? java.util.Set.of("*") : scopes;
    }
}
