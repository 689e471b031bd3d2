package dev.meshport.validator.istio.destinationrule;

import dev.meshport.model.Manifest;
import dev.meshport.model.Severity;
import dev.meshport.validator.LintContext;
import dev.meshport.validator.Reporter;
import dev.meshport.validator.Rule;
import dev.meshport.validator.RuleMeta;
import dev.meshport.validator.istio.Fields;
import dev.meshport.validator.istio.Fields.Field;
import dev.meshport.validator.istio.MeshFacts;
import dev.meshport.validator.istio.TrafficPolicies;
import dev.meshport.validator.istio.Visibility;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Kiali business/checkers/destinationrules/multi_match_checker.go (KIA0201). */
@RuleMeta(
        id = "istio-dr-multiple-for-host",
        severity = Severity.WARNING,
        summary = "Several DestinationRules define the same host and subset",
        mesh = "istio",
        kinds = {"DestinationRule"},
        equivalents = {"KIA0201"},
        docs = """
                Istio merges DestinationRules of one host only partly: the traffic policy of the oldest wins and a
                subset defined twice keeps one definition. Two DestinationRules (visible to the same namespaces,
                without workload selectors) for the same host and subset, or for the same host without subsets,
                make the result depend on creation order. Keep one DestinationRule per host.
                """,
        failing = """
                apiVersion: networking.istio.io/v1
                kind: DestinationRule
                metadata:
                  name: reviews-a
                spec:
                  host: reviews
                # ^ istio-dr-multiple-for-host
                  trafficPolicy:
                    loadBalancer:
                      simple: LEAST_REQUEST
                ---
                apiVersion: networking.istio.io/v1
                kind: DestinationRule
                metadata:
                  name: reviews-b
                spec:
                  host: reviews.default.svc.cluster.local
                # ^ istio-dr-multiple-for-host
                  trafficPolicy:
                    loadBalancer:
                      simple: ROUND_ROBIN
                """,
        passing = """
                apiVersion: networking.istio.io/v1
                kind: DestinationRule
                metadata:
                  name: reviews-a
                spec:
                  host: reviews
                  subsets:
                  - name: v1
                    labels:
                      version: v1
                ---
                apiVersion: networking.istio.io/v1
                kind: DestinationRule
                metadata:
                  name: reviews-b
                spec:
                  host: reviews
                  subsets:
                  - name: v2
                    labels:
                      version: v2
                """)
public final class DrMultipleForHost implements Rule {

    @Override
    public void check(LintContext context, Reporter reporter) {
        Map<String, List<Manifest>> byHost = new HashMap<>();
        for (Manifest dr : MeshFacts.istio(context, "DestinationRule")) {
            if (TrafficPolicies.unselective(dr)) {
                byHost.computeIfAbsent(MeshFacts.fqdn(Fields.at(dr, "spec.host").text(), MeshFacts.namespace(dr)),
                        k -> new ArrayList<>()).add(dr);
            }
        }
        for (Map.Entry<String, List<Manifest>> group : byHost.entrySet()) {
            for (Manifest dr : group.getValue()) {
                report(reporter, group.getKey(), dr, group.getValue());
            }
        }
    }

    private static void report(Reporter reporter, String fqdn, Manifest dr, List<Manifest> sameHost) {
        Field host = Fields.at(dr, "spec.host");
        for (Manifest other : sameHost) {
            if (other != dr && Visibility.overlap(dr, other) && clash(subsets(dr), subsets(other))) {
                reporter.report(dr, host.path(), "host " + fqdn + " is also defined by DestinationRule "
                        + other.id().display());
                break;
            }
        }
    }

    private static Set<String> subsets(Manifest dr) {
        Set<String> out = new HashSet<>();
        Fields.each(dr, "spec.subsets[*].name").forEach(n -> out.add(n.text()));
        return out;
    }

    private static boolean clash(Set<String> a, Set<String> b) {
        return (a.isEmpty() && b.isEmpty()) || a.stream().anyMatch(b::contains);
    }
}
