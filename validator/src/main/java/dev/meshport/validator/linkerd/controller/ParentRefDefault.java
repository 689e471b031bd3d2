package dev.meshport.validator.linkerd.controller;

import dev.meshport.model.Manifest;
import dev.meshport.model.Severity;
import dev.meshport.validator.LintContext;
import dev.meshport.validator.Reporter;
import dev.meshport.validator.Rule;
import dev.meshport.validator.RuleMeta;
import dev.meshport.validator.linkerd.support.LinkerdRoutes;
import dev.meshport.validator.linkerd.support.Ref;

@RuleMeta(
        id = "linkerd-parent-ref-default",
        severity = Severity.ERROR,
        summary = "A route's parentRef leaves out group or kind, and the CRD default makes it a parent Linkerd ignores",
        mesh = "linkerd",
        kinds = {"HTTPRoute", "GRPCRoute", "TLSRoute", "TCPRoute"},
        equivalents = {"policy controller: parentRef of another kind is ignored (no status)"},
        docs = """
                The route CRDs default a parentRef's `kind` to `Gateway` and its `group` to the route's own group
                (`policy.linkerd.io` for a Linkerd HTTPRoute, `gateway.networking.k8s.io` for Gateway API routes).
                Linkerd attaches routes only to a Server or EgressNetwork of `policy.linkerd.io` and to a core Service,
                so:

                - a `policy.linkerd.io` HTTPRoute parentRef without `kind` names a Gateway, which Linkerd never serves;
                - `kind: Service` without `group: core` (or `group: ""`) names a Service of the route's group;
                - `kind: Server` or `kind: EgressNetwork` in a Gateway API route without `group: policy.linkerd.io`.

                The route is admitted and silently attached to nothing. Write group and kind explicitly. A Gateway API
                route whose parent is really a Gateway (ingress) is not reported. Source: the CRD defaults in
                `charts/linkerd-crds/templates/policy/httproute.yaml` and Gateway API `ParentReference`;
                `policy-controller/k8s/index/src/routes`.
                """,
        failing = """
                apiVersion: policy.linkerd.io/v1beta3
                kind: HTTPRoute
                metadata:
                  name: web-api
                  namespace: emojivoto
                spec:
                  parentRefs:
                    - name: web-http
                #     ^ linkerd-parent-ref-default
                    - kind: Service
                #     ^ linkerd-parent-ref-default
                      name: web-svc
                  rules:
                    - matches:
                        - path: {type: PathPrefix, value: /api}
                """,
        passing = """
                apiVersion: policy.linkerd.io/v1beta3
                kind: HTTPRoute
                metadata:
                  name: web-api
                  namespace: emojivoto
                spec:
                  parentRefs:
                    - group: policy.linkerd.io
                      kind: Server
                      name: web-http
                    - group: core
                      kind: Service
                      name: web-svc
                  rules:
                    - matches:
                        - path: {type: PathPrefix, value: /api}
                """)
public final class ParentRefDefault implements Rule {

    @Override
    public void check(LintContext context, Reporter reporter) {
        for (Manifest m : LinkerdRoutes.admitted(context.manifests(), "HTTPRoute", "GRPCRoute", "TLSRoute", "TCPRoute")) {
            boolean linkerdRoute = m.id().group().equals(Ref.POLICY);
            for (Ref parent : LinkerdRoutes.parents(m)) {
                if (linkerdRoute && !parent.kindWritten()) {
                    reporter.report(m, parent.path(), "parentRef '" + parent.name() + "' has no kind, so it names a "
                            + "Gateway, which Linkerd never serves; set kind (Server, Service or EgressNetwork) and group");
                } else if (!parent.groupWritten() && parent.kind() != null) {
                    String wanted = parent.kind().equalsIgnoreCase("Service") ? "core"
                            : parent.kind().equalsIgnoreCase("Server") || parent.kind().equalsIgnoreCase("EgressNetwork")
                            ? Ref.POLICY : null;
                    if (wanted != null && !wanted.equals(parent.group())) {
                        reporter.report(m, parent.path(), "parentRef '" + parent.name() + "' has no group, so it names a "
                                + parent.kind() + " of " + parent.group() + ", which Linkerd ignores; set 'group: "
                                + wanted + "'");
                    }
                }
            }
        }
    }
}
