package dev.meshport.validator.istio;

import dev.meshport.model.Manifest;
import dev.meshport.model.Severity;
import dev.meshport.validator.LintContext;
import dev.meshport.validator.Reporter;
import dev.meshport.validator.Rule;
import dev.meshport.validator.RuleMeta;
import dev.meshport.validator.istio.Fields.Field;
import java.util.List;
import java.util.Map;

/**
 * Istio pkg/config/validation: validateHTTPMirrors / mirror_percentage (0..100), validatePercentage for fault
 * injection (0, or 0.0001..100), ValidatePercent for outlier detection, validateTelemetryTracing
 * randomSamplingPercentage (0..100).
 */
@RuleMeta(
        id = "istio-percentage-out-of-range",
        severity = Severity.ERROR,
        summary = "A percentage (mirror, fault, outlier ejection, trace sampling) is outside 0..100",
        mesh = "istio",
        kinds = {"VirtualService", "DestinationRule", "Telemetry"},
        equivalents = {"IST0106"},
        docs = """
                Percentages in Istio are between 0 and 100: `mirrorPercentage.value`, `mirrors[].percentage.value`,
                `fault.delay.percentage.value` and `fault.abort.percentage.value` (which must also not be below
                0.0001 unless 0), `outlierDetection.maxEjectionPercent` and `minHealthPercent`, and Telemetry's
                `randomSamplingPercentage`. Istio rejects other values. Write the percentage itself, not a fraction
                of 1 or a count.
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
                    mirror:
                      host: reviews-shadow
                    mirrorPercentage:
                      value: 150
                #     ^ istio-percentage-out-of-range
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
                    mirror:
                      host: reviews-shadow
                    mirrorPercentage:
                      value: 50
                """)
public final class PercentageOutOfRange implements Rule {

    private static final List<String> OUTLIER_HOLDERS = List.of("spec.trafficPolicy", "spec.trafficPolicy.portLevelSettings[*]",
            "spec.subsets[*].trafficPolicy", "spec.subsets[*].trafficPolicy.portLevelSettings[*]");

    private static final Map<String, List<String>> ZERO_TO_HUNDRED = Map.of(
            "VirtualService", List.of("spec.http[*].mirrorPercentage.value", "spec.http[*].mirrors[*].percentage.value",
                    "spec.http[*].mirrorPercent"),
            "Telemetry", List.of("spec.tracing[*].randomSamplingPercentage"));

    private static final List<String> FAULT = List.of("spec.http[*].fault.delay.percentage.value",
            "spec.http[*].fault.abort.percentage.value", "spec.http[*].fault.delay.percent");

    @Override
    public void check(LintContext context, Reporter reporter) {
        for (Map.Entry<String, List<String>> kind : ZERO_TO_HUNDRED.entrySet()) {
            for (Manifest m : MeshFacts.istio(context, kind.getKey())) {
                for (String pattern : kind.getValue()) {
                    for (Field f : Fields.each(m, pattern)) {
                        outside(reporter, m, f, 0);
                    }
                }
            }
        }
        for (Manifest m : MeshFacts.istio(context, "VirtualService")) {
            for (String pattern : FAULT) {
                for (Field f : Fields.each(m, pattern)) {
                    outside(reporter, m, f, 0.0001);
                }
            }
        }
        for (Manifest m : MeshFacts.istio(context, "DestinationRule")) {
            for (String holder : OUTLIER_HOLDERS) {
                for (String field : new String[] {"maxEjectionPercent", "minHealthPercent"}) {
                    for (Field f : Fields.each(m, holder + ".outlierDetection." + field)) {
                        outside(reporter, m, f, 0);
                    }
                }
            }
        }
    }

    private static void outside(Reporter reporter, Manifest m, Field f, double smallestAboveZero) {
        if (!f.value().isNumber()) {
            return;
        }
        double v = f.value().asDouble();
        if (v < 0 || v > 100 || (v > 0 && v < smallestAboveZero)) {
            reporter.report(m, f.path(), "percentage " + f.value().asText() + " is not in range 0..100");
        }
    }
}
