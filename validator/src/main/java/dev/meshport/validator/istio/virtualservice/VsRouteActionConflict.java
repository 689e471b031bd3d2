package dev.meshport.validator.istio.virtualservice;

import dev.meshport.model.Manifest;
import dev.meshport.model.Severity;
import dev.meshport.validator.LintContext;
import dev.meshport.validator.Reporter;
import dev.meshport.validator.Rule;
import dev.meshport.validator.RuleMeta;
import dev.meshport.validator.istio.Fields;
import dev.meshport.validator.istio.Fields.Field;
import dev.meshport.validator.istio.MeshFacts;

/** Istio pkg/config/validation/virtualservice.go validateHTTPRouteConflict. */
@RuleMeta(
        id = "istio-vs-route-action-conflict",
        severity = Severity.ERROR,
        summary = "An HTTP route needs exactly one of route, redirect, directResponse or delegate",
        mesh = "istio",
        kinds = {"VirtualService"},
        equivalents = {"IST0106"},
        docs = """
                Each `http` entry of a VirtualService acts in one way: it forwards (`route`), redirects (`redirect`),
                answers itself (`directResponse`) or hands over to another VirtualService (`delegate`). Istio's
                validation webhook rejects an entry with none of them ("HTTP route, redirect or direct_response is
                required") or with two ("HTTP route cannot contain both route and redirect"), and one that combines
                `redirect` with `fault` or `rewrite`. Keep one action per entry; split the entry in two if you need
                both behaviours for different matches.
                """,
        failing = """
                apiVersion: networking.istio.io/v1
                kind: VirtualService
                metadata:
                  name: reviews
                spec:
                  hosts: [reviews]
                  http:
                  - redirect:
                #   ^ istio-vs-route-action-conflict
                      uri: /v2
                    route:
                    - destination:
                        host: reviews
                  - match:
                #   ^ istio-vs-route-action-conflict
                    - uri:
                        prefix: /old
                """,
        passing = """
                apiVersion: networking.istio.io/v1
                kind: VirtualService
                metadata:
                  name: reviews
                spec:
                  hosts: [reviews]
                  http:
                  - match:
                    - uri:
                        prefix: /old
                    redirect:
                      uri: /v2
                  - route:
                    - destination:
                        host: reviews
                """)
public final class VsRouteActionConflict implements Rule {

    @Override
    public void check(LintContext context, Reporter reporter) {
        for (Manifest m : MeshFacts.istio(context, "VirtualService")) {
            for (Field http : Fields.each(m, "spec.http[*]")) {
                boolean route = http.key("route").value().size() > 0;
                boolean redirect = http.key("redirect").present();
                boolean direct = http.key("directResponse").present();
                boolean delegate = http.key("delegate").present();
                int actions = (route ? 1 : 0) + (redirect ? 1 : 0) + (direct ? 1 : 0) + (delegate ? 1 : 0);
                if (actions == 0) {
                    reporter.report(m, http.path(), "HTTP route has none of route, redirect, directResponse or delegate");
                } else if (actions > 1) {
                    reporter.report(m, http.path(), "HTTP route combines " + describe(route, redirect, direct, delegate)
                            + "; only one of them is allowed");
                } else if (redirect) {
                    for (String other : new String[] {"fault", "rewrite"}) {
                        if (http.key(other).present()) {
                            reporter.report(m, http.key(other).path(), "HTTP route cannot contain both " + other + " and redirect");
                        }
                    }
                }
            }
        }
    }

    private static String describe(boolean route, boolean redirect, boolean direct, boolean delegate) {
        StringBuilder b = new StringBuilder();
        if (route) {
            b.append("route, ");
        }
        if (redirect) {
            b.append("redirect, ");
        }
        if (direct) {
            b.append("directResponse, ");
        }
        if (delegate) {
            b.append("delegate, ");
        }
        return b.substring(0, b.length() - 2);
    }
}
