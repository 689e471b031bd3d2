package dev.meshport.validator.linkerd.webhook;

import dev.meshport.model.Manifest;
import dev.meshport.model.Severity;
import dev.meshport.validator.LintContext;
import dev.meshport.validator.Reporter;
import dev.meshport.validator.Rule;
import dev.meshport.validator.RuleMeta;
import dev.meshport.validator.linkerd.support.Durations;
import dev.meshport.validator.linkerd.support.LinkerdRoutes;
import dev.meshport.validator.linkerd.support.Trees;
import java.util.OptionalLong;

@RuleMeta(
        id = "linkerd-route-timeouts",
        severity = Severity.ERROR,
        summary = "An HTTPRoute timeout is not a Gateway API duration, or backendRequest exceeds request",
        mesh = "linkerd",
        kinds = {"HTTPRoute"},
        equivalents = {"policy admission webhook (HTTPRoute timeouts)", "Gateway API CRD validation (Duration)"},
        docs = """
                `rules[].timeouts.request` and `backendRequest` are Gateway API durations (GEP-2257): one to four
                integer-and-unit parts of `h`, `m`, `s` or `ms`, such as `10s` or `1m30s`. Fractions (`1.5s`), `us`,
                `d` and negative values are rejected, and `backendRequest` must not be longer than `request` (the
                webhook rejects a `policy.linkerd.io` HTTPRoute; the Gateway API CRD rejects its own). Source:
                `policy-controller/runtime/src/admission.rs` (validate_timeouts), Gateway API `HTTPRouteTimeouts`.
                """,
        failing = """
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
                  rules:
                    - timeouts:
                        request: 1.5s
                #       ^ linkerd-route-timeouts
                    - timeouts:
                        request: 5s
                        backendRequest: 10s
                #       ^ linkerd-route-timeouts
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
                  rules:
                    - timeouts:
                        request: 1m30s
                """)
public final class RouteTimeouts implements Rule {

    @Override
    public void check(LintContext context, Reporter reporter) {
        for (Manifest m : LinkerdRoutes.admitted(context.manifests(), "HTTPRoute")) {
            for (Trees.At t : Trees.each(m.tree(), "spec.rules[*].timeouts")) {
                OptionalLong request = parse(m, t, "request", reporter);
                OptionalLong backend = parse(m, t, "backendRequest", reporter);
                if (request.isPresent() && backend.isPresent() && request.getAsLong() != 0
                        && backend.getAsLong() > request.getAsLong()) {
                    reporter.report(m, t.path().key("backendRequest"), "backendRequest (" + t.text("backendRequest")
                            + ") must not be longer than request (" + t.text("request") + ")");
                }
            }
        }
    }

    private static OptionalLong parse(Manifest m, Trees.At timeouts, String key, Reporter reporter) {
        String text = timeouts.text(key);
        if (text == null) {
            return OptionalLong.empty();
        }
        OptionalLong value = Durations.gateway(text);
        if (value.isEmpty()) {
            reporter.report(m, timeouts.path().key(key), "'" + text + "' is not a Gateway API duration "
                    + "(one to four parts of an integer and h, m, s or ms, as 1m30s)");
        }
        return value;
    }
}
