package dev.meshport.validator.linkerd.schema;

import dev.meshport.model.Severity;
import dev.meshport.validator.LintContext;
import dev.meshport.validator.Reporter;
import dev.meshport.validator.Rule;
import dev.meshport.validator.RuleMeta;
import dev.meshport.validator.linkerd.support.LinkerdSchema;
import dev.meshport.validator.linkerd.support.Trees;

@RuleMeta(
        id = "linkerd-invalid-enum-value",
        severity = Severity.ERROR,
        summary = "A Linkerd field or a route field Linkerd reads has a value outside its enumeration",
        mesh = "linkerd",
        kinds = {"Server", "HTTPRoute", "GRPCRoute", "EgressNetwork", "ServerAuthorization"},
        equivalents = {"API server CRD validation (enum)", "policy admission webhook: Invalid 'accessPolicy' field",
                "policy admission webhook: spec must deserialize (proxyProtocol)"},
        docs = """
                The value is not one the field accepts. The model keeps these fields as strings, so the core rule
                `invalid-field-value` does not see them:

                - Server `accessPolicy`: all-unauthenticated, all-authenticated, cluster-unauthenticated,
                  cluster-authenticated, deny, audit (the webhook answers "Invalid 'accessPolicy' field");
                - Server `proxyProtocol`: unknown, HTTP/1, HTTP/2, gRPC, opaque, TLS (case matters);
                - label selector `operator`: In, NotIn, Exists, DoesNotExist;
                - route match `path.type`, header and query-parameter `type`, `method`; filter `type`; redirect
                  `scheme`, `statusCode` (301 or 302) and `path.type`;
                - EgressNetwork `trafficPolicy`: Allow or Deny.

                A `policy.linkerd.io` HTTPRoute accepts only RequestHeaderModifier and RequestRedirect as rule-level
                filters (its CRD lacks ResponseHeaderModifier there). Gateway API routes are checked only where the
                inputs use Linkerd. Sources: `policy-controller/runtime/src/admission.rs`, the Linkerd CRDs.
                """,
        failing = """
                apiVersion: policy.linkerd.io/v1beta3
                kind: Server
                metadata:
                  name: web-http
                  namespace: emojivoto
                spec:
                  podSelector:
                    matchLabels: {app: web-svc}
                  port: http
                  proxyProtocol: HTTP/1.1
                # ^ linkerd-invalid-enum-value
                  accessPolicy: allow
                # ^ linkerd-invalid-enum-value
                """,
        passing = """
                apiVersion: policy.linkerd.io/v1beta3
                kind: Server
                metadata:
                  name: web-http
                  namespace: emojivoto
                spec:
                  podSelector:
                    matchLabels: {app: web-svc}
                  port: http
                  proxyProtocol: HTTP/1
                  accessPolicy: all-unauthenticated
                """)
public final class InvalidEnumValue implements Rule {

    @Override
    public void check(LintContext context, Reporter reporter) {
        SchemaCheck.run(context, LinkerdSchema.OneOfValues.class, (m, c) -> {
            for (Trees.At at : Trees.each(m.tree(), c.path())) {
                if (at.node().isValueNode() && !c.values().contains(at.node().asText())) {
                    reporter.report(m, at.path(), "'" + at.node().asText() + "' is not a valid value for '" + at.path()
                            + "'; " + c.source() + " accepts " + String.join(", ", c.values()));
                }
            }
        });
    }
}
