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
import dev.meshport.validator.istio.Routes;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Istio pkg/config/validation/virtualservice.go validateHTTPRoute / validateHTTPRouteMatchRequest and validation.go
 * validateHTTPRewrite, validateHTTPFaultInjection, validateDestination, validateGatewayNames, validateCORSPolicy.
 */
@RuleMeta(
        id = "istio-vs-invalid-http-route",
        severity = Severity.ERROR,
        summary = "An HTTP route's match, rewrite, fault, CORS policy, destination or gateway name is invalid",
        mesh = "istio",
        kinds = {"VirtualService"},
        equivalents = {"IST0106"},
        docs = """
                Istio's webhook rejects, in an `http` route: a header match name that is not a header name
                (`[-_A-Za-z0-9]+`, or `@request.auth.claims.*`), an empty `prefix` or `regex` string match, a match
                `port` outside 1–65535, a `sourceNamespace` that is not a DNS label; a `rewrite` with both `uri` and
                `uriRegexRewrite`, or with none of `uri`, `uriRegexRewrite`, `authority`; a `fault` with neither
                `abort` nor `delay`; a CORS `allowMethods` entry that is no HTTP method; a destination host `*` or a
                destination port outside 1–65535; `mirror` together with `mirrors`; and a gateway name `ns/name`
                whose parts are not DNS labels.
                """,
        failing = """
                apiVersion: networking.istio.io/v1
                kind: VirtualService
                metadata:
                  name: reviews
                spec:
                  hosts: [reviews]
                  http:
                  - match:
                    - uri:
                        prefix: ""
                #       ^ istio-vs-invalid-http-route
                    rewrite:
                #   ^ istio-vs-invalid-http-route
                      uri: /v2
                      uriRegexRewrite:
                        match: ^/v1
                        rewrite: /v2
                    route:
                    - destination:
                        host: reviews
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
                        prefix: /v1
                      headers:
                        x-canary:
                          exact: "true"
                    rewrite:
                      uri: /v2
                    route:
                    - destination:
                        host: reviews
                        port:
                          number: 9080
                """)
public final class VsInvalidHttpRoute implements Rule {

    private static final Pattern HEADER = Pattern.compile("[-_A-Za-z0-9]+");
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH",
            "DELETE", "CONNECT", "OPTIONS", "TRACE");

    @Override
    public void check(LintContext context, Reporter reporter) {
        for (Manifest vs : MeshFacts.istio(context, "VirtualService")) {
            for (Field http : Fields.each(vs, "spec.http[*]")) {
                for (Field match : http.each("match[*]")) {
                    checkMatch(reporter, vs, match);
                }
                Field rewrite = http.key("rewrite");
                if (rewrite.present()) {
                    boolean uri = rewrite.key("uri").present();
                    boolean regex = rewrite.key("uriRegexRewrite").present();
                    if (uri && regex) {
                        reporter.report(vs, rewrite.path(), "rewrite may only contain one of uri or uriRegexRewrite");
                    } else if (!uri && !regex && !rewrite.key("authority").present()) {
                        reporter.report(vs, rewrite.path(), "rewrite must specify at least one of uri, uriRegexRewrite, or authority");
                    }
                }
                Field fault = http.key("fault");
                if (fault.present() && !fault.key("abort").present() && !fault.key("delay").present()) {
                    reporter.report(vs, fault.path(), "HTTP fault injection must have an abort and/or a delay");
                }
                for (Field method : http.each("corsPolicy.allowMethods[*]")) {
                    if (!METHODS.contains(method.text())) {
                        reporter.report(vs, method.path(), method.text() + " is not a supported HTTP method");
                    }
                }
                if (http.key("mirror").present() && http.key("mirrors").present()) {
                    reporter.report(vs, http.key("mirrors").path(), "only one of mirror or mirrors can be set");
                }
            }
            for (Field destination : Routes.destinations(vs)) {
                if (destination.key("host").text().equals("*")) {
                    reporter.report(vs, destination.key("host").path(), "invalid destination host *");
                }
                Field port = destination.key("port").key("number");
                if (port.present() && !validPort(port.value().asLong(-1))) {
                    reporter.report(vs, port.path(), "port number " + port.text() + " must be in the range 1..65535");
                }
            }
            for (Field ref : Routes.gatewayRefs(vs)) {
                int slash = ref.text().indexOf('/');
                if (slash >= 0 && (!MeshFacts.isDns1123Label(ref.text().substring(0, slash))
                        || !MeshFacts.isDns1123Label(ref.text().substring(slash + 1)))) {
                    reporter.report(vs, ref.path(), "invalid gateway name " + ref.text() + ": namespace and name must be DNS labels");
                }
            }
        }
    }

    private static void checkMatch(Reporter reporter, Manifest vs, Field match) {
        for (String headers : new String[] {"headers", "withoutHeaders"}) {
            for (Field header : match.each(headers + ".*")) {
                if (!HEADER.matcher(header.name()).matches() && !header.name().startsWith("@request.auth.claims")) {
                    reporter.report(vs, header.path(), "header name " + header.name() + " is not a valid header name");
                }
            }
        }
        for (String stringMatch : new String[] {"uri", "scheme", "method", "authority"}) {
            for (String kind : new String[] {"prefix", "regex"}) {
                Field f = match.key(stringMatch).key(kind);
                if (f.present() && f.text().isEmpty()) {
                    reporter.report(vs, f.path(), "'" + stringMatch + "': " + kind + " string match should not be empty");
                }
            }
        }
        Field port = match.key("port");
        if (port.present() && !validPort(port.value().asLong(-1))) {
            reporter.report(vs, port.path(), "port number " + port.text() + " must be in the range 1..65535");
        }
        Field sourceNamespace = match.key("sourceNamespace");
        if (sourceNamespace.present() && !MeshFacts.isDns1123Label(sourceNamespace.text())) {
            reporter.report(vs, sourceNamespace.path(), "sourceNamespace match " + sourceNamespace.text() + " is invalid");
        }
    }

    private static boolean validPort(long p) {
        return p >= 1 && p <= 65535;
    }
}
