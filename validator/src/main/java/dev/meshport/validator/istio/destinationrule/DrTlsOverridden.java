package dev.meshport.validator.istio.destinationrule;

import dev.meshport.model.Manifest;
import dev.meshport.model.Severity;
import dev.meshport.validator.LintContext;
import dev.meshport.validator.Reporter;
import dev.meshport.validator.Rule;
import dev.meshport.validator.RuleMeta;
import dev.meshport.validator.istio.Fields;
import dev.meshport.validator.istio.MeshFacts;
import dev.meshport.validator.istio.MutualTls;
import dev.meshport.validator.istio.TrafficPolicies;
import java.util.List;
import java.util.Optional;

/** Kiali business/checkers/destinationrules/traffic_policy_checker.go (KIA0204). */
@RuleMeta(
        id = "istio-dr-tls-overridden",
        severity = Severity.WARNING,
        summary = "A host DestinationRule without TLS settings overrides the ISTIO_MUTUAL of a mesh- or namespace-wide one",
        mesh = "istio",
        kinds = {"DestinationRule"},
        equivalents = {"KIA0204"},
        docs = """
                DestinationRules do not merge: for a host, the most specific one applies whole. When a mesh-wide
                (`*.local` in the root namespace) or namespace-wide (`*.ns.svc.cluster.local`) DestinationRule turns
                on `ISTIO_MUTUAL` and a DestinationRule for one host of its scope sets a traffic policy without
                `tls`, that host's clients stop originating mTLS (unless auto mTLS is on). Repeat
                `tls: {mode: ISTIO_MUTUAL}` in the host's DestinationRule.
                """,
        failing = """
                apiVersion: networking.istio.io/v1
                kind: DestinationRule
                metadata:
                  name: default
                  namespace: istio-system
                spec:
                  host: "*.local"
                  trafficPolicy:
                    tls:
                      mode: ISTIO_MUTUAL
                ---
                apiVersion: networking.istio.io/v1
                kind: DestinationRule
                metadata:
                  name: reviews
                  namespace: default
                spec:
                  host: reviews
                  trafficPolicy:
                # ^ istio-dr-tls-overridden
                    loadBalancer:
                      simple: LEAST_REQUEST
                """,
        passing = """
                apiVersion: networking.istio.io/v1
                kind: DestinationRule
                metadata:
                  name: default
                  namespace: istio-system
                spec:
                  host: "*.local"
                  trafficPolicy:
                    tls:
                      mode: ISTIO_MUTUAL
                ---
                apiVersion: networking.istio.io/v1
                kind: DestinationRule
                metadata:
                  name: reviews
                  namespace: default
                spec:
                  host: reviews
                  trafficPolicy:
                    loadBalancer:
                      simple: LEAST_REQUEST
                    tls:
                      mode: ISTIO_MUTUAL
                """)
public final class DrTlsOverridden implements Rule {

    @Override
    public void check(LintContext context, Reporter reporter) {
        List<Manifest> mutualWide = MeshFacts.istio(context, "DestinationRule").stream()
                .filter(d -> (MutualTls.isMeshWide(d) || MutualTls.namespaceWide(d).isPresent())
                        && TrafficPolicies.topTlsMode(d).equals("ISTIO_MUTUAL")).toList();
        if (mutualWide.isEmpty()) {
            return;
        }
        for (Manifest dr : MeshFacts.istio(context, "DestinationRule")) {
            if (MutualTls.isMeshWide(dr) || MutualTls.namespaceWide(dr).isPresent()
                    || Fields.at(dr, "spec.host").text().startsWith("*") || Fields.at(dr, "spec.trafficPolicy.tls").present()) {
                continue;
            }
            Optional<String> ns = MutualTls.serviceNamespace(Fields.at(dr, "spec.host").text(), MeshFacts.namespace(dr));
            for (Manifest wide : mutualWide) {
                if (MutualTls.isMeshWide(wide) || (ns.isPresent() && MutualTls.namespaceWide(wide).equals(ns))) {
                    reporter.report(dr, Fields.at(dr, "spec.trafficPolicy").present() ? "spec.trafficPolicy" : "spec.host",
                            "this DestinationRule has no tls settings and replaces the ISTIO_MUTUAL of "
                                    + wide.id().display() + " for its host");
                    break;
                }
            }
        }
    }
}
