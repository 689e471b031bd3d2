package dev.meshport.validator.istio.ambient;

import dev.meshport.model.Manifest;
import dev.meshport.model.Severity;
import dev.meshport.validator.LintContext;
import dev.meshport.validator.Reporter;
import dev.meshport.validator.Rule;
import dev.meshport.validator.RuleMeta;
import dev.meshport.validator.istio.Fields;
import dev.meshport.validator.istio.MeshFacts;
import dev.meshport.validator.istio.Selectors;
import java.util.Map;

/**
 * Kiali business/checkers (ambient): KIA0110 authorizationpolicy.ambient.l7notargetrefs, KIA1115
 * requestauthentication.ambient.l7notargetrefs. A waypoint applies only policies attached with targetRefs.
 */
@RuleMeta(
        id = "istio-ambient-policy-uses-selector",
        severity = Severity.WARNING,
        summary = "An HTTP-level policy in an ambient namespace attaches with a selector instead of targetRefs",
        mesh = "istio",
        kinds = {"AuthorizationPolicy", "RequestAuthentication", "Namespace"},
        equivalents = {"KIA0110", "KIA1115"},
        docs = """
                In ambient mode, HTTP-level AuthorizationPolicies and RequestAuthentications are enforced by the
                waypoint, which applies only policies attached with `targetRefs` (to the waypoint Gateway or to a
                Service). A workload `selector` reaches ztunnel, which cannot apply HTTP rules. Attach the policy
                with `targetRefs`. Silent when the Namespace is not among the inputs.
                """,
        failing = """
                apiVersion: v1
                kind: Namespace
                metadata:
                  name: shop
                  labels:
                    istio.io/dataplane-mode: ambient
                    istio.io/use-waypoint: waypoint
                ---
                apiVersion: security.istio.io/v1
                kind: RequestAuthentication
                metadata:
                  name: jwt
                  namespace: shop
                spec:
                  selector:
                # ^ istio-ambient-policy-uses-selector
                    matchLabels:
                      app: web
                  jwtRules:
                  - issuer: https://auth.example.com
                """,
        passing = """
                apiVersion: v1
                kind: Namespace
                metadata:
                  name: shop
                  labels:
                    istio.io/dataplane-mode: ambient
                    istio.io/use-waypoint: waypoint
                ---
                apiVersion: security.istio.io/v1
                kind: RequestAuthentication
                metadata:
                  name: jwt
                  namespace: shop
                spec:
                  targetRefs:
                  - kind: Service
                    name: web
                  jwtRules:
                  - issuer: https://auth.example.com
                """)
public final class AmbientPolicyUsesSelector implements Rule {

    @Override
    public void check(LintContext context, Reporter reporter) {
        Map<String, Manifest> ambient = Ambient.ambientNamespaces(context);
        if (ambient.isEmpty()) {
            return;
        }
        for (String kind : new String[] {"AuthorizationPolicy", "RequestAuthentication"}) {
            for (Manifest m : MeshFacts.istio(context, kind)) {
                if (Selectors.labels(m).isEmpty() || !ambient.containsKey(MeshFacts.namespace(m))) {
                    continue;
                }
                boolean http = kind.equals("RequestAuthentication")
                        || !Fields.each(m, "spec.rules[*].to[*].operation").isEmpty()
                        || !Fields.each(m, "spec.rules[*].from[*].source.requestPrincipals").isEmpty();
                if (http) {
                    reporter.report(m, Selectors.of(m).path(), kind + " with HTTP rules in an ambient namespace must "
                            + "attach with targetRefs; a selector reaches only ztunnel");
                }
            }
        }
    }
}
