package dev.meshport.validator.istio.schema;

import dev.meshport.model.Manifest;
import dev.meshport.model.Severity;
import dev.meshport.validator.LintContext;
import dev.meshport.validator.Reporter;
import dev.meshport.validator.Rule;
import dev.meshport.validator.RuleMeta;
import dev.meshport.validator.istio.Fields;
import dev.meshport.validator.istio.Fields.Field;
import dev.meshport.validator.istio.MeshFacts;
import java.util.List;
import java.util.Map;

/** The {@code required} lists of the Istio CRD schemas (crd-all.gen.yaml), as {@link IstioSchemaFacts#REQUIRED_FIELDS}. */
@RuleMeta(
        id = "istio-missing-required-field",
        severity = Severity.ERROR,
        summary = "A field that the Istio CRD schema requires is missing",
        mesh = "istio",
        kinds = {"VirtualService", "DestinationRule", "Gateway", "ServiceEntry", "Sidecar", "AuthorizationPolicy",
                "RequestAuthentication", "Telemetry", "WasmPlugin", "EnvoyFilter"},
        equivalents = {"IST0106"},
        docs = """
                The CRD schema of the kind marks the field required where its parent is written: a DestinationRule
                without `host`, a route destination without `host`, a Gateway server without `port` or `hosts`, a
                ServiceEntry port without `name`. The API server rejects the resource. Add the field.
                """,
        failing = """
                apiVersion: networking.istio.io/v1
                kind: DestinationRule
                metadata:
                  name: reviews
                spec:
                # ^@1 istio-missing-required-field
                  trafficPolicy:
                    loadBalancer:
                      simple: ROUND_ROBIN
                  subsets:
                  - labels:
                #   ^ istio-missing-required-field
                      version: v1
                """,
        passing = """
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
                """)
public final class MissingRequiredField implements Rule {

    @Override
    public void check(LintContext context, Reporter reporter) {
        for (Map.Entry<String, List<String>> kind : IstioSchemaFacts.REQUIRED_FIELDS.entrySet()) {
            for (Manifest m : MeshFacts.istio(context, kind.getKey())) {
                for (String pattern : kind.getValue()) {
                    int dot = pattern.lastIndexOf('.');
                    String parent = pattern.substring(0, dot);
                    String name = pattern.substring(dot + 1);
                    List<Field> holders = parent.equals("spec") ? List.of(Fields.at(m, "spec")) : Fields.each(m, parent);
                    for (Field holder : holders) {
                        if (holder.value().isObject() || parent.equals("spec")) {
                            if (!holder.key(name).present()) {
                                reporter.report(m, holder.path(), "'" + name + "' is required in '"
                                        + (holder.path().isRoot() ? "spec" : holder.path()) + "'");
                            }
                        }
                    }
                }
            }
        }
    }
}
