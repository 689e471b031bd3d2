package dev.meshport.validator.core;

import dev.meshport.model.FieldPath;
import dev.meshport.model.Manifest;
import dev.meshport.model.Severity;
import dev.meshport.validator.LintContext;
import dev.meshport.validator.Reporter;
import dev.meshport.validator.Rule;
import dev.meshport.validator.RuleMeta;

@RuleMeta(
        id = "invalid-field-value",
        severity = Severity.ERROR,
        summary = "A field has a value of the wrong type or outside its enumeration",
        mesh = "both",
        equivalents = {"IST0106"},
        docs = """
                The value does not fit the field's schema: a string where a number belongs (`number: "9080"`), a list
                where an object belongs, or a name outside the field's enumeration (`mode: MUTUAL_ISTIO`). The API
                server rejects the resource. meshport stops reading the resource at the first such value, so other
                rules do not check it until it is fixed.
                """,
        failing = """
                apiVersion: networking.istio.io/v1
                kind: DestinationRule
                metadata:
                  name: reviews
                spec:
                  host: reviews
                  trafficPolicy:
                    tls:
                      mode: MUTUAL_ISTIO
                #     ^ invalid-field-value
                """,
        passing = """
                apiVersion: networking.istio.io/v1
                kind: DestinationRule
                metadata:
                  name: reviews
                spec:
                  host: reviews
                  trafficPolicy:
                    tls:
                      mode: ISTIO_MUTUAL
                """)
public final class InvalidFieldValue implements Rule {

    @Override
    public void check(LintContext context, Reporter reporter) {
        for (Manifest m : context.manifests().all()) {
            m.typeProblem().ifPresent(p -> reporter.report(m, p.field(),
                    "invalid value for '" + p.field() + "': " + p.message()));
            for (FieldPath rejected : m.rejectedValues()) {
                if (NewerSchemaFields.isKnownValue(m, rejected, m.at(rejected).asText())) {
                    continue;
                }
                reporter.report(m, rejected, "'" + m.at(rejected).asText() + "' is not a valid value for '" + rejected + "'");
            }
        }
    }
}
