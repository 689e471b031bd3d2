package dev.meshport.validator.linkerd.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import dev.meshport.model.FieldPath;
import dev.meshport.model.Manifest;
import dev.meshport.model.Severity;
import dev.meshport.validator.LintContext;
import dev.meshport.validator.Reporter;
import dev.meshport.validator.Rule;
import dev.meshport.validator.RuleMeta;
import dev.meshport.validator.linkerd.support.LinkerdInputs;
import dev.meshport.validator.linkerd.support.Ref;
import dev.meshport.validator.linkerd.support.Trees;

@RuleMeta(
        id = "linkerd-rate-limit-policy",
        severity = Severity.ERROR,
        summary = "An HTTPLocalRateLimitPolicy targets something other than a Server, or has limits the webhook rejects",
        mesh = "linkerd",
        kinds = {"HTTPLocalRateLimitPolicy"},
        equivalents = {"policy admission webhook (HTTPLocalRateLimitPolicy)"},
        docs = """
                Linkerd's webhook rejects an HTTPLocalRateLimitPolicy when:

                - `targetRef` is not a `Server` of `policy.linkerd.io` (a missing group means the core group);
                - `total.requestsPerSecond`, `identity.requestsPerSecond` or an override's `requestsPerSecond` is not
                  greater than zero;
                - `identity` or an override allows more than `total`;
                - an override's `clientRefs[]` is not a ServiceAccount.

                Source: `policy-controller/runtime/src/admission.rs` (HTTPLocalRateLimitPolicy).
                """,
        failing = """
                apiVersion: policy.linkerd.io/v1alpha1
                kind: HTTPLocalRateLimitPolicy
                metadata:
                  name: authors-rate-limit
                  namespace: booksapp
                spec:
                  targetRef:
                    group: policy.linkerd.io
                    kind: Server
                    name: authors-http
                  total:
                    requestsPerSecond: 100
                  identity:
                    requestsPerSecond: 200
                #   ^ linkerd-rate-limit-policy
                  overrides:
                    - requestsPerSecond: 0
                #     ^ linkerd-rate-limit-policy
                      clientRefs:
                        - kind: Deployment
                #         ^ linkerd-rate-limit-policy
                          name: webapp
                """,
        passing = """
                apiVersion: policy.linkerd.io/v1alpha1
                kind: HTTPLocalRateLimitPolicy
                metadata:
                  name: authors-rate-limit
                  namespace: booksapp
                spec:
                  targetRef:
                    group: policy.linkerd.io
                    kind: Server
                    name: authors-http
                  total:
                    requestsPerSecond: 100
                  identity:
                    requestsPerSecond: 20
                  overrides:
                    - requestsPerSecond: 60
                      clientRefs:
                        - kind: ServiceAccount
                          name: webapp
                """)
public final class RateLimitPolicy implements Rule {

    @Override
    public void check(LintContext context, Reporter reporter) {
        for (Manifest m : LinkerdInputs.of(context.manifests(), Ref.POLICY, "HTTPLocalRateLimitPolicy")) {
            Trees.At spec = new Trees.At(FieldPath.ROOT, m.tree()).key("spec");
            if (spec.key("targetRef").has("kind")) {
                Ref target = Ref.read(spec.key("targetRef"), null, null);
                if (!target.is(Ref.POLICY, "Server")) {
                    String hint = target.kind().equalsIgnoreCase("Server") ? "; set 'group: policy.linkerd.io'" : "";
                    reporter.report(m, target.path().key("kind"), "an HTTPLocalRateLimitPolicy must target a Server, not "
                            + target.display() + hint);
                }
            }
            JsonNode totalNode = spec.node().path("total").path("requestsPerSecond");
            Long total = totalNode.isIntegralNumber() ? totalNode.asLong() : null;
            limit(m, spec.key("total"), null, reporter);
            limit(m, spec.key("identity"), total, reporter);
            for (Trees.At o : spec.items("overrides")) {
                limit(m, o, total, reporter);
                for (Trees.At c : o.items("clientRefs")) {
                    if (c.has("kind") && !Ref.read(c, null, null).is("", "ServiceAccount")) {
                        reporter.report(m, c.path().key("kind"), "override clientRefs must be ServiceAccounts, not "
                                + c.text("kind"));
                    }
                }
            }
        }
    }

    private static void limit(Manifest m, Trees.At at, Long total, Reporter reporter) {
        JsonNode rps = at.node().path("requestsPerSecond");
        if (!rps.isIntegralNumber()) {
            return;
        }
        FieldPath where = at.path().key("requestsPerSecond");
        if (rps.asLong() <= 0) {
            reporter.report(m, where, "requestsPerSecond must be greater than zero");
        } else if (total != null && total > 0 && rps.asLong() > total) {
            reporter.report(m, where, "this limit (" + rps.asLong() + " requests per second) exceeds the total ("
                    + total + ")");
        }
    }
}
