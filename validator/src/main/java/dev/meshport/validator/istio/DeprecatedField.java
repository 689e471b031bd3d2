package dev.meshport.validator.istio;

import dev.meshport.model.Manifest;
import dev.meshport.model.Severity;
import dev.meshport.validator.LintContext;
import dev.meshport.validator.Reporter;
import dev.meshport.validator.Rule;
import dev.meshport.validator.RuleMeta;
import dev.meshport.validator.istio.Fields.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Istio pkg/config/analysis/analyzers/deprecation/deprecation.go (IST0002) and the deprecation warnings of
 * pkg/config/validation (IST0133): mirrorPercent, outlierDetection.consecutiveErrors, consistentHash.minimumRingSize.
 */
@RuleMeta(
        id = "istio-deprecated-field",
        severity = Severity.WARNING,
        summary = "A field that Istio deprecated and may remove",
        mesh = "istio",
        kinds = {"VirtualService", "DestinationRule", "Sidecar"},
        equivalents = {"IST0002", "IST0133"},
        docs = """
                The field still works but is deprecated: `fault.delay.percent` (use `percentage.value`),
                `mirrorPercent` (use `mirrorPercentage.value`), `outlierDetection.consecutiveErrors` (use
                `consecutive5xxErrors` or `consecutiveGatewayErrors`), `consistentHash.minimumRingSize` (use
                `ringHash.minimumRingSize`) and the Sidecar's `outboundTrafficPolicy.egressProxy`. Move to the
                replacement before an upgrade removes it.
                """,
        failing = """
                apiVersion: networking.istio.io/v1
                kind: VirtualService
                metadata:
                  name: ratings
                spec:
                  hosts: [ratings]
                  http:
                  - fault:
                      delay:
                        percent: 10
                #       ^ istio-deprecated-field
                        fixedDelay: 5s
                    route:
                    - destination:
                        host: ratings
                """,
        passing = """
                apiVersion: networking.istio.io/v1
                kind: VirtualService
                metadata:
                  name: ratings
                spec:
                  hosts: [ratings]
                  http:
                  - fault:
                      delay:
                        percentage:
                          value: 10
                        fixedDelay: 5s
                    route:
                    - destination:
                        host: ratings
                """)
public final class DeprecatedField implements Rule {

    private static final Map<String, List<String>> DEPRECATED = Map.of(
            "VirtualService", List.of("spec.http[*].fault.delay.percent", "spec.http[*].mirrorPercent"),
            "DestinationRule", deprecatedInPolicies(),
            "Sidecar", List.of("spec.outboundTrafficPolicy.egressProxy"));

    @Override
    public void check(LintContext context, Reporter reporter) {
        for (Map.Entry<String, List<String>> kind : DEPRECATED.entrySet()) {
            for (Manifest m : MeshFacts.istio(context, kind.getKey())) {
                for (String pattern : kind.getValue()) {
                    for (Field f : Fields.each(m, pattern)) {
                        reporter.report(m, f.path(), "'" + f.name() + "' is deprecated");
                    }
                }
            }
        }
    }

    private static List<String> deprecatedInPolicies() {
        List<String> out = new ArrayList<>();
        for (String p : List.of("spec.trafficPolicy", "spec.trafficPolicy.portLevelSettings[*]", "spec.subsets[*].trafficPolicy",
                "spec.subsets[*].trafficPolicy.portLevelSettings[*]")) {
            out.add(p + ".outlierDetection.consecutiveErrors");
            out.add(p + ".loadBalancer.consistentHash.minimumRingSize");
        }
        return out;
    }
}
