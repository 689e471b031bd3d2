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

/** Kiali business/checkers/destinationrules/no_dest_checker.go, subset without labels (KIA0209). */
@RuleMeta(
        id = "istio-dr-subset-without-labels",
        severity = Severity.WARNING,
        summary = "A DestinationRule subset has no labels, so it is every endpoint of the host",
        mesh = "istio",
        kinds = {"DestinationRule"},
        equivalents = {"KIA0209"},
        docs = """
                A subset selects the host's endpoints by `labels`. Without labels the subset is the whole service,
                which makes a version split (`v1`/`v2`) send traffic to every version. Add the labels that tell the
                subset's pods apart (usually `version`).
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
                #   ^ istio-dr-subset-without-labels
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
public final class DrSubsetWithoutLabels implements Rule {

    @Override
    public void check(LintContext context, Reporter reporter) {
        for (Manifest dr : MeshFacts.istio(context, "DestinationRule")) {
            for (Field subset : Fields.each(dr, "spec.subsets[*]")) {
                if (subset.key("labels").value().size() == 0) {
                    reporter.report(dr, subset.path(), "subset '" + subset.key("name").text()
                            + "' has no labels and selects every endpoint of the host");
                }
            }
        }
    }
}
