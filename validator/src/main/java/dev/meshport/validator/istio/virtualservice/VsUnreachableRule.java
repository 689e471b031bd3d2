package dev.meshport.validator.istio.virtualservice;

import dev.meshport.model.Manifest;
import dev.meshport.model.Severity;
import dev.meshport.validator.LintContext;
import dev.meshport.validator.Reporter;
import dev.meshport.validator.Rule;
import dev.meshport.validator.RuleMeta;
import dev.meshport.validator.istio.MeshFacts;
import java.util.List;

/** Istio pkg/config/validation/validation.go analyzeUnreachableHTTPRules/TCP/TLS (IST0130 VirtualServiceUnreachableRule). */
@RuleMeta(
        id = "istio-vs-unreachable-rule",
        severity = Severity.WARNING,
        summary = "A route rule can never match: an earlier rule matches everything, or every match repeats an earlier one",
        mesh = "istio",
        kinds = {"VirtualService"},
        equivalents = {"IST0130"},
        docs = """
                Istio evaluates `http`, `tcp` and `tls` rules in order and uses the first that matches. A rule
                after one without `match` (which matches every request) is never used, and so is a rule whose every
                match already appears in an earlier rule. Move the catch-all rule last, or remove the dead rule.
                """,
        failing = """
                apiVersion: networking.istio.io/v1
                kind: VirtualService
                metadata:
                  name: reviews
                spec:
                  hosts: [reviews]
                  http:
                  - route:
                    - destination:
                        host: reviews
                        subset: v1
                  - match:
                #   ^ istio-vs-unreachable-rule
                    - headers:
                        end-user:
                          exact: jason
                    route:
                    - destination:
                        host: reviews
                        subset: v2
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
                    - headers:
                        end-user:
                          exact: jason
                    route:
                    - destination:
                        host: reviews
                        subset: v2
                  - route:
                    - destination:
                        host: reviews
                        subset: v1
                """)
public final class VsUnreachableRule implements Rule {

    @Override
    public void check(LintContext context, Reporter reporter) {
        for (Manifest vs : MeshFacts.istio(context, "VirtualService")) {
            for (String section : List.of("http", "tcp", "tls")) {
                for (MatchAnalysis.Unreachable u : MatchAnalysis.of(vs, section).unreachable()) {
                    reporter.report(vs, u.rule().path(), "rule " + u.rule().path() + " is never used: " + u.reason());
                }
            }
        }
    }
}
