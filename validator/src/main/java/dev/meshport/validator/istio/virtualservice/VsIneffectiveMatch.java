package dev.meshport.validator.istio.virtualservice;

import dev.meshport.model.Manifest;
import dev.meshport.model.Severity;
import dev.meshport.validator.LintContext;
import dev.meshport.validator.Reporter;
import dev.meshport.validator.Rule;
import dev.meshport.validator.RuleMeta;
import dev.meshport.validator.istio.MeshFacts;
import java.util.List;

/** Istio pkg/config/validation/validation.go analyzeUnreachableHTTPRules, coveredValidation (IST0131 VirtualServiceIneffectiveMatch). */
@RuleMeta(
        id = "istio-vs-ineffective-match",
        severity = Severity.INFO,
        summary = "A match repeats, or is covered by the URI prefix of, a match of an earlier rule",
        mesh = "istio",
        kinds = {"VirtualService"},
        equivalents = {"IST0131"},
        docs = """
                A match that is identical to a match of an earlier rule, or whose `uri.prefix` extends the prefix of
                an earlier match with the same other conditions (`/api/v1` after `/api`), never selects its rule:
                the earlier rule takes those requests. Reorder the rules (most specific first) or remove the match.
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
                        prefix: /api
                    route:
                    - destination:
                        host: api
                  - match:
                    - uri:
                #     ^ istio-vs-ineffective-match
                        prefix: /api/v2
                    - uri:
                        exact: /health
                    route:
                    - destination:
                        host: api-v2
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
                        prefix: /api/v2
                    route:
                    - destination:
                        host: api-v2
                  - match:
                    - uri:
                        prefix: /api
                    route:
                    - destination:
                        host: api
                """)
public final class VsIneffectiveMatch implements Rule {

    @Override
    public void check(LintContext context, Reporter reporter) {
        for (Manifest vs : MeshFacts.istio(context, "VirtualService")) {
            for (String section : List.of("http", "tcp", "tls")) {
                for (MatchAnalysis.Ineffective i : MatchAnalysis.of(vs, section).ineffective()) {
                    reporter.report(vs, i.match().path(), "match " + i.match().path() + " is not used: "
                            + i.reason());
                }
            }
        }
    }
}
