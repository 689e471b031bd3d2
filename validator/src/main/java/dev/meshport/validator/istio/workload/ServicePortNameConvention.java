package dev.meshport.validator.istio.workload;

import dev.meshport.model.Manifest;
import dev.meshport.model.Severity;
import dev.meshport.model.kinds.Mesh;
import dev.meshport.validator.LintContext;
import dev.meshport.validator.Reporter;
import dev.meshport.validator.Rule;
import dev.meshport.validator.RuleMeta;
import dev.meshport.validator.istio.Fields;
import dev.meshport.validator.istio.MeshFacts;
import dev.meshport.validator.istio.Fields.Field;

/**
 * Istio pkg/config/analysis/analyzers/service/portname.go (IST0118 PortNameIsNotUnderNamingConvention); Services
 * that Istio manages for Gateway API gateways are skipped, ExternalName ones are istio-external-name-service-port's.
 */
@RuleMeta(
        id = "istio-service-port-name",
        severity = Severity.INFO,
        summary = "A Service port has neither appProtocol nor a <protocol>[-suffix] name, so Istio sniffs its protocol",
        mesh = "istio",
        kinds = {"Service"},
        equivalents = {"IST0118"},
        docs = """
                Istio picks a port's protocol from `appProtocol`, else from a name of the form `<protocol>[-suffix]`
                (`http`, `grpc-api`, `tcp-db`). Otherwise it sniffs the protocol from the first bytes, which adds
                latency and fails for server-first protocols (MySQL, SMTP). Name the port or set `appProtocol`.
                Reported only where Istio manages the namespace: the inputs hold an Istio resource there or in
                istio-system, or the Namespace has an Istio injection or dataplane label.
                """,
        failing = """
                apiVersion: v1
                kind: Namespace
                metadata:
                  name: default
                  labels:
                    istio-injection: enabled
                ---
                apiVersion: v1
                kind: Service
                metadata:
                  name: reviews
                spec:
                  ports:
                  - port: 9080
                    name: web
                #   ^ istio-service-port-name
                """,
        passing = """
                apiVersion: v1
                kind: Service
                metadata:
                  name: reviews
                spec:
                  ports:
                  - port: 9080
                    name: http-web
                  - port: 9443
                    name: api
                    appProtocol: https
                """)
public final class ServicePortNameConvention implements Rule {

    @Override
    public void check(LintContext context, Reporter reporter) {
        for (Manifest s : context.manifests().ofKind(Mesh.KUBERNETES, "Service")) {
            if (!MeshFacts.istioManages(context, s)) {
                continue;
            }
            if (Fields.at(s, "spec.type").text().equals("ExternalName") || PortProtocols.gatewayManaged(s)) {
                continue;
            }
            for (Field port : Fields.each(s, "spec.ports[*]")) {
                String name = port.key("name").text();
                if (!PortProtocols.declared(port)) {
                    reporter.report(s, port.key("name").present() ? port.key("name").path() : port.path(),
                            "port " + port.key("port").text() + (name.isEmpty() ? " has no name" : " name " + name
                                    + " does not start with a protocol") + "; Istio will sniff the protocol");
                }
            }
        }
    }
}
