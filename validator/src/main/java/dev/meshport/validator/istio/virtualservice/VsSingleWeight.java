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

/** Kiali business/checkers/virtualservices/single_weight_checker.go (KIA1104). */
@RuleMeta(
        id = "istio-vs-single-weight",
        severity = Severity.WARNING,
        summary = "A route with a single destination gives it a weight below 100",
        mesh = "istio",
        kinds = {"VirtualService"},
        equivalents = {"KIA1104"},
        docs = """
                With only one destination, Istio sends it all the traffic whatever its weight, so `weight: 50` does
                not split anything. If you meant a canary, add the other destination; otherwise drop the weight.
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
                        subset: v2
                      weight: 50
                #     ^ istio-vs-single-weight
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
                        subset: v2
                      weight: 100
                """)
public final class VsSingleWeight implements Rule {

    @Override
    public void check(LintContext context, Reporter reporter) {
        for (Manifest vs : MeshFacts.istio(context, "VirtualService")) {
            for (Field rule : Routes.rules(vs)) {
                List<Field> destinations = rule.each("route[*]");
                if (destinations.size() == 1) {
                    Field weight = destinations.get(0).key("weight");
                    long w = weight.value().asLong(100);
                    if (weight.present() && w > 0 && w < 100) {
                        reporter.report(vs, weight.path(), "weight " + w
                                + " on the only destination of the route: it receives 100% of the traffic");
                    }
                }
            }
        }
    }
}
