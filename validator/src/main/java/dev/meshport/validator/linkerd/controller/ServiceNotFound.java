package dev.meshport.validator.linkerd.controller;

import dev.meshport.model.Manifest;
import dev.meshport.model.ManifestSet;
import dev.meshport.model.Severity;
import dev.meshport.validator.LintContext;
import dev.meshport.validator.Reporter;
import dev.meshport.validator.Rule;
import dev.meshport.validator.RuleMeta;
import dev.meshport.validator.linkerd.support.LinkerdInputs;
import dev.meshport.validator.linkerd.support.LinkerdRoutes;
import dev.meshport.validator.linkerd.support.Ref;
import java.util.Optional;

@RuleMeta(
        id = "linkerd-service-not-found",
        severity = Severity.ERROR,
        summary = "A route's parent or backend Service is not in the inputs",
        mesh = "linkerd",
        kinds = {"HTTPRoute", "GRPCRoute", "TLSRoute", "TCPRoute", "Service"},
        equivalents = {"policy controller status: NoMatchingParent", "policy controller status: BackendNotFound"},
        needsCompleteInputs = true,
        docs = """
                A route whose parent Service does not exist gets `Accepted=False` (NoMatchingParent) and is not served;
                a backend Service that does not exist gets `ResolvedRefs=False` (BackendNotFound) and its share of the
                requests fails. Services usually live apart from the routes, so this rule runs only with
                `--assume-complete`, which declares that the inputs hold every Service. Source:
                `policy-controller/k8s/status/src/index.rs`.
                """,
        failing = """
                apiVersion: v1
                kind: Service
                metadata:
                  name: web
                  namespace: emojivoto
                spec:
                  selector: {app: web-svc}
                  ports:
                    - {name: http, port: 80}
                ---
                apiVersion: gateway.networking.k8s.io/v1
                kind: HTTPRoute
                metadata:
                  name: web-svc
                  namespace: emojivoto
                  annotations:
                    timeout.linkerd.io/request: 10s
                spec:
                  parentRefs:
                    - {group: core, kind: Service, name: web-svc, port: 80}
                #                                  ^ linkerd-service-not-found
                  rules:
                    - backendRefs:
                        - {name: web-svc-canary, port: 80}
                #          ^ linkerd-service-not-found
                """,
        passing = """
                apiVersion: v1
                kind: Service
                metadata:
                  name: web-svc
                  namespace: emojivoto
                spec:
                  selector: {app: web-svc}
                  ports:
                    - {name: http, port: 80}
                ---
                apiVersion: gateway.networking.k8s.io/v1
                kind: HTTPRoute
                metadata:
                  name: web-svc
                  namespace: emojivoto
                  annotations:
                    timeout.linkerd.io/request: 10s
                spec:
                  parentRefs:
                    - {group: core, kind: Service, name: web-svc, port: 80}
                  rules:
                    - backendRefs:
                        - {name: web-svc, port: 80}
                """)
public final class ServiceNotFound implements Rule {

    @Override
    public void check(LintContext context, Reporter reporter) {
        ManifestSet set = context.manifests();
        for (Manifest m : LinkerdRoutes.served(set, "HTTPRoute", "GRPCRoute", "TLSRoute", "TCPRoute")) {
            String own = LinkerdInputs.namespace(m);
            for (Ref parent : LinkerdRoutes.parents(m)) {
                if (!parent.is("", "Service") || parent.name() == null) {
                    continue;
                }
                if (service(set, parent.namespaceOr(own), parent.name()).isEmpty()) {
                    reporter.report(m, parent.path().key("name"), "the parent Service '" + parent.name()
                            + "' is not in the inputs: the route is not accepted");
                }
            }
            for (Ref backend : LinkerdRoutes.backends(m)) {
                if (backend.is("", "Service") && backend.name() != null
                        && service(set, backend.namespaceOr(own), backend.name()).isEmpty()) {
                    reporter.report(m, backend.path().key("name"), "the backend Service '" + backend.name()
                            + "' is not in the inputs: requests sent to it fail (BackendNotFound)");
                }
            }
        }
    }

    /** The Service {@code namespace/name} of the inputs, if there. */
    public static Optional<Manifest> service(ManifestSet set, String namespace, String name) {
        return set.filter(s -> s.kind().equals("Service") && s.id().group().isEmpty()
                && name.equals(s.id().name()) && LinkerdInputs.namespace(s).equals(namespace)).stream().findFirst();
    }
}
