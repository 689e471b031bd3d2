package dev.meshport.validator.istio.virtualservice;

import dev.meshport.model.Manifest;
import dev.meshport.model.Severity;
import dev.meshport.validator.LintContext;
import dev.meshport.validator.Reporter;
import dev.meshport.validator.Rule;
import dev.meshport.validator.RuleMeta;
import dev.meshport.validator.istio.Fields.Field;
import dev.meshport.validator.istio.MeshFacts;
import dev.meshport.validator.istio.Routes;
import dev.meshport.validator.istio.ServiceRegistry;

/** Istio pkg/config/analysis/analyzers/virtualservice/destinationhosts.go (IST0101 host); Kiali NoHostChecker. */
@RuleMeta(
        id = "istio-vs-destination-host-not-found",
        severity = Severity.ERROR,
        summary = "A route or mirror destination host is no Service or ServiceEntry of the inputs",
        mesh = "istio",
        kinds = {"VirtualService", "Service", "ServiceEntry"},
        equivalents = {"IST0101", "KIA1101"},
        needsCompleteInputs = true,
        docs = """
                The destination `host` matches no Kubernetes Service and no ServiceEntry host, so Envoy has no
                cluster for it and requests get 503 (NR). A short name (`reviews`) means a Service in the
                VirtualService's namespace. Runs only with `--assume-complete`, when the inputs hold every Service
                and ServiceEntry of the mesh.
                """,
        failing = """
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
                kind: VirtualService
                metadata:
                  name: reviews
                  namespace: default
                spec:
                  hosts: [reviews]
                  http:
                  - route:
                    - destination:
                        host: reviewz
                #       ^ istio-vs-destination-host-not-found
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
                kind: VirtualService
                metadata:
                  name: reviews
                  namespace: default
                spec:
                  hosts: [reviews]
                  http:
                  - route:
                    - destination:
                        host: reviews.default.svc.cluster.local
                """)
public final class VsDestinationHostNotFound implements Rule {

    @Override
    public void check(LintContext context, Reporter reporter) {
        ServiceRegistry registry = ServiceRegistry.of(context);
        for (Manifest vs : MeshFacts.istio(context, "VirtualService")) {
            for (Field destination : Routes.destinations(vs)) {
                Field host = destination.key("host");
                if (host.present() && !registry.knows(MeshFacts.fqdn(host.text(), MeshFacts.namespace(vs)))) {
                    reporter.report(vs, host.path(), "host " + host.text() + " is no Service or ServiceEntry host");
                }
            }
        }
    }
}
