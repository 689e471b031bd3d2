package dev.meshport.validator.linkerd.webhook;

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

@RuleMeta(
        id = "linkerd-route-filter",
        severity = Severity.ERROR,
        summary = "A route filter has a redirect path without its replacement, a relative replacement, or a bad header value",
        mesh = "linkerd",
        kinds = {"HTTPRoute", "GRPCRoute"},
        equivalents = {"policy admission webhook (HTTPRoute/GRPCRoute filters)"},
        docs = """
                Linkerd's webhook converts every filter of a route, at rule and backend level, and rejects the route
                when:

                - a `requestRedirect.path` sets neither `replaceFullPath` nor `replacePrefixMatch`;
                - the replacement does not start with `/`;
                - a header modifier's `set` or `add` value has control characters.

                A path whose `type` names the other field (`type: ReplacePrefixMatch` with only `replaceFullPath`) is
                rejected by the Gateway API CRD's validation; in a `policy.linkerd.io` HTTPRoute Linkerd silently
                applies the field that is set, whatever the type says. Both are reported. Header names are checked by
                `linkerd-invalid-format`. Source: `policy-controller/k8s/index/src/routes/http.rs` (req_redirect,
                path_modifier, request_header_modifier).
                """,
        failing = """
                apiVersion: policy.linkerd.io/v1beta3
                kind: HTTPRoute
                metadata:
                  name: old-ui
                  namespace: emojivoto
                spec:
                  parentRefs:
                    - group: policy.linkerd.io
                      kind: Server
                      name: web-http
                  rules:
                    - filters:
                        - type: RequestRedirect
                          requestRedirect:
                            path:
                              type: ReplacePrefixMatch
                #             ^ linkerd-route-filter
                              replaceFullPath: /new-ui
                        - type: RequestRedirect
                          requestRedirect:
                            path:
                              type: ReplaceFullPath
                              replaceFullPath: new-ui
                #             ^ linkerd-route-filter
                """,
        passing = """
                apiVersion: policy.linkerd.io/v1beta3
                kind: HTTPRoute
                metadata:
                  name: old-ui
                  namespace: emojivoto
                spec:
                  parentRefs:
                    - group: policy.linkerd.io
                      kind: Server
                      name: web-http
                  rules:
                    - filters:
                        - type: RequestRedirect
                          requestRedirect:
                            path:
                              type: ReplacePrefixMatch
                              replacePrefixMatch: /new-ui
                """)
public final class RouteFilter implements Rule {

    @Override
    public void check(LintContext context, Reporter reporter) {
        for (Manifest m : LinkerdRoutes.admitted(context.manifests(), "HTTPRoute", "GRPCRoute")) {
            List<Trees.At> filters = new ArrayList<>(Trees.each(m.tree(), "spec.rules[*].filters[*]"));
            filters.addAll(Trees.each(m.tree(), "spec.rules[*].backendRefs[*].filters[*]"));
            for (Trees.At f : filters) {
                Trees.At path = f.key("requestRedirect").key("path");
                String type = path.text("type");
                if (type != null) {
                    String field = type.equals("ReplaceFullPath") ? "replaceFullPath"
                            : type.equals("ReplacePrefixMatch") ? "replacePrefixMatch" : null;
                    if (field != null && !path.has(field)) {
                        boolean neither = !path.has("replaceFullPath") && !path.has("replacePrefixMatch");
                        reporter.report(m, path.path().key("type"), "a " + type + " redirect must set '" + field + "'"
                                + (neither ? "" : "; Linkerd would apply the other replacement, which the type does not name"));
                    } else if (field != null && !path.text(field).startsWith("/")) {
                        reporter.report(m, path.path().key(field), "the redirect path '" + path.text(field)
                                + "' must start with '/'");
                    }
                }
                for (String modifier : new String[] {"requestHeaderModifier", "responseHeaderModifier"}) {
                    for (String list : new String[] {"set", "add"}) {
                        for (Trees.At h : f.key(modifier).items(list)) {
                            String v = h.text("value");
                            if (v != null && !RouteMatch.isHeaderValue(v)) {
                                reporter.report(m, h.path().key("value"),
                                        "the header value has characters that are not allowed in HTTP header values");
                            }
                        }
                    }
                }
            }
        }
    }
}
