package dev.meshport.validator.istio.workload;

import dev.meshport.model.Manifest;
import dev.meshport.model.Severity;
import dev.meshport.model.kinds.Mesh;
import dev.meshport.validator.LintContext;
import dev.meshport.validator.Reporter;
import dev.meshport.validator.Rule;
import dev.meshport.validator.RuleMeta;
import dev.meshport.validator.istio.Fields;
import dev.meshport.validator.istio.Fields.Field;

/** Istio pkg/config/analysis/analyzers/injection/injection.go (IST0123 NamespaceMultipleInjectionLabels). */
@RuleMeta(
        id = "istio-namespace-multiple-injection-labels",
        severity = Severity.WARNING,
        summary = "A Namespace has both istio-injection and istio.io/rev labels",
        mesh = "istio",
        kinds = {"Namespace"},
        equivalents = {"IST0123"},
        docs = """
                `istio-injection` takes precedence over `istio.io/rev`, so the revision label is ignored and the
                namespace's pods get the default revision's proxy, which defeats a canary upgrade. Keep one of the
                two labels.
                """,
        failing = """
                apiVersion: v1
                kind: Namespace
                metadata:
                  name: shop
                  labels:
                    istio-injection: enabled
                #   ^ istio-namespace-multiple-injection-labels
                    istio.io/rev: canary
                """,
        passing = """
                apiVersion: v1
                kind: Namespace
                metadata:
                  name: shop
                  labels:
                    istio.io/rev: canary
                """)
public final class NamespaceInjectionLabels implements Rule {

    @Override
    public void check(LintContext context, Reporter reporter) {
        for (Manifest ns : context.manifests().ofKind(Mesh.KUBERNETES, "Namespace")) {
            Field labels = Fields.at(ns, "metadata.labels");
            if (labels.key("istio-injection").present() && labels.key("istio.io/rev").present()) {
                reporter.report(ns, labels.key("istio-injection").path(),
                        "istio-injection and istio.io/rev are both set; istio-injection wins and the revision is ignored");
            }
        }
    }
}
