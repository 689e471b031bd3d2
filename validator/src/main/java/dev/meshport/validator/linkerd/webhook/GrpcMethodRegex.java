package dev.meshport.validator.linkerd.webhook;

import dev.meshport.model.Manifest;
import dev.meshport.model.Severity;
import dev.meshport.validator.LintContext;
import dev.meshport.validator.Reporter;
import dev.meshport.validator.Rule;
import dev.meshport.validator.RuleMeta;
import dev.meshport.validator.linkerd.support.LinkerdRoutes;
import dev.meshport.validator.linkerd.support.Trees;

@RuleMeta(
        id = "linkerd-grpc-method-regex",
        severity = Severity.ERROR,
        summary = "A GRPCRoute matches its method with a regular expression, which Linkerd does not support",
        mesh = "linkerd",
        kinds = {"GRPCRoute"},
        equivalents = {"policy admission webhook: unsupported GRPCRoute method match type"},
        docs = """
                Linkerd matches gRPC methods exactly: its webhook rejects a GRPCRoute whose `matches[].method.type` is
                `RegularExpression`. List the methods as separate `Exact` matches, or leave out `method` to match
                every method of `service`. Checked where the inputs use Linkerd. Source:
                `policy-controller/k8s/index/src/routes/grpc.rs`.
                """,
        failing = """
                apiVersion: gateway.networking.k8s.io/v1
                kind: GRPCRoute
                metadata:
                  name: voting-svc-doughnut
                  namespace: emojivoto
                  annotations:
                    retry.linkerd.io/grpc: unavailable
                spec:
                  parentRefs:
                    - {group: core, kind: Service, name: voting-svc, port: 8080}
                  rules:
                    - matches:
                        - method:
                            type: RegularExpression
                #           ^ linkerd-grpc-method-regex
                            service: emojivoto.v1.VotingService
                            method: Vote.*
                """,
        passing = """
                apiVersion: gateway.networking.k8s.io/v1
                kind: GRPCRoute
                metadata:
                  name: voting-svc-doughnut
                  namespace: emojivoto
                  annotations:
                    retry.linkerd.io/grpc: unavailable
                spec:
                  parentRefs:
                    - {group: core, kind: Service, name: voting-svc, port: 8080}
                  rules:
                    - matches:
                        - method:
                            type: Exact
                            service: emojivoto.v1.VotingService
                            method: VoteDoughnut
                """)
public final class GrpcMethodRegex implements Rule {

    @Override
    public void check(LintContext context, Reporter reporter) {
        for (Manifest m : LinkerdRoutes.admitted(context.manifests(), "GRPCRoute")) {
            for (Trees.At method : Trees.each(m.tree(), "spec.rules[*].matches[*].method")) {
                if ("RegularExpression".equals(method.text("type"))) {
                    reporter.report(m, method.path().key("type"),
                            "Linkerd does not support RegularExpression method matches in a GRPCRoute");
                }
            }
        }
    }
}
