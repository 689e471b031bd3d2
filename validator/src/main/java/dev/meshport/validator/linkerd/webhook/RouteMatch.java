package dev.meshport.validator.linkerd.webhook;

import dev.meshport.model.Manifest;
import dev.meshport.model.Severity;
import dev.meshport.validator.LintContext;
import dev.meshport.validator.Reporter;
import dev.meshport.validator.Rule;
import dev.meshport.validator.RuleMeta;
import dev.meshport.validator.linkerd.support.LinkerdRoutes;
import dev.meshport.validator.linkerd.support.RustRegex;
import dev.meshport.validator.linkerd.support.Trees;

@RuleMeta(
        id = "linkerd-route-match",
        severity = Severity.ERROR,
        summary = "A route match has a relative path, a regular expression that does not compile, or a bad header value",
        mesh = "linkerd",
        kinds = {"HTTPRoute", "GRPCRoute"},
        equivalents = {"policy admission webhook (HTTPRoute/GRPCRoute matches)"},
        docs = """
                Linkerd's webhook converts every match of a `policy.linkerd.io` or Gateway API HTTPRoute (and the
                header matches of a GRPCRoute) and rejects the route when:

                - an `Exact` or `PathPrefix` path does not start with `/`;
                - a `RegularExpression` path, header or query-parameter value does not compile;
                - a header value has control characters.

                Regular expressions are compiled with Java's engine after mapping `(?P<name>` to `(?<name>`; Linkerd
                uses Rust's `regex`, which rejects look-around and back-references that Java accepts, so a few
                invalid expressions pass here. Gateway API routes are checked where the inputs use Linkerd. Source:
                `policy-controller/k8s/index/src/routes/http.rs`, `runtime/src/admission.rs`.
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
                    - matches:
                        - path:
                            type: PathPrefix
                            value: api/vote
                #           ^ linkerd-route-match
                        - path:
                            type: RegularExpression
                            value: /api/(list|vote
                #           ^ linkerd-route-match
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
                    - matches:
                        - path:
                            type: PathPrefix
                            value: /api/vote
                        - path:
                            type: RegularExpression
                            value: /api/(?P<call>list|vote)
                """)
public final class RouteMatch implements Rule {

    @Override
    public void check(LintContext context, Reporter reporter) {
        for (Manifest m : LinkerdRoutes.admitted(context.manifests(), "HTTPRoute", "GRPCRoute")) {
            for (Trees.At match : Trees.each(m.tree(), "spec.rules[*].matches[*]")) {
                Trees.At path = match.key("path");
                String type = path.text("type");
                String value = path.text("value");
                if (m.kind().equals("HTTPRoute") && value != null) {
                    if ((type == null || type.equals("PathPrefix") || type.equals("Exact")) && !value.startsWith("/")) {
                        reporter.report(m, path.path().key("value"), "the path '" + value + "' must start with '/'");
                    } else if ("RegularExpression".equals(type)) {
                        RustRegex.problem(value).ifPresent(p -> reporter.report(m, path.path().key("value"),
                                "the path regular expression does not compile: " + p));
                    }
                }
                for (String list : new String[] {"headers", "queryParams"}) {
                    for (Trees.At h : match.items(list)) {
                        String v = h.text("value");
                        if (v == null) {
                            continue;
                        }
                        if ("RegularExpression".equals(h.text("type"))) {
                            RustRegex.problem(v).ifPresent(p -> reporter.report(m, h.path().key("value"),
                                    "the regular expression does not compile: " + p));
                        } else if (list.equals("headers") && !isHeaderValue(v)) {
                            reporter.report(m, h.path().key("value"), "the header value has characters that are not "
                                    + "allowed in HTTP header values");
                        }
                    }
                }
            }
        }
    }

    /** No control characters but tab, as the http crate's HeaderValue::from_str accepts. */
    public static boolean isHeaderValue(String v) {
        for (char c : v.toCharArray()) {
            if ((c < 0x20 && c != '\t') || c == 0x7f) {
                return false;
            }
        }
        return true;
    }
}
