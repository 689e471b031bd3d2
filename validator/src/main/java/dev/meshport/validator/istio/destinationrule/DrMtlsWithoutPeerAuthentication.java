package dev.meshport.validator.istio.destinationrule;

import dev.meshport.model.Manifest;
import dev.meshport.model.Severity;
import dev.meshport.validator.LintContext;
import dev.meshport.validator.Reporter;
import dev.meshport.validator.Rule;
import dev.meshport.validator.RuleMeta;
import dev.meshport.validator.istio.MeshFacts;
import dev.meshport.validator.istio.MutualTls;
import dev.meshport.validator.istio.TrafficPolicies;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Kiali business/checkers/destinationrules/meshwide_mtls_checker.go, namespacewide_mtls_checker.go (KIA0205, KIA0206). */
@RuleMeta(
        id = "istio-dr-mtls-without-peer-authentication",
        severity = Severity.ERROR,
        summary = "A mesh- or namespace-wide DestinationRule turns on ISTIO_MUTUAL but no PeerAuthentication enables mTLS there",
        mesh = "istio",
        kinds = {"DestinationRule", "PeerAuthentication"},
        equivalents = {"KIA0205", "KIA0206"},
        needsCompleteInputs = true,
        docs = """
                Clients send mTLS because of the DestinationRule, but no PeerAuthentication (mesh-wide in the root
                namespace, or in the namespace) sets `mtls.mode` to `STRICT` or `PERMISSIVE`, so the servers'
                expectation is left to defaults that another team may change. Add the PeerAuthentication that says
                what the servers accept. Runs only with `--assume-complete`.
                """,
        failing = """
                apiVersion: networking.istio.io/v1
                kind: DestinationRule
                metadata:
                  name: default
                  namespace: shop
                spec:
                  host: "*.shop.svc.cluster.local"
                  trafficPolicy:
                    tls:
                      mode: ISTIO_MUTUAL
                #     ^ istio-dr-mtls-without-peer-authentication
                """,
        passing = """
                apiVersion: networking.istio.io/v1
                kind: DestinationRule
                metadata:
                  name: default
                  namespace: shop
                spec:
                  host: "*.shop.svc.cluster.local"
                  trafficPolicy:
                    tls:
                      mode: ISTIO_MUTUAL
                ---
                apiVersion: security.istio.io/v1
                kind: PeerAuthentication
                metadata:
                  name: default
                  namespace: shop
                spec:
                  mtls:
                    mode: STRICT
                """)
public final class DrMtlsWithoutPeerAuthentication implements Rule {

    private static final Set<String> ENABLING = Set.of("STRICT", "PERMISSIVE");

    @Override
    public void check(LintContext context, Reporter reporter) {
        Map<String, String> modes = MutualTls.peerModes(context);
        boolean meshEnabled = ENABLING.contains(modes.getOrDefault(MeshFacts.ROOT_NAMESPACE, ""));
        for (Manifest dr : MeshFacts.istio(context, "DestinationRule")) {
            if (!TrafficPolicies.topTlsMode(dr).equals("ISTIO_MUTUAL")) {
                continue;
            }
            if (MutualTls.isMeshWide(dr) && !meshEnabled) {
                reporter.report(dr, "spec.trafficPolicy.tls.mode",
                        "no mesh-wide PeerAuthentication (root namespace, no selector) enables mTLS");
            }
            Optional<String> ns = MutualTls.namespaceWide(dr);
            if (ns.isPresent() && !meshEnabled && !ENABLING.contains(modes.getOrDefault(ns.get(), ""))) {
                reporter.report(dr, "spec.trafficPolicy.tls.mode",
                        "no PeerAuthentication of namespace " + ns.get() + " or of the mesh enables mTLS");
            }
        }
    }
}
