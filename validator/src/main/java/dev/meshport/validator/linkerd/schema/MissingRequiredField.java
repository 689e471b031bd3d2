package dev.meshport.validator.linkerd.schema;

import dev.meshport.model.Severity;
import dev.meshport.validator.LintContext;
import dev.meshport.validator.Reporter;
import dev.meshport.validator.Rule;
import dev.meshport.validator.RuleMeta;
import dev.meshport.validator.linkerd.support.LinkerdSchema;
import dev.meshport.validator.linkerd.support.Trees;

@RuleMeta(
        id = "linkerd-missing-required-field",
        severity = Severity.ERROR,
        summary = "A Linkerd resource or a route Linkerd reads lacks a field its CRD requires",
        mesh = "linkerd",
        kinds = {"Server", "ServerAuthorization", "AuthorizationPolicy", "MeshTLSAuthentication", "NetworkAuthentication",
                "HTTPRoute", "GRPCRoute", "TLSRoute", "TCPRoute", "HTTPLocalRateLimitPolicy", "EgressNetwork",
                "ExternalWorkload", "ServiceProfile", "TrafficSplit"},
        equivalents = {"API server CRD validation (required)", "policy admission webhook: spec must deserialize"},
        docs = """
                The CRD marks the field as required: `port` of a Server, `targetRef` and `requiredAuthenticationRefs`
                of an AuthorizationPolicy (the list may be empty, but it must be written), `cidr` of every network,
                `name` of every parentRef and backendRef, `name` and `value` of a header match, `trafficPolicy` of an
                EgressNetwork, `meshTLS.identity` of an ExternalWorkload, `name` and `condition` of a ServiceProfile
                route. The API server rejects the resource, or Linkerd's webhook fails to read it. Source:
                `charts/linkerd-crds/templates/**` (linkerd2 b24cd405) and the Gateway API v1.2.1 route CRDs.
                """,
        failing = """
                apiVersion: policy.linkerd.io/v1beta3
                kind: Server
                metadata:
                  name: web-http
                  namespace: emojivoto
                spec:
                # ^@1 linkerd-missing-required-field
                  podSelector:
                    matchLabels: {app: web-svc}
                  proxyProtocol: HTTP/1
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
                """)
public final class MissingRequiredField implements Rule {

    @Override
    public void check(LintContext context, Reporter reporter) {
        SchemaCheck.run(context, LinkerdSchema.Required.class, (m, c) -> {
            for (Trees.At at : Trees.each(m.tree(), c.parent())) {
                if (at.node().isObject() && !at.has(c.key())) {
                    String where = at.path().isRoot() ? m.kind() : "'" + at.path() + "'";
                    reporter.report(m, at.path(), where + " must set '" + c.key() + "' (required by the CRD)");
                }
            }
        });
    }
}
