package dev.meshport.validator.istio;

import dev.meshport.model.Manifest;
import dev.meshport.model.Severity;
import dev.meshport.validator.LintContext;
import dev.meshport.validator.Reporter;
import dev.meshport.validator.Rule;
import dev.meshport.validator.RuleMeta;
import dev.meshport.validator.istio.Fields.Field;
import java.util.Set;

/** Kiali business/checkers/common/export_namespaces_checker.go (KIA0005 generic.exportto.namespacenotfound). */
@RuleMeta(
        id = "istio-export-to-namespace-not-found",
        severity = Severity.ERROR,
        summary = "exportTo names a namespace that is not among the inputs",
        mesh = "istio",
        kinds = {"VirtualService", "DestinationRule", "ServiceEntry", "Namespace"},
        equivalents = {"KIA0005"},
        needsCompleteInputs = true,
        docs = """
                The resource is exported to a namespace that no Namespace manifest (and no resource) of the inputs
                has, so the clients it was meant for do not see it. Fix the name. Runs only with `--assume-complete`.
                """,
        failing = """
                apiVersion: v1
                kind: Namespace
                metadata:
                  name: frontend
                ---
                apiVersion: networking.istio.io/v1
                kind: ServiceEntry
                metadata:
                  name: api
                  namespace: frontend
                spec:
                  hosts: ["api.example.com"]
                  exportTo: [".", "backnd"]
                #                 ^ istio-export-to-namespace-not-found
                  ports:
                  - number: 443
                    name: tls
                    protocol: TLS
                  resolution: DNS
                """,
        passing = """
                apiVersion: v1
                kind: Namespace
                metadata:
                  name: frontend
                ---
                apiVersion: networking.istio.io/v1
                kind: ServiceEntry
                metadata:
                  name: api
                  namespace: frontend
                spec:
                  hosts: ["api.example.com"]
                  exportTo: ["."]
                  ports:
                  - number: 443
                    name: tls
                    protocol: TLS
                  resolution: DNS
                """)
public final class ExportToNamespaceNotFound implements Rule {

    @Override
    public void check(LintContext context, Reporter reporter) {
        Set<String> namespaces = MeshFacts.knownNamespaces(context);
        for (String kind : new String[] {"VirtualService", "DestinationRule", "ServiceEntry"}) {
            for (Manifest m : MeshFacts.istio(context, kind)) {
                for (Field e : Fields.each(m, "spec.exportTo[*]")) {
                    String v = e.text();
                    if (!v.equals(".") && !v.equals("*") && !v.equals("~") && !namespaces.contains(v)) {
                        reporter.report(m, e.path(), "namespace " + v + " is not among the inputs");
                    }
                }
            }
        }
    }
}
