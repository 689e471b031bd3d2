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
import dev.meshport.validator.istio.Workloads;
import dev.meshport.validator.istio.ServiceRegistry;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Istio pkg/config/analysis/analyzers/destinationrule/subset_select_pod.go (IST0173); Kiali NoDestinationChecker (KIA0203). */
@RuleMeta(
        id = "istio-dr-subset-selects-no-pods",
        severity = Severity.ERROR,
        summary = "A subset's labels select none of the pods of its Service described in the inputs",
        mesh = "istio",
        kinds = {"DestinationRule", "Service", "Deployment", "StatefulSet", "DaemonSet", "Pod"},
        equivalents = {"IST0173", "KIA0203"},
        docs = """
                The subset selects the pods of the host's Service that also carry the subset's labels. When the
                inputs hold the Service and the workloads (Deployments, StatefulSets, DaemonSets, Pods) it selects,
                and none has the subset's labels, routes to the subset fail with 503 (UH, no healthy upstream).
                Fix the labels (often `version: v1` against pods labelled `version: "1.0"`). The rule stays silent
                when the Service or its workloads are not in the inputs.
                """,
        failing = """
                apiVersion: v1
                kind: Service
                metadata:
                  name: reviews
                spec:
                  selector:
                    app: reviews
                  ports:
                  - port: 9080
                    name: http
                ---
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: reviews-v1
                spec:
                  selector:
                    matchLabels:
                      app: reviews
                  template:
                    metadata:
                      labels:
                        app: reviews
                        version: v1
                    spec:
                      containers:
                      - name: reviews
                        image: reviews:1
                ---
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
                #   ^ istio-dr-subset-selects-no-pods
                      version: v2
                """,
        passing = """
                apiVersion: v1
                kind: Service
                metadata:
                  name: reviews
                spec:
                  selector:
                    app: reviews
                  ports:
                  - port: 9080
                    name: http
                ---
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: reviews-v1
                spec:
                  selector:
                    matchLabels:
                      app: reviews
                  template:
                    metadata:
                      labels:
                        app: reviews
                        version: v1
                    spec:
                      containers:
                      - name: reviews
                        image: reviews:1
                ---
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
public final class DrSubsetSelectsNoPods implements Rule {

    @Override
    public void check(LintContext context, Reporter reporter) {
        ServiceRegistry registry = ServiceRegistry.of(context);
        Workloads workloads = Workloads.of(context);
        for (Manifest dr : MeshFacts.istio(context, "DestinationRule")) {
            Optional<Manifest> service = registry.service(MeshFacts.fqdn(Fields.at(dr, "spec.host").text(), MeshFacts.namespace(dr)));
            if (service.isEmpty() || !Fields.at(service.get(), "spec.selector").present()) {
                continue;
            }
            Map<String, String> serviceSelector = MeshFacts.labels(Fields.at(service.get(), "spec.selector").value());
            List<Workloads.Workload> backing = workloads.in(MeshFacts.namespace(service.get())).stream()
                    .filter(w -> w.namespace().equals(MeshFacts.namespace(service.get())) && MeshFacts.selects(serviceSelector, w.labels()))
                    .toList();
            if (backing.isEmpty()) {
                continue;
            }
            for (Field subset : Fields.each(dr, "spec.subsets[*]")) {
                Field labels = subset.key("labels");
                Map<String, String> selector = MeshFacts.labels(labels.value());
                if (!selector.isEmpty() && backing.stream().noneMatch(w -> MeshFacts.selects(selector, w.labels()))) {
                    reporter.report(dr, labels.path(), "subset '" + subset.key("name").text() + "' selects none of the "
                            + backing.size() + " workload(s) of service " + service.get().id().display());
                }
            }
        }
    }
}
