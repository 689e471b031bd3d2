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

/** Istio pkg/config/validation/validation.go validateHTTPRedirect, validateHTTPStatus, validateHTTPDirectResponse. */
@RuleMeta(
        id = "istio-vs-invalid-redirect",
        severity = Severity.ERROR,
        summary = "A redirect, direct response or fault abort has an invalid status code or target",
        mesh = "istio",
        kinds = {"VirtualService"},
        equivalents = {"IST0106"},
        docs = """
                Istio rejects a `redirect` that changes nothing (none of `uri`, `authority`, `scheme`, `port`), a
                `redirectCode` outside 3xx, a `scheme` other than `http` or `https`, and a `directResponse.status`
                or `fault.abort.httpStatus` outside 200–599.
                """,
        failing = """
                apiVersion: networking.istio.io/v1
                kind: VirtualService
                metadata:
                  name: web
                spec:
                  hosts: [web]
                  http:
                  - match:
                    - uri:
                        prefix: /old
                    redirect:
                      uri: /new
                      redirectCode: 200
                #     ^ istio-vs-invalid-redirect
                  - directResponse:
                      status: 700
                #     ^ istio-vs-invalid-redirect
                """,
        passing = """
                apiVersion: networking.istio.io/v1
                kind: VirtualService
                metadata:
                  name: web
                spec:
                  hosts: [web]
                  http:
                  - match:
                    - uri:
                        prefix: /old
                    redirect:
                      uri: /new
                      redirectCode: 301
                  - directResponse:
                      status: 503
                """)
public final class VsInvalidRedirect implements Rule {

    @Override
    public void check(LintContext context, Reporter reporter) {
        for (Manifest m : MeshFacts.istio(context, "VirtualService")) {
            for (Field redirect : Fields.each(m, "spec.http[*].redirect")) {
                if (!redirect.key("uri").present() && !redirect.key("authority").present()
                        && !redirect.key("port").present() && !redirect.key("derivePort").present()
                        && !redirect.key("scheme").present()) {
                    reporter.report(m, redirect.path(), "redirect must specify URI, authority, scheme, or port");
                }
                Field code = redirect.key("redirectCode");
                if (code.present() && code.value().asInt() != 0 && (code.value().asInt() < 300 || code.value().asInt() > 399)) {
                    reporter.report(m, code.path(), code.value().asInt() + " is not a valid redirect code, must be 3xx");
                }
                Field scheme = redirect.key("scheme");
                if (scheme.present() && !scheme.text().equals("http") && !scheme.text().equals("https")) {
                    reporter.report(m, scheme.path(), "invalid redirect scheme, must be http or https");
                }
            }
            for (String status : new String[] {"spec.http[*].directResponse.status", "spec.http[*].fault.abort.httpStatus"}) {
                for (Field f : Fields.each(m, status)) {
                    int value = f.value().asInt();
                    if (value < 200 || value > 599) {
                        reporter.report(m, f.path(), "HTTP status " + value + " is not in range 200-599");
                    }
                }
            }
        }
    }
}
