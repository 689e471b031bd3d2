package dev.meshport.validator.linkerd.schema;

import dev.meshport.model.Severity;
import dev.meshport.validator.LintContext;
import dev.meshport.validator.Reporter;
import dev.meshport.validator.Rule;
import dev.meshport.validator.RuleMeta;
import dev.meshport.validator.linkerd.support.LinkerdSchema;
import dev.meshport.validator.linkerd.support.Trees;

@RuleMeta(
        id = "linkerd-field-not-in-version",
        severity = Severity.ERROR,
        summary = "A Linkerd resource uses a field that its apiVersion does not have, so the API server drops it",
        mesh = "linkerd",
        kinds = {"Server", "HTTPRoute"},
        equivalents = {"API server structural pruning of unknown fields"},
        docs = """
                The model reads every served version of a kind with one class, so `unknown-field` accepts a field of
                any version. The API server prunes a field that the written version's schema lacks, silently:

                - Server `accessPolicy` exists only in `v1beta3`: written in `v1beta2` or older it is dropped and the
                  Server keeps its default, `deny`;
                - Server `externalWorkloadSelector` needs `v1beta2` or later;
                - a `policy.linkerd.io` HTTPRoute's `rules[].timeouts` needs `v1beta3`, and its backendRefs'
                  `group`, `kind` and `weight` need `v1beta2` (an older route loses its traffic split).

                Raise the apiVersion. Source: the served versions in `charts/linkerd-crds/templates/policy/
                {server,httproute}.yaml`.
                """,
        failing = """
                apiVersion: policy.linkerd.io/v1beta2
                kind: Server
                metadata:
                  name: web-http
                  namespace: emojivoto
                spec:
                  podSelector:
                    matchLabels: {app: web-svc}
                  port: http
                  accessPolicy: all-unauthenticated
                # ^ linkerd-field-not-in-version
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
                  accessPolicy: all-unauthenticated
                """)
public final class FieldNotServed implements Rule {

    @Override
    public void check(LintContext context, Reporter reporter) {
        SchemaCheck.run(context, LinkerdSchema.NotServed.class, (m, c) -> {
            for (Trees.At at : Trees.each(m.tree(), c.path())) {
                reporter.report(m, at.path(), "'" + at.path() + "' does not exist in " + m.id().apiVersion()
                        + ": the API server drops it; use " + m.id().group() + "/" + c.since() + " or later");
            }
        });
    }
}
