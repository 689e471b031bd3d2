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
import java.util.Map;
import java.util.Optional;

/** Kiali business/checkers/destinationrules/disabled_namespacewide_mtls_checker.go, disabled_meshwide_mtls_checker.go (KIA0207, KIA0208). */
@RuleMeta(
        id = "istio-dr-tls-disable-conflicts-with-strict",
        severity = Severity.ERROR,
        summary = "A DestinationRule turns client mTLS off for services whose PeerAuthentication is STRICT",
        mesh = "istio",
        kinds = {"DestinationRule", "PeerAuthentication"},
        equivalents = {"KIA0207", "KIA0208"},
        docs = """
                `tls.mode: DISABLE` makes clients send plain text, but the servers of that namespace (by its own
                PeerAuthentication, or by the mesh-wide one when the namespace has none that relaxes it) accept
                only mTLS: every request fails with a connection reset. Remove the DISABLE, or make the servers'
                PeerAuthentication PERMISSIVE or DISABLE.
                """,
        failing = """
                apiVersion: security.istio.io/v1
                kind: PeerAuthentication
                metadata:
                  name: default
                  namespace: istio-system
                spec:
                  mtls:
                    mode: STRICT
                ---
                apiVersion: networking.istio.io/v1
                kind: DestinationRule
                metadata:
                  name: reviews
                  namespace: default
                spec:
                  host: reviews
                  trafficPolicy:
                    tls:
                      mode: DISABLE
                #     ^ istio-dr-tls-disable-conflicts-with-strict
                """,
        passing = """
                apiVersion: security.istio.io/v1
                kind: PeerAuthentication
                metadata:
                  name: default
                  namespace: istio-system
                spec:
                  mtls:
                    mode: STRICT
                ---
                apiVersion: security.istio.io/v1
                kind: PeerAuthentication
                metadata:
                  name: default
                  namespace: default
                spec:
                  mtls:
                    mode: PERMISSIVE
                ---
                apiVersion: networking.istio.io/v1
                kind: DestinationRule
                metadata:
                  name: reviews
                  namespace: default
                spec:
                  host: reviews
                  trafficPolicy:
                    tls:
                      mode: DISABLE
                """)
public final class DrDisableConflictsWithStrict implements Rule {

    @Override
    public void check(LintContext context, Reporter reporter) {
        Map<String, String> modes = MutualTls.peerModes(context);
        Optional<String> meshMode = Optional.ofNullable(modes.get(MeshFacts.ROOT_NAMESPACE));
        for (Manifest dr : MeshFacts.istio(context, "DestinationRule")) {
            if (!TrafficPolicies.topTlsMode(dr).equals("DISABLE")) {
                continue;
            }
            Optional<String> ns = MutualTls.namespaceWide(dr)
                    .or(() -> MutualTls.serviceNamespace(Fields.at(dr, "spec.host").text(), MeshFacts.namespace(dr)));
            if (ns.isEmpty() && !MutualTls.isMeshWide(dr)) {
                continue;
            }
            Optional<String> nsMode = ns.map(modes::get);
            if (nsMode.filter("STRICT"::equals).isPresent()) {
                reporter.report(dr, "spec.trafficPolicy.tls.mode", "mTLS is disabled for clients but the PeerAuthentication"
                        + " of namespace " + ns.get() + " is STRICT");
            } else if (nsMode.filter(m -> m.equals("PERMISSIVE") || m.equals("DISABLE")).isEmpty()
                    && meshMode.filter("STRICT"::equals).isPresent()) {
                reporter.report(dr, "spec.trafficPolicy.tls.mode",
                        "mTLS is disabled for clients but the mesh-wide PeerAuthentication is STRICT");
            }
        }
    }
}
