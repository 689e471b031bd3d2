package dev.meshport.validator.istio;

import dev.meshport.model.Manifest;
import dev.meshport.model.Severity;
import dev.meshport.validator.LintContext;
import dev.meshport.validator.Reporter;
import dev.meshport.validator.Rule;
import dev.meshport.validator.RuleMeta;
import dev.meshport.validator.istio.Fields.Field;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Istio pkg/config/validation/validation.go validateExportTo and pkg/config/visibility Validate. */
@RuleMeta(
        id = "istio-invalid-export-to",
        severity = Severity.ERROR,
        summary = "exportTo repeats a namespace, mixes '*' or '~' with others, or names an invalid namespace",
        mesh = "istio",
        kinds = {"VirtualService", "DestinationRule", "ServiceEntry"},
        equivalents = {"IST0106"},
        docs = """
                `exportTo` lists `.` (this namespace), `*` (every namespace) or namespace names; `~` (no namespace)
                only on ServiceEntries. Istio rejects duplicates (including `.` with the own namespace), `*` or `~`
                beside other entries, and names that are not DNS labels. A DestinationRule with a
                `workloadSelector` may only be exported to its own namespace.
                """,
        failing = """
                apiVersion: networking.istio.io/v1
                kind: VirtualService
                metadata:
                  name: reviews
                  namespace: shop
                spec:
                  hosts: [reviews]
                  exportTo: [".", "shop"]
                #                 ^ istio-invalid-export-to
                  http:
                  - route:
                    - destination:
                        host: reviews
                """,
        passing = """
                apiVersion: networking.istio.io/v1
                kind: VirtualService
                metadata:
                  name: reviews
                  namespace: shop
                spec:
                  hosts: [reviews]
                  exportTo: [".", "frontend"]
                  http:
                  - route:
                    - destination:
                        host: reviews
                """)
public final class InvalidExportTo implements Rule {

    @Override
    public void check(LintContext context, Reporter reporter) {
        for (String kind : List.of("VirtualService", "DestinationRule", "ServiceEntry")) {
            for (Manifest m : MeshFacts.istio(context, kind)) {
                List<Field> entries = Fields.each(m, "spec.exportTo[*]");
                Set<String> seen = new HashSet<>();
                for (Field e : entries) {
                    String v = e.text();
                    String key = v.equals(".") ? MeshFacts.namespace(m) : v;
                    if (!seen.add(key)) {
                        reporter.report(m, e.path(), "duplicate entries in exportTo: " + v);
                    } else if ((v.equals("*") || v.equals("~")) && entries.size() > 1) {
                        reporter.report(m, e.path(), "'" + v + "' cannot be combined with other exportTo entries");
                    } else if (v.equals("~") && !kind.equals("ServiceEntry")) {
                        reporter.report(m, e.path(), "'~' is allowed in exportTo of ServiceEntries only");
                    } else if (!v.equals(".") && !v.equals("*") && !v.equals("~") && !MeshFacts.isDns1123Label(v)) {
                        reporter.report(m, e.path(), "'" + v + "' is not a valid namespace name");
                    }
                }
                if (kind.equals("DestinationRule") && Fields.at(m, "spec.workloadSelector").present()
                        && !seen.isEmpty() && (seen.size() > 1 || !seen.contains(MeshFacts.namespace(m)))) {
                    reporter.report(m, "spec.exportTo", "destination rule with workload selector cannot be exported beyond its namespace");
                }
            }
        }
    }
}
