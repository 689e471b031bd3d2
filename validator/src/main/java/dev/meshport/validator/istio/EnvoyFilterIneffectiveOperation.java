package dev.meshport.validator.istio;

import dev.meshport.model.Manifest;
import dev.meshport.model.Severity;
import dev.meshport.validator.LintContext;
import dev.meshport.validator.Reporter;
import dev.meshport.validator.Rule;
import dev.meshport.validator.RuleMeta;
import dev.meshport.validator.istio.Fields.Field;
import java.util.Set;

/** Istio pkg/config/analysis/analyzers/envoyfilter/envoyfilter.go (IST0152, IST0153, IST0154). */
@RuleMeta(
        id = "istio-envoyfilter-ineffective-operation",
        severity = Severity.ERROR,
        summary = "An EnvoyFilter patch operation does nothing for the object it applies to",
        mesh = "istio",
        kinds = {"EnvoyFilter"},
        equivalents = {"IST0152", "IST0153", "IST0154"},
        docs = """
                `REPLACE` works only for `HTTP_FILTER` and `NETWORK_FILTER`; `ADD` and `REMOVE` are ignored for
                `ROUTE_CONFIGURATION` and `HTTP_ROUTE` (use `MERGE`, or patch the virtual host). The patch is
                silently skipped, so the customisation you rely on is not there.
                """,
        failing = """
                apiVersion: networking.istio.io/v1alpha3
                kind: EnvoyFilter
                metadata:
                  name: routes
                spec:
                  configPatches:
                  - applyTo: HTTP_ROUTE
                    patch:
                      operation: REMOVE
                #     ^ istio-envoyfilter-ineffective-operation
                """,
        passing = """
                apiVersion: networking.istio.io/v1alpha3
                kind: EnvoyFilter
                metadata:
                  name: routes
                spec:
                  configPatches:
                  - applyTo: HTTP_ROUTE
                    patch:
                      operation: MERGE
                      value:
                        decorator:
                          operation: checkout
                """)
public final class EnvoyFilterIneffectiveOperation implements Rule {

    private static final Set<String> ROUTES = Set.of("ROUTE_CONFIGURATION", "HTTP_ROUTE");

    @Override
    public void check(LintContext context, Reporter reporter) {
        for (Manifest ef : MeshFacts.istio(context, "EnvoyFilter")) {
            for (Field patch : Fields.each(ef, "spec.configPatches[*]")) {
                String applyTo = patch.key("applyTo").text();
                Field op = patch.key("patch").key("operation");
                boolean ineffective = switch (op.text()) {
                    case "REPLACE" -> !applyTo.equals("HTTP_FILTER") && !applyTo.equals("NETWORK_FILTER");
                    case "ADD", "REMOVE" -> ROUTES.contains(applyTo);
                    default -> false;
                };
                if (ineffective) {
                    reporter.report(ef, op.path(), op.text() + " has no effect when applied to " + applyTo);
                }
            }
        }
    }
}
