package dev.meshport.validator.istio.gateway;

import dev.meshport.model.Manifest;
import dev.meshport.model.Severity;
import dev.meshport.validator.LintContext;
import dev.meshport.validator.Reporter;
import dev.meshport.validator.Rule;
import dev.meshport.validator.RuleMeta;
import dev.meshport.validator.istio.Fields;
import dev.meshport.validator.istio.MeshFacts;
import dev.meshport.validator.istio.Workloads;
import java.util.List;
import java.util.Map;

/** Istio pkg/config/analysis/analyzers/gateway/gateway.go (IST0101 selector); Kiali SelectorChecker (KIA0302). */
@RuleMeta(
        id = "istio-gateway-selector-not-found",
        severity = Severity.WARNING,
        summary = "A Gateway's selector matches no gateway workload of the inputs",
        mesh = "istio",
        kinds = {"Gateway", "Deployment", "StatefulSet", "DaemonSet", "Pod"},
        equivalents = {"IST0101", "KIA0302"},
        needsCompleteInputs = true,
        docs = """
                A Gateway configures the gateway pods its `selector` matches, in any namespace. When no Pod or pod
                template in the inputs carries those labels, the Gateway configures nothing and its hosts get no
                listener. Runs only with `--assume-complete`, since gateway Deployments usually live with the Istio
                installation rather than with the routes.
                """,
        failing = """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: istio-ingressgateway
                  namespace: istio-system
                spec:
                  selector:
                    matchLabels:
                      istio: ingressgateway
                  template:
                    metadata:
                      labels:
                        istio: ingressgateway
                    spec:
                      containers:
                      - name: istio-proxy
                        image: auto
                ---
                apiVersion: networking.istio.io/v1
                kind: Gateway
                metadata:
                  name: public
                spec:
                  selector:
                # ^ istio-gateway-selector-not-found
                    istio: ingress-gateway
                  servers:
                  - port:
                      number: 80
                      name: http
                      protocol: HTTP
                    hosts: ["*"]
                """,
        passing = """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: istio-ingressgateway
                  namespace: istio-system
                spec:
                  selector:
                    matchLabels:
                      istio: ingressgateway
                  template:
                    metadata:
                      labels:
                        istio: ingressgateway
                    spec:
                      containers:
                      - name: istio-proxy
                        image: auto
                ---
                apiVersion: networking.istio.io/v1
                kind: Gateway
                metadata:
                  name: public
                spec:
                  selector:
                    istio: ingressgateway
                  servers:
                  - port:
                      number: 80
                      name: http
                      protocol: HTTP
                    hosts: ["*"]
                """)
public final class GatewaySelectorNotFound implements Rule {

    @Override
    public void check(LintContext context, Reporter reporter) {
        List<Workloads.Workload> workloads = Workloads.of(context).all();
        for (Manifest gw : MeshFacts.istio(context, "Gateway")) {
            Map<String, String> selector = MeshFacts.labels(Fields.at(gw, "spec.selector").value());
            if (!selector.isEmpty() && workloads.stream().noneMatch(w -> MeshFacts.selects(selector, w.labels()))) {
                reporter.report(gw, "spec.selector", "selector " + selector + " matches no workload of the inputs");
            }
        }
    }
}
