package dev.meshport.validator.istio.destinationrule;

import dev.meshport.model.Manifest;
import dev.meshport.model.Severity;
import dev.meshport.validator.LintContext;
import dev.meshport.validator.Reporter;
import dev.meshport.validator.Rule;
import dev.meshport.validator.RuleMeta;
import dev.meshport.validator.istio.Fields;
import dev.meshport.validator.istio.Fields.Field;
import dev.meshport.validator.istio.MeshFacts;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Istio pkg/config/validation/validation.go ValidateDestinationRule (duplicate subset names) and validateSubsetName. */
@RuleMeta(
        id = "istio-invalid-subset-name",
        severity = Severity.ERROR,
        summary = "A subset name is empty, not a DNS label, or defined twice in a DestinationRule",
        mesh = "istio",
        kinds = {"DestinationRule", "VirtualService"},
        equivalents = {"IST0106"},
        docs = """
                Subset names must be RFC 1123 labels (lower-case letters, digits and `-`, at most 63 characters) and
                unique within the DestinationRule; a VirtualService destination's `subset` must be a valid name too.
                Istio rejects `subset name is invalid: V1` and `duplicate subset names: v1`. Rename the subset (and
                the routes that name it).
                """,
        failing = """
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
                  - name: v1
                #   ^ istio-invalid-subset-name
                    labels:
                      version: v2
                  - name: Version_3
                #   ^ istio-invalid-subset-name
                    labels:
                      version: v3
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
                  - name: v2
                    labels:
                      version: v2
                """)
public final class InvalidSubsetName implements Rule {

    private static final List<String> DESTINATIONS = List.of("spec.http[*].route[*].destination", "spec.tcp[*].route[*].destination",
            "spec.tls[*].route[*].destination", "spec.http[*].mirror", "spec.http[*].mirrors[*].destination");

    @Override
    public void check(LintContext context, Reporter reporter) {
        for (Manifest m : MeshFacts.istio(context, "DestinationRule")) {
            Set<String> seen = new HashSet<>();
            for (Field name : Fields.each(m, "spec.subsets[*].name")) {
                if (!seen.add(name.text())) {
                    reporter.report(m, name.path(), "duplicate subset names: " + name.text());
                } else {
                    checkName(reporter, m, name);
                }
            }
        }
        for (Manifest m : MeshFacts.istio(context, "VirtualService")) {
            for (String destination : DESTINATIONS) {
                for (Field subset : Fields.each(m, destination + ".subset")) {
                    checkName(reporter, m, subset);
                }
            }
        }
    }

    private static void checkName(Reporter reporter, Manifest m, Field name) {
        if (name.text().isEmpty()) {
            reporter.report(m, name.path(), "subset name cannot be empty");
        } else if (!MeshFacts.isDns1123Label(name.text())) {
            reporter.report(m, name.path(), "subset name is invalid: " + name.text()
                    + " (it must be a lower-case RFC 1123 label)");
        }
    }
}
