package dev.meshport.validator.linkerd.webhook;

import dev.meshport.model.Manifest;
import dev.meshport.model.Severity;
import dev.meshport.validator.LintContext;
import dev.meshport.validator.Reporter;
import dev.meshport.validator.Rule;
import dev.meshport.validator.RuleMeta;
import dev.meshport.validator.linkerd.support.LinkerdRoutes;
import dev.meshport.validator.linkerd.support.Ref;

@RuleMeta(
        id = "linkerd-backend-service-port",
        severity = Severity.ERROR,
        summary = "A Gateway API route sends to a Service backend without a port",
        mesh = "linkerd",
        kinds = {"HTTPRoute", "GRPCRoute"},
        equivalents = {"policy admission webhook: cannot reference a Service without a port"},
        docs = """
                A `backendRefs[]` entry of kind Service (the default kind; core group) must set `port`: Linkerd's
                webhook rejects a Gateway API HTTPRoute or GRPCRoute whose Service backend has none ("cannot
                reference a Service without a port"). Checked where the inputs use Linkerd. Source:
                `policy-controller/runtime/src/admission.rs` (validate_backend_refs).
                """,
        failing = """
                apiVersion: v1
                kind: Namespace
                metadata:
                  name: emojivoto
                  annotations:
                    linkerd.io/inject: enabled
                ---
                apiVersion: gateway.networking.k8s.io/v1
                kind: HTTPRoute
                metadata:
                  name: web-svc
                  namespace: emojivoto
                spec:
                  parentRefs:
                    - {group: core, kind: Service, name: web-svc, port: 80}
                  rules:
                    - backendRefs:
                        - name: web-svc-canary
                #         ^ linkerd-backend-service-port
                """,
        passing = """
                apiVersion: v1
                kind: Namespace
                metadata:
                  name: emojivoto
                  annotations:
                    linkerd.io/inject: enabled
                ---
                apiVersion: gateway.networking.k8s.io/v1
                kind: HTTPRoute
                metadata:
                  name: web-svc
                  namespace: emojivoto
                spec:
                  parentRefs:
                    - {group: core, kind: Service, name: web-svc, port: 80}
                  rules:
                    - backendRefs:
                        - name: web-svc-canary
                          port: 80
                """)
public final class BackendServicePort implements Rule {

    @Override
    public void check(LintContext context, Reporter reporter) {
        for (Manifest m : LinkerdRoutes.admitted(context.manifests(), "HTTPRoute", "GRPCRoute")) {
            if (!m.id().group().equals(Ref.GATEWAY)) {
                continue;
            }
            for (Ref backend : LinkerdRoutes.backends(m)) {
                if (backend.is("", "Service") && (backend.port() == null || backend.port() == 0)) {
                    reporter.report(m, backend.path().key("name"), "the Service backend '" + backend.name()
                            + "' must set 'port'");
                }
            }
        }
    }
}
