package dev.meshport.validator.istio.virtualservice;

import dev.meshport.model.Manifest;
import dev.meshport.model.Severity;
import dev.meshport.validator.LintContext;
import dev.meshport.validator.Reporter;
import dev.meshport.validator.Rule;
import dev.meshport.validator.RuleMeta;
import dev.meshport.validator.istio.Fields.Field;
import dev.meshport.validator.istio.MeshFacts;
import dev.meshport.validator.istio.Routes;
import java.util.List;

/** Istio pkg/config/validation/validation.go validateWeight, validateHTTPRouteDestinations ("total destination weight = 0"). */
@RuleMeta(
        id = "istio-vs-invalid-weight",
        severity = Severity.ERROR,
        summary = "A destination weight is negative, or every weight of a multi-destination route is zero",
        mesh = "istio",
        kinds = {"VirtualService"},
        equivalents = {"IST0106"},
        docs = """
                Weights split traffic between the destinations of one route. Istio rejects a negative weight
                ("weight -10 < 0") and a route with several destinations whose weights add up to 0 ("total
                destination weight = 0"): no destination would get traffic. Give the destinations positive weights;
                Istio normalises them, but keeping the sum at 100 makes the split readable.
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
                #   ^ istio-vs-invalid-weight
                    - destination:
                        host: reviews
                        subset: v1
                      weight: 0
                    - destination:
                        host: reviews
                        subset: v2
                      weight: 0
                  tcp:
                  - route:
                    - destination:
                        host: reviews
                      weight: -10
                #     ^ istio-vs-invalid-weight
                """,
        passing = """
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
                      weight: 90
                    - destination:
                        host: reviews
                        subset: v2
                      weight: 10
                """)
public final class VsInvalidWeight implements Rule {

    @Override
    public void check(LintContext context, Reporter reporter) {
        for (Manifest m : MeshFacts.istio(context, "VirtualService")) {
            for (Field rule : Routes.rules(m)) {
                List<Field> destinations = rule.each("route[*]");
                long total = 0;
                for (Field d : destinations) {
                    Field weight = d.key("weight");
                    long w = weight.value().asLong(0);
                    if (w < 0) {
                        reporter.report(m, weight.path(), "weight " + w + " < 0");
                    }
                    total += w;
                }
                if (destinations.size() > 1 && total == 0) {
                    reporter.report(m, rule.key("route").path(), "total destination weight = 0: no destination gets traffic");
                }
            }
        }
    }
}
