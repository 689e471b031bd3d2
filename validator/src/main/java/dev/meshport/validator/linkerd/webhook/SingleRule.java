package dev.meshport.validator.linkerd.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import dev.meshport.model.FieldPath;
import dev.meshport.model.Manifest;
import dev.meshport.model.Severity;
import dev.meshport.validator.LintContext;
import dev.meshport.validator.Reporter;
import dev.meshport.validator.Rule;
import dev.meshport.validator.RuleMeta;
import dev.meshport.validator.linkerd.support.LinkerdRoutes;

@RuleMeta(
        id = "linkerd-single-rule",
        severity = Severity.ERROR,
        summary = "A TLSRoute or TCPRoute does not have exactly one rule",
        mesh = "linkerd",
        kinds = {"TLSRoute", "TCPRoute"},
        equivalents = {"policy admission webhook: TlsRoute/TcpRoute supports a single rule only"},
        docs = """
                Linkerd's webhook rejects a TLSRoute or TCPRoute with no rule or with more than one ("supports a
                single rule only"). Put every backend of the route in the `backendRefs` of its one rule, or write one
                route per destination. Checked where the inputs use Linkerd. Source:
                `policy-controller/runtime/src/admission.rs`.
                """,
        failing = """
                apiVersion: gateway.networking.k8s.io/v1alpha2
                kind: TCPRoute
                metadata:
                  name: mysql
                  namespace: booksapp
                spec:
                  parentRefs:
                    - {group: policy.linkerd.io, kind: EgressNetwork, name: internet, port: 3306}
                  rules:
                    - backendRefs: [{group: policy.linkerd.io, kind: EgressNetwork, name: internet}]
                    - backendRefs: [{group: policy.linkerd.io, kind: EgressNetwork, name: internet}]
                #     ^ linkerd-single-rule
                """,
        passing = """
                apiVersion: gateway.networking.k8s.io/v1alpha2
                kind: TCPRoute
                metadata:
                  name: mysql
                  namespace: booksapp
                spec:
                  parentRefs:
                    - {group: policy.linkerd.io, kind: EgressNetwork, name: internet, port: 3306}
                  rules:
                    - backendRefs: [{group: policy.linkerd.io, kind: EgressNetwork, name: internet}]
                """)
public final class SingleRule implements Rule {

    @Override
    public void check(LintContext context, Reporter reporter) {
        for (Manifest m : LinkerdRoutes.admitted(context.manifests(), "TLSRoute", "TCPRoute")) {
            FieldPath rules = FieldPath.parse("spec.rules");
            JsonNode list = m.at(rules);
            if (!list.isArray() || list.isEmpty()) {
                reporter.report(m, m.has(rules) ? rules : FieldPath.parse("spec"), "a " + m.kind()
                        + " must have exactly one rule; it has none");
            } else {
                for (int i = 1; i < list.size(); i++) {
                    reporter.report(m, rules.index(i), "a " + m.kind() + " supports a single rule only; "
                            + "move these backendRefs into the first rule");
                }
            }
        }
    }
}
