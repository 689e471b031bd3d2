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
import java.util.List;
import java.util.Optional;

/** Istio pkg/config/analysis/analyzers/virtualservice/destinationhosts.go (IST0112 VirtualServiceDestinationPortSelectorRequired). */
@RuleMeta(
        id = "istio-vs-destination-port-required",
        severity = Severity.ERROR,
        summary = "A destination is a Service or ServiceEntry with several ports but names no port",
        mesh = "istio",
        kinds = {"VirtualService", "Service"},
        equivalents = {"IST0112"},
        docs = """
                When the destination host is a Kubernetes Service or a ServiceEntry that exposes more than one port,
                Istio cannot tell which port the route means and the destination needs `port.number`. Add the port.
                The rule reports only when the Service or ServiceEntry is among the inputs.
                """,
        failing = """
                apiVersion: v1
                kind: Service
                metadata:
                  name: reviews
                spec:
                  ports:
                  - port: 9080
                    name: http
                  - port: 9090
                    name: http-metrics
                ---
                apiVersion: networking.istio.io/v1
                kind: VirtualService
                metadata:
                  name: reviews
                spec:
                  hosts: [reviews]
                  http:
                  - route:
                    - destination:
                #     ^ istio-vs-destination-port-required
                        host: reviews
                """,
        passing = """
                apiVersion: v1
                kind: Service
                metadata:
                  name: reviews
                spec:
                  ports:
                  - port: 9080
                    name: http
                  - port: 9090
                    name: http-metrics
                ---
                apiVersion: networking.istio.io/v1
                kind: VirtualService
                metadata:
                  name: reviews
                spec:
                  hosts: [reviews]
                  http:
                  - route:
                    - destination:
                        host: reviews
                        port:
                          number: 9080
                """)
public final class VsDestinationPortRequired implements Rule {

    @Override
    public void check(LintContext context, Reporter reporter) {
        ServiceRegistry registry = ServiceRegistry.of(context);
        for (Manifest vs : MeshFacts.istio(context, "VirtualService")) {
            for (Field destination : Routes.destinations(vs)) {
                if (destination.key("port").present()) {
                    continue;
                }
                String host = MeshFacts.fqdn(destination.key("host").text(), MeshFacts.namespace(vs));
                Optional<List<Long>> ports = registry.ports(host);
                if (ports.isPresent() && ports.get().size() > 1) {
                    reporter.report(vs, destination.path(), host + " has ports " + ports.get()
                            + "; the destination must name port.number");
                }
            }
        }
    }
}
