package dev.meshport.validator.istio.security;

import dev.meshport.model.Manifest;
import dev.meshport.model.Severity;
import dev.meshport.validator.LintContext;
import dev.meshport.validator.Reporter;
import dev.meshport.validator.Rule;
import dev.meshport.validator.RuleMeta;
import dev.meshport.validator.istio.MeshFacts;
import dev.meshport.validator.istio.Workloads;
import dev.meshport.validator.istio.Selectors;
import java.util.Map;

/**
 * Istio pkg/config/analysis/analyzers/authz/authorizationpolicies.go (IST0127 NoMatchingWorkloadsFound); Kiali
 * business/checkers/common/workload_selector_checker (KIA0004). Reports only for namespaces whose workloads the
 * inputs describe.
 */
@RuleMeta(
        id = "istio-selector-matches-no-workload",
        severity = Severity.WARNING,
        summary = "A policy's selector matches none of the workloads the inputs hold for its namespace",
        mesh = "istio",
        kinds = {"AuthorizationPolicy", "PeerAuthentication", "RequestAuthentication", "Sidecar", "Deployment",
                "StatefulSet", "DaemonSet", "Pod"},
        equivalents = {"IST0127", "KIA0004"},
        docs = """
                The selector's labels match no Pod and no pod template of the Deployments, StatefulSets and
                DaemonSets in the inputs for the policy's namespace (every namespace for the root namespace), so the
                policy applies to nothing: an ALLOW policy protects nothing, a Sidecar limits nothing. Fix the labels.
                The rule is silent for a namespace with no workloads in the inputs.
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
                    spec:
                      containers:
                      - name: web
                        image: web:1
                ---
                apiVersion: security.istio.io/v1
                kind: AuthorizationPolicy
                metadata:
                  name: web
                  namespace: shop
                spec:
                  selector:
                # ^ istio-selector-matches-no-workload
                    matchLabels:
                      app: webb
                  rules:
                  - {}
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
                apiVersion: security.istio.io/v1
                kind: AuthorizationPolicy
                metadata:
                  name: web
                  namespace: shop
                spec:
                  selector:
                    matchLabels:
                      app: web
                  rules:
                  - {}
                """)
public final class ApNoMatchingWorkload implements Rule {

    @Override
    public void check(LintContext context, Reporter reporter) {
        Workloads workloads = Workloads.of(context);
        for (String kind : new String[] {"AuthorizationPolicy", "PeerAuthentication", "RequestAuthentication", "Sidecar"}) {
            for (Manifest m : MeshFacts.istio(context, kind)) {
                Map<String, String> selector = Selectors.labels(m);
                String ns = MeshFacts.namespace(m);
                if (!selector.isEmpty() && !workloads.in(ns).isEmpty() && workloads.selected(ns, selector).isEmpty()) {
                    reporter.report(m, Selectors.of(m).path(), "selector " + selector + " matches no workload of namespace " + ns);
                }
            }
        }
    }
}
