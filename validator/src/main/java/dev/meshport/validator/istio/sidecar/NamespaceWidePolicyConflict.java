package dev.meshport.validator.istio.sidecar;

import dev.meshport.model.Manifest;
import dev.meshport.model.Severity;
import dev.meshport.validator.LintContext;
import dev.meshport.validator.Reporter;
import dev.meshport.validator.Rule;
import dev.meshport.validator.RuleMeta;
import dev.meshport.validator.istio.MeshFacts;
import dev.meshport.validator.istio.Selectors;
import java.util.List;

/**
 * Istio pkg/config/analysis/analyzers/sidecar/selector.go (IST0111 MultipleSidecarsWithoutWorkloadSelectors);
 * telemetry/default_selector.go (IST0160); Kiali business/checkers/common/multi_match_selectorless (KIA0002).
 */
@RuleMeta(
        id = "istio-multiple-namespace-wide-policies",
        severity = Severity.ERROR,
        summary = "A namespace has more than one Sidecar, PeerAuthentication or Telemetry without selector",
        mesh = "istio",
        kinds = {"Sidecar", "PeerAuthentication", "Telemetry"},
        equivalents = {"IST0111", "IST0160", "KIA0002"},
        docs = """
                A Sidecar, PeerAuthentication or Telemetry without selector is the default of its namespace, and a namespace
                has one default: with two, Istio uses the oldest and ignores the other, so which settings apply
                depends on creation order. Merge them, or give all but one a selector. (RequestAuthentications
                without selector are merged by Istio, so they are not reported.)
                """,
        failing = """
                apiVersion: networking.istio.io/v1
                kind: Sidecar
                metadata:
                  name: default
                  namespace: shop
                # ^ istio-multiple-namespace-wide-policies
                spec:
                  egress:
                  - hosts: ["./*"]
                ---
                apiVersion: networking.istio.io/v1
                kind: Sidecar
                metadata:
                  name: restrictive
                  namespace: shop
                # ^ istio-multiple-namespace-wide-policies
                spec:
                  egress:
                  - hosts: ["./*", "istio-system/*"]
                """,
        passing = """
                apiVersion: networking.istio.io/v1
                kind: Sidecar
                metadata:
                  name: default
                  namespace: shop
                spec:
                  egress:
                  - hosts: ["./*"]
                ---
                apiVersion: networking.istio.io/v1
                kind: Sidecar
                metadata:
                  name: web
                  namespace: shop
                spec:
                  workloadSelector:
                    labels:
                      app: web
                  egress:
                  - hosts: ["./*", "istio-system/*"]
                """)
public final class NamespaceWidePolicyConflict implements Rule {

    @Override
    public void check(LintContext context, Reporter reporter) {
        for (String kind : new String[] {"Sidecar", "PeerAuthentication", "Telemetry"}) {
            List<Manifest> wide = MeshFacts.istio(context, kind).stream().filter(Selectors::namespaceWide).toList();
            for (Manifest m : wide) {
                List<String> others = wide.stream().filter(o -> o != m && MeshFacts.namespace(o).equals(MeshFacts.namespace(m)))
                        .map(o -> o.id().name()).toList();
                if (!others.isEmpty()) {
                    reporter.report(m, "metadata.namespace", kind + " without selector; namespace " + MeshFacts.namespace(m)
                            + " also has " + String.join(", ", others));
                }
            }
        }
    }
}
