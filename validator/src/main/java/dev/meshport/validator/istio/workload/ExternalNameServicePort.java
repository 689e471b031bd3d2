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

/** Istio pkg/config/analysis/analyzers/service/portname.go (IST0150 ExternalNameServiceTypeInvalidPortName). */
@RuleMeta(
        id = "istio-external-name-service-port",
        severity = Severity.WARNING,
        summary = "An ExternalName Service port is named tcp or has no protocol name",
        mesh = "istio",
        kinds = {"Service"},
        equivalents = {"IST0150"},
        docs = """
                For an ExternalName Service the sidecar cannot sniff the protocol, and a port named `tcp` or without
                a protocol prefix is treated as plain TCP to the external name, which the proxy may not forward.
                Name the port after its protocol (`http`, `https`, `tls-...`) or set `appProtocol`.
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
                  name: payments
                spec:
                  type: ExternalName
                  externalName: payments.example.com
                  ports:
                  - port: 443
                    name: tcp
                #   ^ istio-external-name-service-port
                """,
        passing = """
                apiVersion: v1
                kind: Service
                metadata:
                  name: payments
                spec:
                  type: ExternalName
                  externalName: payments.example.com
                  ports:
                  - port: 443
                    name: tls
                """)
public final class ExternalNameServicePort implements Rule {

    @Override
    public void check(LintContext context, Reporter reporter) {
        for (Manifest s : context.manifests().ofKind(Mesh.KUBERNETES, "Service")) {
            if (!MeshFacts.istioManages(context, s)) {
                continue;
            }
            if (!Fields.at(s, "spec.type").text().equals("ExternalName") || PortProtocols.gatewayManaged(s)) {
                continue;
            }
            for (Field port : Fields.each(s, "spec.ports[*]")) {
                if (!PortProtocols.declared(port) || port.key("name").text().equals("tcp")) {
                    reporter.report(s, port.key("name").present() ? port.key("name").path() : port.path(),
                            "port " + port.key("port").text() + " of an ExternalName Service needs a protocol name other than tcp");
                }
            }
        }
    }
}
