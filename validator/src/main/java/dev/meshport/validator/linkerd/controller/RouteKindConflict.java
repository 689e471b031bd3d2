package dev.meshport.validator.linkerd.controller;

import dev.meshport.model.Manifest;
import dev.meshport.model.Severity;
import dev.meshport.validator.LintContext;
import dev.meshport.validator.Reporter;
import dev.meshport.validator.Rule;
import dev.meshport.validator.RuleMeta;
import dev.meshport.validator.linkerd.support.LinkerdInputs;
import dev.meshport.validator.linkerd.support.LinkerdRoutes;
import dev.meshport.validator.linkerd.support.Ref;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

@RuleMeta(
        id = "linkerd-route-kind-conflict",
        severity = Severity.ERROR,
        summary = "Routes of different kinds share a parent, and Linkerd serves only the highest-precedence kind",
        mesh = "linkerd",
        kinds = {"HTTPRoute", "GRPCRoute", "TLSRoute", "TCPRoute"},
        equivalents = {"policy controller status: Accepted=False, RouteReasonConflicted"},
        docs = """
                On one parent (a Service port, a Server or an EgressNetwork port) Linkerd serves routes of one kind
                only, by precedence GRPCRoute > HTTPRoute > TLSRoute > TCPRoute. A route of a lower kind on a parent
                that also has a route of a higher kind gets `Accepted=False` with reason `RouteReasonConflicted` and is
                not served. Parents are the same when group, kind, namespace, name and port agree (a parentRef without
                port covers every port). Source: `policy-controller/k8s/status/src/index.rs`.
                """,
        failing = """
                apiVersion: gateway.networking.k8s.io/v1
                kind: GRPCRoute
                metadata:
                  name: voting-grpc
                  namespace: emojivoto
                  annotations:
                    retry.linkerd.io/grpc: unavailable
                spec:
                  parentRefs:
                    - {group: core, kind: Service, name: voting-svc, port: 8080}
                  rules:
                    - backendRefs: [{name: voting-svc, port: 8080}]
                ---
                apiVersion: gateway.networking.k8s.io/v1
                kind: HTTPRoute
                metadata:
                  name: voting-http
                  namespace: emojivoto
                spec:
                  parentRefs:
                    - {group: core, kind: Service, name: voting-svc, port: 8080}
                #     ^ linkerd-route-kind-conflict
                  rules:
                    - backendRefs: [{name: voting-svc, port: 8080}]
                """,
        passing = """
                apiVersion: gateway.networking.k8s.io/v1
                kind: GRPCRoute
                metadata:
                  name: voting-grpc
                  namespace: emojivoto
                  annotations:
                    retry.linkerd.io/grpc: unavailable
                spec:
                  parentRefs:
                    - {group: core, kind: Service, name: voting-svc, port: 8080}
                  rules:
                    - backendRefs: [{name: voting-svc, port: 8080}]
                ---
                apiVersion: gateway.networking.k8s.io/v1
                kind: HTTPRoute
                metadata:
                  name: voting-http
                  namespace: emojivoto
                spec:
                  parentRefs:
                    - {group: core, kind: Service, name: voting-svc, port: 8801}
                  rules:
                    - backendRefs: [{name: voting-svc, port: 8801}]
                """)
public final class RouteKindConflict implements Rule {

    private static final List<String> PRECEDENCE = List.of("GRPCRoute", "HTTPRoute", "TLSRoute", "TCPRoute");

    @Override
    public void check(LintContext context, Reporter reporter) {
        List<Manifest> routes = LinkerdRoutes.served(context.manifests(), "HTTPRoute", "GRPCRoute", "TLSRoute", "TCPRoute");
        for (Manifest lower : routes) {
            int rank = PRECEDENCE.indexOf(lower.kind());
            for (Ref parent : LinkerdRoutes.parents(lower)) {
                if (!LinkerdRoutes.isLinkerdParent(parent)) {
                    continue;
                }
                for (Manifest higher : routes) {
                    if (PRECEDENCE.indexOf(higher.kind()) >= rank) {
                        continue;
                    }
                    if (LinkerdRoutes.parents(higher).stream().anyMatch(p -> sameParent(p, higher, parent, lower))) {
                        reporter.report(lower, parent.path(), "the " + higher.kind() + " '" + higher.id().name()
                                + "' has the same parent " + parent.display() + " '" + parent.name() + "'; Linkerd "
                                + "serves it and marks this " + lower.kind() + " as conflicted");
                        break;
                    }
                }
            }
        }
    }

    private static boolean sameParent(Ref a, Manifest aOwner, Ref b, Manifest bOwner) {
        boolean sameKind = a.kind() != null && b.kind() != null
                && a.kind().toLowerCase(Locale.ROOT).equals(b.kind().toLowerCase(Locale.ROOT))
                && a.isCoreGroup() == b.isCoreGroup() && (a.isCoreGroup() || a.group().equalsIgnoreCase(b.group()));
        return sameKind && Objects.equals(a.name(), b.name())
                && a.namespaceOr(LinkerdInputs.namespace(aOwner)).equals(b.namespaceOr(LinkerdInputs.namespace(bOwner)))
                && (a.port() == null || b.port() == null || a.port().equals(b.port()));
    }
}
