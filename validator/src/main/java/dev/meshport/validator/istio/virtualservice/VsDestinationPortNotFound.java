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

/** Istio pkg/config/analysis/analyzers/virtualservice/destinationhosts.go checkServiceEntryPorts (IST0101 "host:port"). */
@RuleMeta(
        id = "istio-vs-destination-port-not-found",
        severity = Severity.ERROR,
        summary = "A destination names a port that its Service or ServiceEntry does not expose",
        mesh = "istio",
        kinds = {"VirtualService", "Service", "ServiceEntry"},
        equivalents = {"IST0101"},
        docs = """
                The destination's `port.number` must be a port of the Service (its `port`, not its `targetPort`) or
                of the ServiceEntry. Otherwise Envoy has no cluster for it and requests fail with 503. The rule
                reports only when the Service or ServiceEntry is among the inputs.
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
                    targetPort: 8080
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
                          number: 8080
                #         ^ istio-vs-destination-port-not-found
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
                    targetPort: 8080
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
public final class VsDestinationPortNotFound implements Rule {

    @Override
    public void check(LintContext context, Reporter reporter) {
        ServiceRegistry registry = ServiceRegistry.of(context);
        for (Manifest vs : MeshFacts.istio(context, "VirtualService")) {
            for (Field destination : Routes.destinations(vs)) {
                Field number = destination.key("port").key("number");
                if (!number.present()) {
                    continue;
                }
                String host = MeshFacts.fqdn(destination.key("host").text(), MeshFacts.namespace(vs));
                Optional<List<Long>> ports = registry.ports(host);
                if (ports.isPresent() && !ports.get().contains(number.value().asLong())) {
                    reporter.report(vs, number.path(), host + " has no port " + number.text() + " (its ports: " + ports.get() + ")");
                }
            }
        }
    }
}
