package dev.meshport.validator.istio;

import dev.meshport.model.Manifest;
import dev.meshport.model.Severity;
import dev.meshport.validator.LintContext;
import dev.meshport.validator.Reporter;
import dev.meshport.validator.Rule;
import dev.meshport.validator.RuleMeta;
import dev.meshport.validator.istio.Fields.Field;

/** Istio pkg/config/validation/validation.go validateTelemetryMetrics, validateTelemetryTracing, validateTelemetryProviders. */
@RuleMeta(
        id = "istio-telemetry-invalid",
        severity = Severity.ERROR,
        summary = "A Telemetry tag override or custom tag is incomplete, or a provider has no name",
        mesh = "istio",
        kinds = {"Telemetry"},
        equivalents = {"IST0106"},
        docs = """
                Istio rejects a metrics `tagOverrides` entry with `operation: UPSERT` and no `value`, or with
                `operation: REMOVE` and a `value`; a custom metric selector with an empty `customMetric`; a tracing
                custom tag whose literal value, header name or environment name is empty; and a provider reference
                without name.
                """,
        failing = """
                apiVersion: telemetry.istio.io/v1
                kind: Telemetry
                metadata:
                  name: mesh-default
                  namespace: istio-system
                spec:
                  metrics:
                  - providers:
                    - name: prometheus
                    overrides:
                    - tagOverrides:
                        request_host:
                          operation: REMOVE
                          value: request.host
                #         ^ istio-telemetry-invalid
                """,
        passing = """
                apiVersion: telemetry.istio.io/v1
                kind: Telemetry
                metadata:
                  name: mesh-default
                  namespace: istio-system
                spec:
                  metrics:
                  - providers:
                    - name: prometheus
                    overrides:
                    - tagOverrides:
                        request_host:
                          operation: REMOVE
                        api_version:
                          value: request.headers['x-api-version']
                """)
public final class TelemetryInvalid implements Rule {

    @Override
    public void check(LintContext context, Reporter reporter) {
        for (Manifest t : MeshFacts.istio(context, "Telemetry")) {
            for (Field override : Fields.each(t, "spec.metrics[*].overrides[*].tagOverrides.*")) {
                String operation = override.key("operation").present() ? override.key("operation").text() : "UPSERT";
                boolean value = override.key("value").present() && !override.key("value").text().isEmpty();
                if (operation.equals("UPSERT") && !value) {
                    reporter.report(t, override.path(), "tagOverrides.value must be set when operation is UPSERT");
                } else if (operation.equals("REMOVE") && value) {
                    reporter.report(t, override.key("value").path(), "tagOverrides.value may only be set when operation is UPSERT");
                }
            }
            for (Field metric : Fields.each(t, "spec.metrics[*].overrides[*].match.customMetric")) {
                if (metric.text().isEmpty()) {
                    reporter.report(t, metric.path(), "customMetric may not be empty");
                }
            }
            for (String tag : new String[] {"literal.value", "header.name", "environment.name"}) {
                for (Field f : Fields.each(t, "spec.tracing[*].customTags.*." + tag)) {
                    if (f.text().isEmpty()) {
                        reporter.report(t, f.path(), tag.replace('.', ' ') + " of a custom tag may not be empty");
                    }
                }
            }
            for (String section : new String[] {"metrics", "tracing", "accessLogging"}) {
                for (Field name : Fields.each(t, "spec." + section + "[*].providers[*].name")) {
                    if (name.text().isEmpty()) {
                        reporter.report(t, name.path(), "providers.name may not be empty");
                    }
                }
            }
        }
    }
}
