package dev.meshport.validator.linkerd.schema;

import dev.meshport.model.Severity;
import dev.meshport.validator.LintContext;
import dev.meshport.validator.Reporter;
import dev.meshport.validator.Rule;
import dev.meshport.validator.RuleMeta;
import dev.meshport.validator.linkerd.support.LinkerdSchema;
import dev.meshport.validator.linkerd.support.Trees;
import java.util.ArrayList;
import java.util.List;

@RuleMeta(
        id = "linkerd-one-of",
        severity = Severity.ERROR,
        summary = "A Linkerd resource sets none or several of the fields of which its CRD wants exactly one",
        mesh = "linkerd",
        kinds = {"Server", "ServerAuthorization", "MeshTLSAuthentication"},
        equivalents = {"API server CRD validation (oneOf)"},
        docs = """
                The CRD's `oneOf` requires exactly one of:

                - Server (v1beta2, v1beta3): `podSelector` or `externalWorkloadSelector`;
                - Server v1alpha1: `podSelector.matchLabels` or `podSelector.matchExpressions`;
                - ServerAuthorization: `server.name` or `server.selector`;
                - MeshTLSAuthentication: `identities` or `identityRefs`.

                The API server rejects a resource with both or neither. To select pods and external workloads, write
                two Servers. Source: `charts/linkerd-crds/templates/policy/{server,server-authorization,
                meshtls-authentication}.yaml`.
                """,
        failing = """
                apiVersion: policy.linkerd.io/v1beta3
                kind: Server
                metadata:
                  name: web-http
                  namespace: emojivoto
                spec:
                # ^@1 linkerd-one-of
                  podSelector:
                    matchLabels: {app: web-svc}
                  externalWorkloadSelector:
                    matchLabels: {app: web-vm}
                  port: 8080
                """,
        passing = """
                apiVersion: policy.linkerd.io/v1beta3
                kind: Server
                metadata:
                  name: web-http
                  namespace: emojivoto
                spec:
                  externalWorkloadSelector:
                    matchLabels: {app: web-vm}
                  port: 8080
                """)
public final class OneOfFields implements Rule {

    @Override
    public void check(LintContext context, Reporter reporter) {
        SchemaCheck.run(context, LinkerdSchema.OneOf.class, (m, c) -> {
            for (Trees.At at : Trees.each(m.tree(), c.parent())) {
                if (!at.node().isObject()) {
                    continue;
                }
                List<String> present = new ArrayList<>();
                for (String k : c.keys()) {
                    if (at.has(k)) {
                        present.add(k);
                    }
                }
                if (present.size() != 1) {
                    reporter.report(m, at.path(), "'" + at.path() + "' must set exactly one of "
                            + String.join(", ", c.keys()) + (present.isEmpty() ? "; it sets none"
                            : "; it sets " + String.join(" and ", present)));
                }
            }
        });
    }
}
