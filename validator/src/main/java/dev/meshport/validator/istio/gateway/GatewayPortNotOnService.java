package dev.meshport.validator.istio.gateway;

import dev.meshport.model.Manifest;
import dev.meshport.model.Severity;
import dev.meshport.model.kinds.Mesh;
import dev.meshport.validator.LintContext;
import dev.meshport.validator.Reporter;
import dev.meshport.validator.Rule;
import dev.meshport.validator.RuleMeta;
import dev.meshport.validator.istio.Fields;
import dev.meshport.validator.istio.Fields.Field;
import dev.meshport.validator.istio.MeshFacts;
import java.util.List;
import java.util.Map;

/**
 * Istio pkg/config/analysis/analyzers/gateway/gateway.go (IST0162 GatewayPortNotDefinedOnService). The gateway's
 * Services are the Services of the inputs whose selector the Gateway's selector satisfies.
 */
@RuleMeta(
        id = "istio-gateway-port-not-on-service",
        severity = Severity.WARNING,
        summary = "A Gateway server port is not exposed by the Service of its gateway pods",
        mesh = "istio",
        kinds = {"Gateway", "Service"},
        equivalents = {"IST0162"},
        docs = """
                The gateway pods listen on the Gateway's server ports, but clients reach them through the gateway's
                Service: a port that the Service (found in the inputs by its selector) does not expose is
                unreachable from outside. Add the port to the Service or use one it exposes. Silent when no Service
                of the inputs selects the Gateway's pods.
                """,
        failing = """
                apiVersion: v1
                kind: Service
                metadata:
                  name: istio-ingressgateway
                  namespace: istio-system
                spec:
                  selector:
                    istio: ingressgateway
                  ports:
                  - port: 80
                    name: http2
                    targetPort: 8080
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
                      number: 8443
                #     ^ istio-gateway-port-not-on-service
                      name: https
                      protocol: HTTPS
                    hosts: ["*"]
                    tls:
                      mode: SIMPLE
                      credentialName: cert
                """,
        passing = """
                apiVersion: v1
                kind: Service
                metadata:
                  name: istio-ingressgateway
                  namespace: istio-system
                spec:
                  selector:
                    istio: ingressgateway
                  ports:
                  - port: 80
                    name: http2
                    targetPort: 8080
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
public final class GatewayPortNotOnService implements Rule {

    @Override
    public void check(LintContext context, Reporter reporter) {
        List<Manifest> services = context.manifests().ofKind(Mesh.KUBERNETES, "Service");
        for (Manifest gw : MeshFacts.istio(context, "Gateway")) {
            Map<String, String> selector = MeshFacts.labels(Fields.at(gw, "spec.selector").value());
            List<Manifest> fronting = services.stream().filter(s -> {
                Map<String, String> serviceSelector = MeshFacts.labels(Fields.at(s, "spec.selector").value());
                return !serviceSelector.isEmpty() && MeshFacts.selects(serviceSelector, selector);
            }).toList();
            if (fronting.isEmpty()) {
                continue;
            }
            for (Field number : Fields.each(gw, "spec.servers[*].port.number")) {
                long port = number.value().asLong(-1);
                boolean exposed = fronting.stream().anyMatch(s -> Fields.each(s, "spec.ports[*]").stream().anyMatch(
                        p -> p.key("port").value().asLong(-2) == port || p.key("targetPort").value().asLong(-2) == port));
                if (!exposed) {
                    reporter.report(gw, number.path(), "port " + port + " is not exposed by the gateway Service "
                            + fronting.get(0).id().display());
                }
            }
        }
    }
}
