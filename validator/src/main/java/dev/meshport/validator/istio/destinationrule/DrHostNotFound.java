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
import dev.meshport.validator.istio.ServiceRegistry;

/** Istio pkg/config/analysis/analyzers/destinationrule/subset_select_pod.go (IST0174); Kiali NoDestinationChecker (KIA0202). */
@RuleMeta(
        id = "istio-dr-host-not-found",
        severity = Severity.WARNING,
        summary = "A DestinationRule host is no Service or ServiceEntry of the inputs",
        mesh = "istio",
        kinds = {"DestinationRule", "Service", "ServiceEntry"},
        equivalents = {"IST0174", "KIA0202"},
        needsCompleteInputs = true,
        docs = """
                The DestinationRule's `host` matches no Kubernetes Service and no ServiceEntry, so its policies and
                subsets apply to nothing; usually a typo or a short name resolved in the wrong namespace (a short
                name means a Service of the DestinationRule's namespace). Runs only with `--assume-complete`.
                """,
        failing = """
                apiVersion: networking.istio.io/v1
                kind: DestinationRule
                metadata:
                  name: reviews
                  namespace: default
                spec:
                  host: reviewz
                # ^ istio-dr-host-not-found
                  trafficPolicy:
                    loadBalancer:
                      simple: LEAST_REQUEST
                """,
        passing = """
                apiVersion: v1
                kind: Service
                metadata:
                  name: reviews
                  namespace: default
                spec:
                  ports:
                  - port: 9080
                    name: http
                ---
                apiVersion: networking.istio.io/v1
                kind: DestinationRule
                metadata:
                  name: reviews
                  namespace: default
                spec:
                  host: reviews
                  trafficPolicy:
                    loadBalancer:
                      simple: LEAST_REQUEST
                """)
public final class DrHostNotFound implements Rule {

    @Override
    public void check(LintContext context, Reporter reporter) {
        ServiceRegistry registry = ServiceRegistry.of(context);
        for (Manifest dr : MeshFacts.istio(context, "DestinationRule")) {
            Field host = Fields.at(dr, "spec.host");
            if (host.present() && !host.text().startsWith("*") && !registry.knows(MeshFacts.fqdn(host.text(), MeshFacts.namespace(dr)))) {
                reporter.report(dr, host.path(), "host " + host.text() + " is no Service or ServiceEntry host");
            }
        }
    }
}
