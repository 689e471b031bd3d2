package dev.meshport.validator.istio.sidecar;

import dev.meshport.model.Manifest;
import dev.meshport.model.Severity;
import dev.meshport.model.kinds.Mesh;
import dev.meshport.validator.LintContext;
import dev.meshport.validator.Reporter;
import dev.meshport.validator.Rule;
import dev.meshport.validator.RuleMeta;
import dev.meshport.validator.istio.Fields;
import dev.meshport.validator.istio.MeshFacts;

/** Istio pkg/config/analysis/analyzers/sidecar/selector.go (IST0167 IneffectivePolicy) for ambient namespaces. */
@RuleMeta(
        id = "istio-sidecar-in-ambient-namespace",
        severity = Severity.WARNING,
        summary = "A Sidecar resource in a namespace that the inputs mark as ambient",
        mesh = "istio",
        kinds = {"Sidecar", "Namespace"},
        equivalents = {"IST0167"},
        docs = """
                Workloads of a namespace labelled `istio.io/dataplane-mode: ambient` have no sidecar proxy, so a
                Sidecar resource there configures nothing. Use waypoint proxies and their policies instead, or move
                the namespace back to sidecar mode. Silent when the Namespace is not in the inputs.
                """,
        failing = """
                apiVersion: v1
                kind: Namespace
                metadata:
                  name: shop
                  labels:
                    istio.io/dataplane-mode: ambient
                ---
                apiVersion: networking.istio.io/v1
                kind: Sidecar
                metadata:
                  name: default
                  namespace: shop
                # ^ istio-sidecar-in-ambient-namespace
                spec:
                  egress:
                  - hosts: ["./*"]
                """,
        passing = """
                apiVersion: v1
                kind: Namespace
                metadata:
                  name: shop
                  labels:
                    istio-injection: enabled
                ---
                apiVersion: networking.istio.io/v1
                kind: Sidecar
                metadata:
                  name: default
                  namespace: shop
                spec:
                  egress:
                  - hosts: ["./*"]
                """)
public final class SidecarInAmbientNamespace implements Rule {

    @Override
    public void check(LintContext context, Reporter reporter) {
        for (Manifest ns : context.manifests().ofKind(Mesh.KUBERNETES, "Namespace")) {
            if (!Fields.at(ns, "metadata.labels").key("istio.io/dataplane-mode").text().equals("ambient")) {
                continue;
            }
            for (Manifest sc : MeshFacts.istio(context, "Sidecar")) {
                if (MeshFacts.namespace(sc).equals(ns.id().name())) {
                    reporter.report(sc, "metadata.namespace", "namespace " + ns.id().name()
                            + " is ambient (istio.io/dataplane-mode: ambient); this Sidecar has no effect");
                }
            }
        }
    }
}
