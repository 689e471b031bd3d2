package dev.meshport.validator.linkerd.controller;

import dev.meshport.model.FieldPath;
import dev.meshport.model.Manifest;
import dev.meshport.model.Severity;
import dev.meshport.validator.LintContext;
import dev.meshport.validator.Reporter;
import dev.meshport.validator.Rule;
import dev.meshport.validator.RuleMeta;
import dev.meshport.validator.linkerd.support.LinkerdRoutes;
import dev.meshport.validator.linkerd.support.Ref;
import dev.meshport.validator.linkerd.support.Trees;

@RuleMeta(
        id = "linkerd-gateway-field-ignored",
        severity = Severity.WARNING,
        summary = "A route Linkerd serves sets a Gateway API field that Linkerd does not implement",
        mesh = "linkerd",
        kinds = {"HTTPRoute", "GRPCRoute"},
        equivalents = {},
        docs = """
                Linkerd implements part of the Gateway API route spec. On a route with a Server, Service or
                EgressNetwork parent it ignores, without a status condition:

                - `rules[].retry` (GEP-1731): Linkerd's retries are the annotations `retry.linkerd.io/http`
                  (or `/grpc`), `retry.linkerd.io/limit` and `retry.linkerd.io/timeout` on the route or its Service;
                - `rules[].sessionPersistence`: Linkerd has no session affinity;
                - `spec.useDefaultGateways` (Gateway API 1.4+): not in Gateway API 1.2.1, the version Linkerd 2.20
                  reads, and about Gateways anyway.

                Source: website `2-edge/reference/{httproute,grpcroute,retries}.md`;
                `policy-controller/k8s/index/src/outbound/index/{http,grpc}.rs` read neither field.
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
                    - backendRefs:
                        - {name: web-svc, port: 80}
                      retry:
                #     ^ linkerd-gateway-field-ignored
                        attempts: 3
                        codes: [503]
                """,
        passing = """
                apiVersion: gateway.networking.k8s.io/v1
                kind: HTTPRoute
                metadata:
                  name: web-svc
                  namespace: emojivoto
                  annotations:
                    timeout.linkerd.io/request: 10s
                    retry.linkerd.io/http: "503"
                    retry.linkerd.io/limit: "3"
                spec:
                  parentRefs:
                    - {group: core, kind: Service, name: web-svc, port: 80}
                  rules:
                    - backendRefs:
                        - {name: web-svc, port: 80}
                """)
public final class IgnoredGatewayField implements Rule {

    @Override
    public void check(LintContext context, Reporter reporter) {
        for (Manifest m : LinkerdRoutes.served(context.manifests(), "HTTPRoute", "GRPCRoute")) {
            if (!m.id().group().equals(Ref.GATEWAY)) {
                continue;
            }
            if (m.has(FieldPath.parse("spec.useDefaultGateways"))) {
                reporter.report(m, "spec.useDefaultGateways", "useDefaultGateways is newer than Gateway API 1.2.1, "
                        + "the version Linkerd reads; Linkerd ignores it");
            }
            for (Trees.At rule : Trees.each(m.tree(), "spec.rules[*]")) {
                if (rule.has("retry")) {
                    reporter.report(m, rule.path().key("retry"), "Linkerd ignores rules[].retry; use the annotations "
                            + (m.kind().equals("GRPCRoute") ? "retry.linkerd.io/grpc" : "retry.linkerd.io/http")
                            + " and retry.linkerd.io/limit");
                }
                if (rule.has("sessionPersistence")) {
                    reporter.report(m, rule.path().key("sessionPersistence"),
                            "Linkerd has no session persistence; this setting is ignored");
                }
            }
        }
    }
}
