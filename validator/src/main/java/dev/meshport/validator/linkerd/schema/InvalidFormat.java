package dev.meshport.validator.linkerd.schema;

import com.fasterxml.jackson.databind.JsonNode;
import dev.meshport.model.Severity;
import dev.meshport.validator.LintContext;
import dev.meshport.validator.Reporter;
import dev.meshport.validator.Rule;
import dev.meshport.validator.RuleMeta;
import dev.meshport.validator.linkerd.support.LinkerdSchema;
import dev.meshport.validator.linkerd.support.Trees;

@RuleMeta(
        id = "linkerd-invalid-format",
        severity = Severity.ERROR,
        summary = "A Linkerd field or a route field Linkerd reads breaks its pattern, length, range or list size",
        mesh = "linkerd",
        kinds = {"Server", "ServerAuthorization", "AuthorizationPolicy", "MeshTLSAuthentication", "HTTPRoute",
                "GRPCRoute", "TLSRoute", "TCPRoute", "HTTPLocalRateLimitPolicy", "ExternalWorkload"},
        equivalents = {"API server CRD validation (pattern, maxLength, minimum/maximum, maxItems)"},
        docs = """
                The value does not fit the CRD's constraints: a Server `port` outside 1..65535, a ServerAuthorization
                `server.name` or a ServiceAccount name that is not a DNS-1123 label, a ServerAuthorization identity
                that is not `*` or dotted DNS labels, a parentRef `kind` that is not a kind name, a `namespace` that is
                not a DNS-1123 label, a hostname with upper-case letters, a header name with a space or a colon, a
                backend `weight` over 1,000,000, more than 16 rules or 8 matches, more than two `workloadIPs`, an empty
                `identities` list. The API server rejects the resource. Source: the Linkerd CRDs
                (`charts/linkerd-crds/templates/**`) and the Gateway API v1.2.1 route CRDs; Gateway API routes are
                checked only where the inputs use Linkerd.
                """,
        failing = """
                apiVersion: policy.linkerd.io/v1beta1
                kind: ServerAuthorization
                metadata:
                  name: web-from-ingress
                  namespace: emojivoto
                spec:
                  server:
                    name: Web_HTTP
                #   ^ linkerd-invalid-format
                  client:
                    meshTLS:
                      serviceAccounts:
                        - name: ingress-nginx
                          namespace: Ingress
                #         ^ linkerd-invalid-format
                """,
        passing = """
                apiVersion: policy.linkerd.io/v1beta1
                kind: ServerAuthorization
                metadata:
                  name: web-from-ingress
                  namespace: emojivoto
                spec:
                  server:
                    name: web-http
                  client:
                    meshTLS:
                      serviceAccounts:
                        - name: ingress-nginx
                          namespace: ingress
                """)
public final class InvalidFormat implements Rule {

    @Override
    public void check(LintContext context, Reporter reporter) {
        SchemaCheck.run(context, LinkerdSchema.Format.class, (m, c) -> {
            for (Trees.At at : Trees.each(m.tree(), c.path())) {
                if (!at.node().isTextual()) {
                    continue;
                }
                String v = at.node().asText();
                if (v.length() < c.minLength() || v.length() > c.maxLength()) {
                    reporter.report(m, at.path(), "'" + at.path() + "' must be " + c.minLength() + " to "
                            + c.maxLength() + " characters long; it has " + v.length());
                } else if (!c.regex().matcher(v).matches()) {
                    reporter.report(m, at.path(), "'" + v + "' is not " + c.what() + " ('" + at.path() + "')");
                }
            }
        });
        SchemaCheck.run(context, LinkerdSchema.Range.class, (m, c) -> {
            for (Trees.At at : Trees.each(m.tree(), c.path())) {
                JsonNode n = at.node();
                if (n.isIntegralNumber() && (n.asLong() < c.min() || n.asLong() > c.max())) {
                    reporter.report(m, at.path(), "'" + at.path() + "' must be in " + c.min() + ".." + c.max()
                            + "; it is " + n.asLong());
                }
            }
        });
        SchemaCheck.run(context, LinkerdSchema.MaxItems.class, (m, c) -> {
            for (Trees.At at : Trees.each(m.tree(), c.path())) {
                int n = at.node().size();
                if (at.node().isArray() && (n < c.min() || n > c.max())) {
                    String bound = n < c.min() ? "at least " + c.min() : "at most " + c.max();
                    reporter.report(m, at.path(), "'" + at.path() + "' must have " + bound + " items; it has " + n);
                }
            }
        });
    }
}
