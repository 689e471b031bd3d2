package dev.meshport.validator.istio;

import dev.meshport.model.Manifest;
import dev.meshport.model.Severity;
import dev.meshport.validator.LintContext;
import dev.meshport.validator.Reporter;
import dev.meshport.validator.Rule;
import dev.meshport.validator.RuleMeta;
import dev.meshport.validator.istio.Fields.Field;
import java.util.Map;

/**
 * Istio pkg/config/validation/validation.go validateWorkloadSelector, ValidateAlphaWorkloadSelector and the CRD CEL
 * rules "wildcard not allowed in label key/value match", "key must not be empty".
 */
@RuleMeta(
        id = "istio-invalid-selector-labels",
        severity = Severity.ERROR,
        summary = "A workload selector label has an empty key or a '*' wildcard",
        mesh = "istio",
        kinds = {"AuthorizationPolicy", "PeerAuthentication", "RequestAuthentication", "Telemetry", "WasmPlugin",
                "DestinationRule", "ServiceEntry", "Sidecar", "EnvoyFilter"},
        equivalents = {"IST0106"},
        docs = """
                Selectors compare labels for equality: `*` is not a wildcard and an empty key matches nothing, so
                Istio rejects both. List the exact labels of the workloads, or drop the selector to apply the
                resource to its whole namespace.
                """,
        failing = """
                apiVersion: security.istio.io/v1
                kind: PeerAuthentication
                metadata:
                  name: web
                spec:
                  selector:
                    matchLabels:
                      app: "web-*"
                #     ^ istio-invalid-selector-labels
                  mtls:
                    mode: STRICT
                """,
        passing = """
                apiVersion: security.istio.io/v1
                kind: PeerAuthentication
                metadata:
                  name: web
                spec:
                  selector:
                    matchLabels:
                      app: web
                  mtls:
                    mode: STRICT
                """)
public final class InvalidSelectorLabels implements Rule {

    private static final Map<String, String> SELECTOR = Map.of(
            "AuthorizationPolicy", "spec.selector.matchLabels", "PeerAuthentication", "spec.selector.matchLabels",
            "RequestAuthentication", "spec.selector.matchLabels", "Telemetry", "spec.selector.matchLabels",
            "WasmPlugin", "spec.selector.matchLabels", "DestinationRule", "spec.workloadSelector.matchLabels",
            "ServiceEntry", "spec.workloadSelector.labels", "Sidecar", "spec.workloadSelector.labels",
            "EnvoyFilter", "spec.workloadSelector.labels");

    @Override
    public void check(LintContext context, Reporter reporter) {
        for (Map.Entry<String, String> kind : SELECTOR.entrySet()) {
            for (Manifest m : MeshFacts.istio(context, kind.getKey())) {
                for (Field label : Fields.each(m, kind.getValue() + ".*")) {
                    if (label.name().isEmpty() || label.name().contains("*") || label.text().contains("*")) {
                        reporter.report(m, label.path(), "wildcard or empty key is not supported in selector: "
                                + label.name() + "=" + label.text());
                    }
                }
            }
        }
    }
}
