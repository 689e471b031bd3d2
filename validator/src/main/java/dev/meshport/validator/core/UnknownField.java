package dev.meshport.validator.core;

import dev.meshport.model.FieldPath;
import dev.meshport.model.Manifest;
import dev.meshport.model.Severity;
import dev.meshport.validator.LintContext;
import dev.meshport.validator.Reporter;
import dev.meshport.validator.Rule;
import dev.meshport.validator.RuleMeta;

@RuleMeta(
        id = "unknown-field",
        severity = Severity.ERROR,
        summary = "A field that the resource's schema does not have",
        mesh = "both",
        equivalents = {"IST0106"},
        docs = """
                The field is not part of the kind's schema, usually a typo (`retires:` for `retries:`) or a field put
                at the wrong level (`timeout` under `route` instead of under the `http` entry). The API server prunes
                or rejects unknown fields, so the setting silently does nothing. Fix the name or move it where the
                schema has it.
                """,
        failing = """
                apiVersion: networking.istio.io/v1
                kind: VirtualService
                metadata:
                  name: reviews
                spec:
                  hosts: [reviews]
                  http:
                  - route:
                    - destination:
                        host: reviews
                    retires:
                #   ^ unknown-field
                      attempts: 3
                """,
        passing = """
                apiVersion: networking.istio.io/v1
                kind: VirtualService
                metadata:
                  name: reviews
                spec:
                  hosts: [reviews]
                  http:
                  - route:
                    - destination:
                        host: reviews
                    retries:
                      attempts: 3
                """)
public final class UnknownField implements Rule {

    @Override
    public void check(LintContext context, Reporter reporter) {
        for (Manifest m : context.manifests().all()) {
            for (FieldPath field : m.unknownFields()) {
                if (NewerSchemaFields.isKnown(m, field)) {
                    continue;
                }
                reporter.report(m, field, "unknown field '" + field + "' in " + m.kind());
            }
        }
    }
}
