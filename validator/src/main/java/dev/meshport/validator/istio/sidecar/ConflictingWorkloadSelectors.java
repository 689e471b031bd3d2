package dev.meshport.validator.istio.sidecar;

import dev.meshport.model.Manifest;
import dev.meshport.model.Severity;
import dev.meshport.validator.LintContext;
import dev.meshport.validator.Reporter;
import dev.meshport.validator.Rule;
import dev.meshport.validator.RuleMeta;
import dev.meshport.validator.istio.MeshFacts;
import dev.meshport.validator.istio.Workloads;
import dev.meshport.validator.istio.Selectors;
import java.util.List;
import java.util.Map;

/**
 * Istio pkg/config/analysis/analyzers/sidecar/selector.go (IST0110 ConflictingSidecarWorkloadSelectors); Kiali
 * business/checkers/common/multi_match_selector (KIA0003); telemetry/selector.go (IST0159). Workloads are the
 * Pods and pod templates of the inputs.
 */
@RuleMeta(
        id = "istio-conflicting-workload-selectors",
        severity = Severity.ERROR,
        summary = "Two Sidecars, PeerAuthentications or Telemetries select the same workload of the inputs",
        mesh = "istio",
        kinds = {"Sidecar", "PeerAuthentication", "Telemetry", "Deployment", "StatefulSet", "DaemonSet", "Pod"},
        equivalents = {"IST0110", "IST0159", "KIA0003"},
        docs = """
                A workload gets one Sidecar, one workload-level PeerAuthentication and one workload-level
                Telemetry. When the selectors of two of them match the same pod (as the Deployments, StatefulSets,
                DaemonSets and Pods in the inputs show), Istio applies one of them, chosen by age. Make the
                selectors disjoint or merge the resources.
                """,
        failing = """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: web
                  namespace: shop
                spec:
                  selector:
                    matchLabels:
                      app: web
                  template:
                    metadata:
                      labels:
                        app: web
                        tier: front
                    spec:
                      containers:
                      - name: web
                        image: web:1
                ---
                apiVersion: networking.istio.io/v1
                kind: Sidecar
                metadata:
                  name: by-app
                  namespace: shop
                spec:
                  workloadSelector:
                # ^ istio-conflicting-workload-selectors
                    labels:
                      app: web
                  egress:
                  - hosts: ["./*"]
                ---
                apiVersion: networking.istio.io/v1
                kind: Sidecar
                metadata:
                  name: by-tier
                  namespace: shop
                spec:
                  workloadSelector:
                # ^ istio-conflicting-workload-selectors
                    labels:
                      tier: front
                  egress:
                  - hosts: ["./*", "istio-system/*"]
                """,
        passing = """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: web
                  namespace: shop
                spec:
                  selector:
                    matchLabels:
                      app: web
                  template:
                    metadata:
                      labels:
                        app: web
                    spec:
                      containers:
                      - name: web
                        image: web:1
                ---
                apiVersion: networking.istio.io/v1
                kind: Sidecar
                metadata:
                  name: by-app
                  namespace: shop
                spec:
                  workloadSelector:
                    labels:
                      app: web
                  egress:
                  - hosts: ["./*"]
                ---
                apiVersion: networking.istio.io/v1
                kind: Sidecar
                metadata:
                  name: by-tier
                  namespace: shop
                spec:
                  workloadSelector:
                    labels:
                      tier: back
                  egress:
                  - hosts: ["./*", "istio-system/*"]
                """)
public final class ConflictingWorkloadSelectors implements Rule {

    @Override
    public void check(LintContext context, Reporter reporter) {
        Workloads workloads = Workloads.of(context);
        for (String kind : new String[] {"Sidecar", "PeerAuthentication", "Telemetry"}) {
            List<Manifest> selective = MeshFacts.istio(context, kind).stream().filter(m -> !Selectors.labels(m).isEmpty()).toList();
            for (Manifest m : selective) {
                Map<String, String> mine = Selectors.labels(m);
                for (Workloads.Workload w : workloads.selected(MeshFacts.namespace(m), mine)) {
                    List<String> others = selective.stream().filter(o -> o != m
                            && MeshFacts.namespace(o).equals(MeshFacts.namespace(m))
                            && MeshFacts.selects(Selectors.labels(o), w.labels())).map(o -> o.id().name()).toList();
                    if (!others.isEmpty()) {
                        reporter.report(m, Selectors.of(m).path(), kind + " selects " + w.manifest().id().display()
                                + ", which " + String.join(", ", others) + " also selects");
                        break;
                    }
                }
            }
        }
    }
}
