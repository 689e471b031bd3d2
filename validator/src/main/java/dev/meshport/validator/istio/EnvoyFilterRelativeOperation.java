package dev.meshport.validator.istio;

import dev.meshport.model.Manifest;
import dev.meshport.model.Severity;
import dev.meshport.validator.LintContext;
import dev.meshport.validator.Reporter;
import dev.meshport.validator.Rule;
import dev.meshport.validator.RuleMeta;
import dev.meshport.validator.istio.Fields.Field;
import java.util.Set;

/** Istio pkg/config/analysis/analyzers/envoyfilter/envoyfilter.go (IST0151, IST0155). */
@RuleMeta(
        id = "istio-envoyfilter-relative-operation",
        severity = Severity.WARNING,
        summary = "An EnvoyFilter inserts relative to another filter without a priority",
        mesh = "istio",
        kinds = {"EnvoyFilter"},
        equivalents = {"IST0151", "IST0155"},
        docs = """
                `INSERT_BEFORE`, `INSERT_AFTER` and `INSERT_FIRST` patches depend on what other EnvoyFilters have
                already applied. Without `priority`, EnvoyFilters apply in creation order, so the result can change
                when the filters are re-created (IST0155 when a `proxy.proxyVersion` match is used too). Set
                `spec.priority`.
                """,
        failing = """
                apiVersion: networking.istio.io/v1alpha3
                kind: EnvoyFilter
                metadata:
                  name: lua
                spec:
                  configPatches:
                  - applyTo: HTTP_FILTER
                    match:
                      context: SIDECAR_INBOUND
                    patch:
                      operation: INSERT_BEFORE
                #     ^ istio-envoyfilter-relative-operation
                      value:
                        name: envoy.lua
                """,
        passing = """
                apiVersion: networking.istio.io/v1alpha3
                kind: EnvoyFilter
                metadata:
                  name: lua
                spec:
                  priority: 10
                  configPatches:
                  - applyTo: HTTP_FILTER
                    match:
                      context: SIDECAR_INBOUND
                    patch:
                      operation: INSERT_BEFORE
                      value:
                        name: envoy.lua
                """)
public final class EnvoyFilterRelativeOperation implements Rule {

    private static final Set<String> RELATIVE = Set.of("INSERT_BEFORE", "INSERT_AFTER", "INSERT_FIRST");

    @Override
    public void check(LintContext context, Reporter reporter) {
        for (Manifest ef : MeshFacts.istio(context, "EnvoyFilter")) {
            if (Fields.at(ef, "spec.priority").value().asLong(0) != 0) {
                continue;
            }
            for (Field patch : Fields.each(ef, "spec.configPatches[*]")) {
                Field op = patch.key("patch").key("operation");
                if (RELATIVE.contains(op.text())) {
                    boolean versioned = patch.key("match").key("proxy").key("proxyVersion").present();
                    reporter.report(ef, op.path(), op.text() + " without spec.priority depends on the order in which "
                            + "EnvoyFilters are applied" + (versioned ? " (and on proxyVersion matching)" : ""));
                }
            }
        }
    }
}
