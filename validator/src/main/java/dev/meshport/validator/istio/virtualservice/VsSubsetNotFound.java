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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Istio pkg/config/analysis/analyzers/virtualservice/destinationrules.go (IST0101); Kiali SubsetPresenceChecker. */
@RuleMeta(
        id = "istio-vs-subset-not-found",
        severity = Severity.ERROR,
        summary = "A route names a subset that no DestinationRule for its host defines",
        mesh = "istio",
        kinds = {"VirtualService", "DestinationRule"},
        equivalents = {"IST0101", "KIA1107"},
        docs = """
                A destination `subset` must be defined by a DestinationRule for the same host; otherwise Envoy has no
                cluster for it and requests fail with 503 (NR / "no healthy upstream"). Define the subset, or fix the
                name. Without `--assume-complete` the rule reports only when the inputs hold a DestinationRule for
                the host (so the subset list is known); with it, a subset with no DestinationRule at all is reported
                too.
                """,
        failing = """
                apiVersion: networking.istio.io/v1
                kind: DestinationRule
                metadata:
                  name: reviews
                spec:
                  host: reviews
                  subsets:
                  - name: v1
                    labels:
                      version: v1
                ---
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
                        subset: v3
                #       ^ istio-vs-subset-not-found
                """,
        passing = """
                apiVersion: networking.istio.io/v1
                kind: DestinationRule
                metadata:
                  name: reviews
                spec:
                  host: reviews.default.svc.cluster.local
                  subsets:
                  - name: v1
                    labels:
                      version: v1
                ---
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
                """)
public final class VsSubsetNotFound implements Rule {

    @Override
    public void check(LintContext context, Reporter reporter) {
        RulesByHost rulesByHost = new RulesByHost(MeshFacts.istio(context, "DestinationRule"));
        for (Manifest vs : MeshFacts.istio(context, "VirtualService")) {
            for (Field destination : Routes.destinations(vs)) {
                Field subset = destination.key("subset");
                if (!subset.present() || subset.text().isEmpty()) {
                    continue;
                }
                String host = MeshFacts.fqdn(destination.key("host").text(), MeshFacts.namespace(vs));
                List<Manifest> rules = rulesByHost.rulesFor(host);
                boolean defined = rules.stream().anyMatch(dr -> Fields.each(dr, "spec.subsets[*].name").stream()
                        .anyMatch(n -> n.text().equals(subset.text())));
                if (!defined && (!rules.isEmpty() || context.options().assumeComplete())) {
                    reporter.report(vs, subset.path(), "subset '" + subset.text() + "' of host " + host
                            + (rules.isEmpty() ? " is not defined: no DestinationRule for the host"
                                    : " is not defined by DestinationRule " + rules.get(0).id().display()));
                }
            }
        }
    }

    /** DestinationRules by the FQDN of their host, wildcard hosts apart. */
    private static final class RulesByHost {

        private final Map<String, List<Manifest>> exact = new HashMap<>();
        private final List<Manifest> wildcard = new ArrayList<>();

        RulesByHost(List<Manifest> rules) {
            for (Manifest dr : rules) {
                String host = MeshFacts.fqdn(Fields.at(dr, "spec.host").text(), MeshFacts.namespace(dr));
                if (host.startsWith("*")) {
                    wildcard.add(dr);
                } else if (!host.isEmpty()) {
                    exact.computeIfAbsent(host, k -> new ArrayList<>()).add(dr);
                }
            }
        }

        /** DestinationRules whose host covers {@code host} (an FQDN). */
        List<Manifest> rulesFor(String host) {
            List<Manifest> out = new ArrayList<>(exact.getOrDefault(host, List.of()));
            for (Manifest dr : wildcard) {
                if (MeshFacts.matches(Fields.at(dr, "spec.host").text(), host)) {
                    out.add(dr);
                }
            }
            return out;
        }
    }
}
