package dev.meshport.validator.linkerd.controller;

import dev.meshport.model.CreationOrder;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

@RuleMeta(
        id = "linkerd-rate-limit-conflict",
        severity = Severity.ERROR,
        summary = "A second HTTPLocalRateLimitPolicy targets the same Server and is not applied",
        mesh = "linkerd",
        kinds = {"HTTPLocalRateLimitPolicy"},
        equivalents = {"policy controller status: Accepted=False, RateLimitReasonAlreadyExists"},
        docs = """
                Linkerd applies one HTTPLocalRateLimitPolicy per Server: the oldest by `creationTimestamp`, then by
                name. Every other policy on that Server is admitted but gets `Accepted=False` with reason
                `RateLimitReasonAlreadyExists`, and its limits do nothing. meshport orders the policies as Linkerd does
                (`metadata.creationTimestamp` when written, then the name) and reports all but the first. Merge the
                limits into one policy (use `overrides` for per-client limits). Source:
                `policy-controller/k8s/status/src/index.rs`.
                """,
        failing = """
                apiVersion: policy.linkerd.io/v1alpha1
                kind: HTTPLocalRateLimitPolicy
                metadata:
                  name: authors-rate-limit
                  namespace: booksapp
                spec:
                  targetRef: {group: policy.linkerd.io, kind: Server, name: authors-http}
                  total: {requestsPerSecond: 100}
                ---
                apiVersion: policy.linkerd.io/v1alpha1
                kind: HTTPLocalRateLimitPolicy
                metadata:
                  name: authors-webapp-limit
                  namespace: booksapp
                spec:
                  targetRef: {group: policy.linkerd.io, kind: Server, name: authors-http}
                #                                                     ^ linkerd-rate-limit-conflict
                  identity: {requestsPerSecond: 20}
                """,
        passing = """
                apiVersion: policy.linkerd.io/v1alpha1
                kind: HTTPLocalRateLimitPolicy
                metadata:
                  name: authors-rate-limit
                  namespace: booksapp
                spec:
                  targetRef: {group: policy.linkerd.io, kind: Server, name: authors-http}
                  total: {requestsPerSecond: 100}
                """)
public final class RateLimitConflict implements Rule {

    @Override
    public void check(LintContext context, Reporter reporter) {
        Map<String, List<Manifest>> byServer = new TreeMap<>();
        for (Manifest m : LinkerdInputs.of(context.manifests(), Ref.POLICY, "HTTPLocalRateLimitPolicy")) {
            Trees.At target = new Trees.At(FieldPath.ROOT, m.tree()).key("spec").key("targetRef");
            if (!target.has("kind") || target.text("name") == null) {
                continue;
            }
            Ref ref = Ref.read(target, "", null);
            List<Manifest> policies = byServer.computeIfAbsent(LinkerdInputs.namespace(m) + "/" + ref.name(),
                    k -> new ArrayList<>());
            // A later document with the same name is the same policy applied again, not a second one.
            if (ref.is(Ref.POLICY, "Server") && policies.stream().noneMatch(p -> p.id().equals(m.id()))) {
                policies.add(m);
            }
        }
        for (List<Manifest> policies : byServer.values()) {
            if (policies.isEmpty()) {
                continue;
            }
            policies.sort(CreationOrder.OLDEST_FIRST);
            Manifest winner = policies.get(0);
            for (Manifest loser : policies.subList(1, policies.size())) {
                reporter.report(loser, "spec.targetRef.name", "the Server '" + loser.at(FieldPath.parse("spec.targetRef.name")).asText()
                        + "' already has the rate-limit policy '" + winner.id().name() + "' (" + winner.file() + ":"
                        + winner.position(FieldPath.ROOT).line() + "); this one is not applied");
            }
        }
    }
}
