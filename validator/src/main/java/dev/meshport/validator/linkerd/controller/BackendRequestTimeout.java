package dev.meshport.validator.linkerd.controller;

import dev.meshport.model.Manifest;
import dev.meshport.model.Severity;
import dev.meshport.validator.LintContext;
import dev.meshport.validator.Reporter;
import dev.meshport.validator.Rule;
import dev.meshport.validator.RuleMeta;
import dev.meshport.validator.linkerd.support.LinkerdRoutes;
import dev.meshport.validator.linkerd.support.Trees;

@RuleMeta(
        id = "linkerd-backend-request-timeout",
        severity = Severity.WARNING,
        summary = "An HTTPRoute sets timeouts.backendRequest, which Linkerd validates but never applies",
        mesh = "linkerd",
        kinds = {"HTTPRoute"},
        equivalents = {},
        docs = """
                Linkerd reads only `rules[].timeouts.request` of an HTTPRoute: `backendRequest` passes the webhook
                but the outbound index never uses it, so no per-attempt timeout is enforced. For a timeout per try, set
                the annotation `retry.linkerd.io/timeout` on the route (or its Service) together with the retry
                annotations. Source: `policy-controller/k8s/index/src/outbound/index/http.rs` reads only `request`
                (reference `linkerd-model.md` §1, "HTTPRoute rule timeouts").
                """,
        failing = """
                apiVersion: gateway.networking.k8s.io/v1
                kind: HTTPRoute
                metadata:
                  name: web-svc
                  namespace: emojivoto
                  annotations:
                    retry.linkerd.io/http: 5xx
                spec:
                  parentRefs:
                    - {group: core, kind: Service, name: web-svc, port: 80}
                  rules:
                    - backendRefs:
                        - {name: web-svc, port: 80}
                      timeouts:
                        request: 10s
                        backendRequest: 2s
                #       ^ linkerd-backend-request-timeout
                """,
        passing = """
                apiVersion: gateway.networking.k8s.io/v1
                kind: HTTPRoute
                metadata:
                  name: web-svc
                  namespace: emojivoto
                  annotations:
                    retry.linkerd.io/http: 5xx
                    retry.linkerd.io/timeout: 2s
                spec:
                  parentRefs:
                    - {group: core, kind: Service, name: web-svc, port: 80}
                  rules:
                    - backendRefs:
                        - {name: web-svc, port: 80}
                      timeouts:
                        request: 10s
                """)
public final class BackendRequestTimeout implements Rule {

    @Override
    public void check(LintContext context, Reporter reporter) {
        for (Manifest m : LinkerdRoutes.served(context.manifests(), "HTTPRoute")) {
            for (Trees.At t : Trees.each(m.tree(), "spec.rules[*].timeouts")) {
                if (t.has("backendRequest")) {
                    reporter.report(m, t.path().key("backendRequest"), "Linkerd never applies timeouts.backendRequest; "
                            + "use the retry.linkerd.io/timeout annotation for a per-try timeout");
                }
            }
        }
    }
}
