package dev.meshport.validator.istio.sidecar;

import dev.meshport.model.Manifest;
import dev.meshport.model.Severity;
import dev.meshport.validator.LintContext;
import dev.meshport.validator.Reporter;
import dev.meshport.validator.Rule;
import dev.meshport.validator.RuleMeta;
import dev.meshport.validator.istio.Fields;
import dev.meshport.validator.istio.Fields.Field;
import dev.meshport.validator.istio.MeshFacts;

/** Kiali business/checkers/sidecars/outbound_traffic_policy_checker.go (KIA1007 sidecar.outboundtrafficpolicy.mode.ambiguous). */
@RuleMeta(
        id = "istio-sidecar-outbound-mode-unset",
        severity = Severity.INFO,
        summary = "A Sidecar's outboundTrafficPolicy does not say its mode",
        mesh = "istio",
        kinds = {"Sidecar"},
        equivalents = {"KIA1007"},
        docs = """
                `outboundTrafficPolicy` without `mode` falls back to `REGISTRY_ONLY` for this Sidecar, not to the
                mesh-wide setting (which defaults to `ALLOW_ANY`), so external calls that worked may start failing.
                Write the mode you mean.
                """,
        failing = """
                apiVersion: networking.istio.io/v1
                kind: Sidecar
                metadata:
                  name: default
                  namespace: shop
                spec:
                  outboundTrafficPolicy: {}
                # ^ istio-sidecar-outbound-mode-unset
                """,
        passing = """
                apiVersion: networking.istio.io/v1
                kind: Sidecar
                metadata:
                  name: default
                  namespace: shop
                spec:
                  outboundTrafficPolicy:
                    mode: ALLOW_ANY
                """)
public final class SidecarOutboundModeUnset implements Rule {

    @Override
    public void check(LintContext context, Reporter reporter) {
        for (Manifest sc : MeshFacts.istio(context, "Sidecar")) {
            Field policy = Fields.at(sc, "spec.outboundTrafficPolicy");
            if (policy.present() && !policy.key("mode").present()) {
                reporter.report(sc, policy.path(), "outboundTrafficPolicy without mode");
            }
        }
    }
}
