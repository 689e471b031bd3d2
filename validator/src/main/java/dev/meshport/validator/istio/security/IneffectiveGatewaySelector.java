package dev.meshport.validator.istio.security;

import dev.meshport.model.Manifest;
import dev.meshport.model.Severity;
import dev.meshport.validator.LintContext;
import dev.meshport.validator.Reporter;
import dev.meshport.validator.Rule;
import dev.meshport.validator.RuleMeta;
import dev.meshport.validator.istio.MeshFacts;
import dev.meshport.validator.istio.Workloads;
import dev.meshport.validator.istio.Selectors;
import java.util.Map;

/**
 * Istio pkg/config/analysis/analyzers/k8sgateway/selector.go (IST0166 IneffectiveSelector): pods of a Gateway API
 * gateway carry the label gateway.networking.k8s.io/gateway-name; policies must attach to them with targetRefs.
 */
@RuleMeta(
        id = "istio-ineffective-gateway-selector",
        severity = Severity.WARNING,
        summary = "A policy selects Gateway API gateway pods with a selector instead of targetRefs",
        mesh = "istio",
        kinds = {"AuthorizationPolicy", "RequestAuthentication", "Telemetry", "WasmPlugin", "Deployment", "Pod"},
        equivalents = {"IST0166"},
        docs = """
                Pods that Istio deploys for a Gateway API `Gateway` carry `gateway.networking.k8s.io/gateway-name`.
                A policy's `selector` does not apply to them; Istio ignores it there. Attach the policy with
                `targetRefs: [{kind: Gateway, group: gateway.networking.k8s.io, name: ...}]`. The rule looks at the
                selector's own labels and at the labels of the workloads in the inputs it selects.
                """,
        failing = """
                apiVersion: security.istio.io/v1
                kind: AuthorizationPolicy
                metadata:
                  name: gateway-allow
                  namespace: shop
                spec:
                  selector:
                # ^ istio-ineffective-gateway-selector
                    matchLabels:
                      gateway.networking.k8s.io/gateway-name: public
                  rules:
                  - {}
                """,
        passing = """
                apiVersion: security.istio.io/v1
                kind: AuthorizationPolicy
                metadata:
                  name: gateway-allow
                  namespace: shop
                spec:
                  targetRefs:
                  - kind: Gateway
                    group: gateway.networking.k8s.io
                    name: public
                  rules:
                  - {}
                """)
public final class IneffectiveGatewaySelector implements Rule {

    private static final String GATEWAY_NAME = "gateway.networking.k8s.io/gateway-name";

    @Override
    public void check(LintContext context, Reporter reporter) {
        Workloads workloads = Workloads.of(context);
        for (String kind : new String[] {"AuthorizationPolicy", "RequestAuthentication", "Telemetry", "WasmPlugin"}) {
            for (Manifest m : MeshFacts.istio(context, kind)) {
                Map<String, String> selector = Selectors.labels(m);
                if (selector.isEmpty()) {
                    continue;
                }
                boolean gatewayPods = selector.containsKey(GATEWAY_NAME) || workloads.selected(
                        MeshFacts.namespace(m), selector).stream().anyMatch(w -> w.labels().containsKey(GATEWAY_NAME));
                if (gatewayPods) {
                    reporter.report(m, Selectors.of(m).path(), "the selector targets Gateway API gateway pods, where it "
                            + "has no effect; use targetRefs to the Gateway");
                }
            }
        }
    }
}
