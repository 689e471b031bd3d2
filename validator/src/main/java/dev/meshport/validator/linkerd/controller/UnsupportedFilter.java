package dev.meshport.validator.linkerd.controller;

import dev.meshport.model.Manifest;
import dev.meshport.model.Severity;
import dev.meshport.validator.LintContext;
import dev.meshport.validator.Reporter;
import dev.meshport.validator.Rule;
import dev.meshport.validator.RuleMeta;
import dev.meshport.validator.linkerd.support.LinkerdRoutes;
import dev.meshport.validator.linkerd.support.Trees;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

@RuleMeta(
        id = "linkerd-unsupported-filter",
        severity = Severity.ERROR,
        summary = "A route Linkerd serves uses a filter Linkerd does not support, so the whole route is not served",
        mesh = "linkerd",
        kinds = {"HTTPRoute", "GRPCRoute"},
        equivalents = {"policy controller: filter is not supported (route not indexed)"},
        docs = """
                Linkerd implements the RequestHeaderModifier, ResponseHeaderModifier and RequestRedirect filters
                only. A Gateway API HTTPRoute or GRPCRoute with a Server, Service or EgressNetwork parent that uses
                `RequestMirror`, `URLRewrite`, `ExtensionRef`, `CORS` or `ExternalAuth`, at rule or backend level,
                is admitted (the webhook is lenient for Gateway API kinds) but the controller refuses to index it: the
                whole route is not served, and its traffic takes the default route. There is no Linkerd equivalent of
                mirroring or rewriting; remove the filter or route through an ingress that supports it. Source:
                `policy-controller/k8s/index/src/routes/http.rs`, `grpc.rs` (website `2-edge/reference/httproute.md`).
                """,
        failing = """
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
                    - filters:
                        - type: RequestMirror
                #         ^ linkerd-unsupported-filter
                          requestMirror:
                            backendRef: {name: web-svc-canary, port: 80}
                      backendRefs:
                        - {name: web-svc, port: 80}
                """,
        passing = """
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
                    - filters:
                        - type: RequestHeaderModifier
                          requestHeaderModifier:
                            set: [{name: x-canary, value: "false"}]
                      backendRefs:
                        - {name: web-svc, port: 80}
                """)
public final class UnsupportedFilter implements Rule {

    private static final Set<String> UNSUPPORTED = Set.of("RequestMirror", "URLRewrite", "ExtensionRef", "CORS", "ExternalAuth");

    @Override
    public void check(LintContext context, Reporter reporter) {
        for (Manifest m : LinkerdRoutes.served(context.manifests(), "HTTPRoute", "GRPCRoute")) {
            List<Trees.At> filters = new ArrayList<>(Trees.each(m.tree(), "spec.rules[*].filters[*]"));
            filters.addAll(Trees.each(m.tree(), "spec.rules[*].backendRefs[*].filters[*]"));
            for (Trees.At f : filters) {
                String type = f.text("type");
                if (type != null && UNSUPPORTED.contains(type)) {
                    reporter.report(m, f.path().key("type"), "Linkerd does not support the " + type
                            + " filter: the whole " + m.kind() + " '" + m.id().name() + "' is not served");
                }
            }
        }
    }
}
