package dev.meshport.validator.istio.security;

import dev.meshport.model.Manifest;
import dev.meshport.model.Severity;
import dev.meshport.validator.LintContext;
import dev.meshport.validator.Reporter;
import dev.meshport.validator.Rule;
import dev.meshport.validator.RuleMeta;
import dev.meshport.validator.istio.Fields;
import dev.meshport.validator.istio.Fields.Field;
import dev.meshport.validator.istio.MeshFacts;

/** Istio pkg/config/validation/validation.go ValidatePeerAuthentication. */
@RuleMeta(
        id = "istio-pa-invalid-port-level-mtls",
        severity = Severity.ERROR,
        summary = "portLevelMtls on a PeerAuthentication without selector, empty, or on an invalid port",
        mesh = "istio",
        kinds = {"PeerAuthentication"},
        equivalents = {"IST0106"},
        docs = """
                Port-level mTLS names ports of the selected workloads, so Istio rejects it on a mesh-wide or
                namespace-wide PeerAuthentication (no `selector.matchLabels`): "mesh/namespace peer authentication
                cannot have port level mTLS". It also rejects an empty `portLevelMtls` and ports outside 1–65535.
                Add a selector, or move the port exception to a workload-specific PeerAuthentication.
                """,
        failing = """
                apiVersion: security.istio.io/v1
                kind: PeerAuthentication
                metadata:
                  name: default
                  namespace: shop
                spec:
                  mtls:
                    mode: STRICT
                  portLevelMtls:
                # ^ istio-pa-invalid-port-level-mtls
                    8080:
                      mode: PERMISSIVE
                """,
        passing = """
                apiVersion: security.istio.io/v1
                kind: PeerAuthentication
                metadata:
                  name: web
                  namespace: shop
                spec:
                  selector:
                    matchLabels:
                      app: web
                  mtls:
                    mode: STRICT
                  portLevelMtls:
                    8080:
                      mode: PERMISSIVE
                """)
public final class PaPortLevelMtls implements Rule {

    @Override
    public void check(LintContext context, Reporter reporter) {
        for (Manifest pa : MeshFacts.istio(context, "PeerAuthentication")) {
            Field ports = Fields.at(pa, "spec.portLevelMtls");
            if (!ports.present()) {
                continue;
            }
            if (Fields.at(pa, "spec.selector.matchLabels").value().size() == 0) {
                reporter.report(pa, ports.path(), "mesh/namespace peer authentication cannot have port level mTLS");
            }
            if (ports.value().size() == 0) {
                reporter.report(pa, ports.path(), "port level mTLS, if defined, must have at least one element");
            }
            for (Field port : Fields.each(pa, "spec.portLevelMtls.*")) {
                String p = port.name();
                if (!p.matches("\\d{1,5}") || Integer.parseInt(p) < 1 || Integer.parseInt(p) > 65535) {
                    reporter.report(pa, port.path(), "port " + p + " must be in range 1..65535");
                }
            }
        }
    }
}
