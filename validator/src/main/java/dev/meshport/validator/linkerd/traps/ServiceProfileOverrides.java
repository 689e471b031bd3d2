package dev.meshport.validator.linkerd.traps;

import com.fasterxml.jackson.databind.JsonNode;
import dev.meshport.model.FieldPath;
import dev.meshport.model.Manifest;
import dev.meshport.model.ManifestSet;
import dev.meshport.model.Severity;
import dev.meshport.validator.LintContext;
import dev.meshport.validator.Reporter;
import dev.meshport.validator.Rule;
import dev.meshport.validator.RuleMeta;
import dev.meshport.validator.linkerd.support.LinkerdInputs;
import dev.meshport.validator.linkerd.support.LinkerdRoutes;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

@RuleMeta(
        id = "linkerd-service-profile-overrides",
        severity = Severity.WARNING,
        summary = "A ServiceProfile exists for a Service that also has routes or retry/timeout annotations, which it overrides",
        mesh = "linkerd",
        kinds = {"ServiceProfile", "HTTPRoute", "GRPCRoute", "Service"},
        equivalents = {},
        docs = """
                When a ServiceProfile exists for a Service, Linkerd's outbound proxies use it and ignore every
                HTTPRoute and GRPCRoute whose parent is that Service, the Service's `retry.linkerd.io/*` and
                `timeout.linkerd.io/*` annotations, and its circuit breaking (`balancer.linkerd.io/*`). Nothing warns:
                the routes are accepted and do nothing. Finish the migration by deleting the ServiceProfile (move its
                retries and timeouts to the routes or annotations first). The profile is matched by its name,
                `<service>.<namespace>.svc.<cluster-domain>`, in the Service's namespace. Source: website
                `2-edge/reference/{httproute,retries,timeouts,circuit-breaking}.md`.
                """,
        failing = """
                apiVersion: linkerd.io/v1alpha2
                kind: ServiceProfile
                metadata:
                  name: web-svc.emojivoto.svc.cluster.local
                # ^ linkerd-service-profile-overrides
                  namespace: emojivoto
                spec:
                  routes:
                    - name: GET /api/list
                      condition: {method: GET, pathRegex: /api/list}
                ---
                apiVersion: gateway.networking.k8s.io/v1
                kind: HTTPRoute
                metadata:
                  name: web-svc
                  namespace: emojivoto
                spec:
                  parentRefs:
                    - {group: core, kind: Service, name: web-svc, port: 80}
                  rules:
                    - backendRefs:
                        - {name: web-svc, port: 80}
                """,
        passing = """
                apiVersion: linkerd.io/v1alpha2
                kind: ServiceProfile
                metadata:
                  name: web-svc.emojivoto.svc.cluster.local
                  namespace: emojivoto
                spec:
                  routes:
                    - name: GET /api/list
                      condition: {method: GET, pathRegex: /api/list}
                ---
                apiVersion: gateway.networking.k8s.io/v1
                kind: HTTPRoute
                metadata:
                  name: voting-svc
                  namespace: emojivoto
                spec:
                  parentRefs:
                    - {group: core, kind: Service, name: voting-svc, port: 8080}
                  rules:
                    - backendRefs:
                        - {name: voting-svc, port: 8080}
                """)
public final class ServiceProfileOverrides implements Rule {

    @Override
    public void check(LintContext context, Reporter reporter) {
        ManifestSet set = context.manifests();
        for (Manifest sp : LinkerdInputs.of(set, "linkerd.io", "ServiceProfile")) {
            String name = sp.id().name();
            String[] parts = name == null ? new String[0] : name.split("\\.");
            if (parts.length < 4 || !parts[2].equals("svc")) {
                continue; // a profile for an external authority, not a Service
            }
            String service = parts[0];
            String namespace = parts[1];
            List<String> overridden = new ArrayList<>();
            for (Manifest route : LinkerdRoutes.admitted(set, "HTTPRoute", "GRPCRoute")) {
                String own = LinkerdInputs.namespace(route);
                boolean onService = LinkerdRoutes.parents(route).stream().anyMatch(p -> p.is("", "Service")
                        && service.equals(p.name()) && p.namespaceOr(own).equals(namespace));
                if (onService) {
                    overridden.add(route.kind() + " '" + route.id().name() + "' (" + route.file() + ":"
                            + route.position(FieldPath.ROOT).line() + ")");
                }
            }
            for (Manifest svc : set.filter(s -> s.kind().equals("Service") && s.id().group().isEmpty()
                    && service.equals(s.id().name()) && LinkerdInputs.namespace(s).equals(namespace))) {
                List<String> keys = outboundAnnotations(svc.tree().path("metadata").path("annotations"));
                if (!keys.isEmpty()) {
                    overridden.add("the annotations " + String.join(", ", keys) + " of Service '" + service + "'");
                }
            }
            if (!overridden.isEmpty()) {
                reporter.report(sp, "metadata.name", "this ServiceProfile overrides " + String.join("; ", overridden)
                        + ": Linkerd ignores them while the profile exists");
            }
        }
    }

    private static List<String> outboundAnnotations(JsonNode annotations) {
        List<String> keys = new ArrayList<>();
        Iterator<String> it = annotations.fieldNames();
        while (it.hasNext()) {
            String k = it.next();
            if (k.startsWith("retry.linkerd.io/") || k.startsWith("timeout.linkerd.io/")
                    || k.startsWith("balancer.linkerd.io/") || k.startsWith("balancer.alpha.linkerd.io/")) {
                keys.add(k);
            }
        }
        return keys;
    }
}
