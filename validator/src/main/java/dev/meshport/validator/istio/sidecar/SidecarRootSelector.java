package dev.meshport.validator.istio.sidecar;

import dev.meshport.model.Manifest;
import dev.meshport.model.Severity;
import dev.meshport.validator.LintContext;
import dev.meshport.validator.Reporter;
import dev.meshport.validator.Rule;
import dev.meshport.validator.RuleMeta;
import dev.meshport.validator.istio.Fields;
import dev.meshport.validator.istio.MeshFacts;

/** Kiali business/checkers/sidecars/global_checker.go (KIA1006 sidecar.global.selector). */
@RuleMeta(
        id = "istio-sidecar-root-selector",
        severity = Severity.WARNING,
        summary = "A Sidecar in the root namespace has a workloadSelector",
        mesh = "istio",
        kinds = {"Sidecar"},
        equivalents = {"KIA1006"},
        docs = """
                A Sidecar in the root namespace (`istio-system`) without selector is the mesh-wide default. With a
                `workloadSelector` it applies only to matching workloads of the root namespace itself, not to the
                mesh, which is rarely the intent. Remove the selector for a mesh default, or move the Sidecar to the
                workloads' namespace.
                """,
        failing = """
                apiVersion: networking.istio.io/v1
                kind: Sidecar
                metadata:
                  name: default
                  namespace: istio-system
                spec:
                  workloadSelector:
                # ^ istio-sidecar-root-selector
                    labels:
                      app: web
                  egress:
                  - hosts: ["./*"]
                """,
        passing = """
                apiVersion: networking.istio.io/v1
                kind: Sidecar
                metadata:
                  name: default
                  namespace: istio-system
                spec:
                  egress:
                  - hosts: ["./*", "istio-system/*"]
                """)
public final class SidecarRootSelector implements Rule {

    @Override
    public void check(LintContext context, Reporter reporter) {
        for (Manifest sc : MeshFacts.istio(context, "Sidecar")) {
            if (MeshFacts.namespace(sc).equals(MeshFacts.ROOT_NAMESPACE) && Fields.at(sc, "spec.workloadSelector").present()) {
                reporter.report(sc, "spec.workloadSelector", "a Sidecar in the root namespace with a workloadSelector "
                        + "is not a mesh-wide default; it applies only to workloads of " + MeshFacts.ROOT_NAMESPACE);
            }
        }
    }
}
