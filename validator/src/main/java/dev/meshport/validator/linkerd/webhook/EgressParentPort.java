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
        id = "linkerd-egress-parent-port",
        severity = Severity.ERROR,
        summary = "A route attached to an EgressNetwork does not set the parentRef's port",
        mesh = "linkerd",
        kinds = {"HTTPRoute", "GRPCRoute", "TLSRoute", "TCPRoute"},
        equivalents = {"policy admission webhook: parentRef to EgressNetwork must set port"},
        docs = """
                A route whose parent is an EgressNetwork applies to one destination port, so Linkerd's webhook
                rejects a `parentRefs[]` entry of kind EgressNetwork without `port`. Write one parentRef per port.
                Source: `policy-controller/runtime/src/admission.rs` (validate_parent_ref).
                """,
        failing = """
                apiVersion: gateway.networking.k8s.io/v1alpha2
                kind: TLSRoute
                metadata:
                  name: openlibrary-covers
                  namespace: booksapp
                spec:
                  hostnames: [covers.openlibrary.org]
                  parentRefs:
                    - group: policy.linkerd.io
                #     ^ linkerd-egress-parent-port
                      kind: EgressNetwork
                      name: internet
                  rules:
                    - backendRefs:
                        - group: policy.linkerd.io
                          kind: EgressNetwork
                          name: internet
                """,
        passing = """
                apiVersion: gateway.networking.k8s.io/v1alpha2
                kind: TLSRoute
                metadata:
                  name: openlibrary-covers
                  namespace: booksapp
                spec:
                  hostnames: [covers.openlibrary.org]
                  parentRefs:
                    - group: policy.linkerd.io
                      kind: EgressNetwork
                      name: internet
                      port: 443
                  rules:
                    - backendRefs:
                        - group: policy.linkerd.io
                          kind: EgressNetwork
                          name: internet
                """)
public final class EgressParentPort implements Rule {

    @Override
    public void check(LintContext context, Reporter reporter) {
        for (Manifest m : LinkerdRoutes.admitted(context.manifests(), "HTTPRoute", "GRPCRoute", "TLSRoute", "TCPRoute")) {
            for (Ref parent : LinkerdRoutes.parents(m)) {
                if (parent.is(Ref.POLICY, "EgressNetwork") && parent.port() == null) {
                    reporter.report(m, parent.path(), "a parentRef to the EgressNetwork '" + parent.name()
                            + "' must set 'port'");
                }
            }
        }
    }
}
