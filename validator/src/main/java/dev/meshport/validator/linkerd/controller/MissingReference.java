package dev.meshport.validator.linkerd.controller;

import dev.meshport.model.FieldPath;
import dev.meshport.model.Manifest;
import dev.meshport.model.ManifestSet;
import dev.meshport.model.Severity;
import dev.meshport.validator.LintContext;
import dev.meshport.validator.Reporter;
import dev.meshport.validator.Rule;
import dev.meshport.validator.RuleMeta;
import dev.meshport.validator.linkerd.support.LinkerdInputs;
import dev.meshport.validator.linkerd.support.LinkerdRoutes;
import dev.meshport.validator.linkerd.support.Ref;
import dev.meshport.validator.linkerd.support.Trees;
import java.util.List;

@RuleMeta(
        id = "linkerd-missing-reference",
        severity = Severity.ERROR,
        summary = "A policy or route refers to a Server, route or authentication that does not exist",
        mesh = "linkerd",
        kinds = {"AuthorizationPolicy", "ServerAuthorization", "HTTPLocalRateLimitPolicy", "HTTPRoute", "GRPCRoute",
                "TLSRoute", "TCPRoute"},
        equivalents = {"policy controller: AuthorizationPolicy dropped (missing authentication)",
                "policy controller status: NoMatchingTarget, NoMatchingParent"},
        docs = """
                Linkerd admits references to resources that do not exist and then ignores them silently:

                - an AuthorizationPolicy whose `targetRef` Server, HTTPRoute or GRPCRoute is missing protects
                  nothing; one whose `requiredAuthenticationRefs` name a missing MeshTLSAuthentication or
                  NetworkAuthentication is dropped (only a log line says so), so its clients are denied;
                - a ServerAuthorization's `server.name`, an HTTPLocalRateLimitPolicy's `targetRef` (status
                  NoMatchingTarget), a route's Server or EgressNetwork parent (NoMatchingParent).

                **When it fires.** A linter sees only its inputs, so a reference is judged missing only where the
                inputs evidently hold that kind in that namespace: the referenced namespace has at least one resource
                of the referenced kind in the inputs (a typo next to the right names), or the run has
                `--assume-complete`, which declares that the inputs hold everything. Source:
                `policy-controller/k8s/index/src/inbound/index.rs`, `k8s/status/src/index.rs`.
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
                ---
                apiVersion: policy.linkerd.io/v1alpha1
                kind: AuthorizationPolicy
                metadata:
                  name: web-from-ingress
                  namespace: emojivoto
                spec:
                  targetRef:
                    group: policy.linkerd.io
                    kind: Server
                    name: web-https
                #   ^ linkerd-missing-reference
                  requiredAuthenticationRefs:
                    - group: policy.linkerd.io
                      kind: MeshTLSAuthentication
                      name: ingress
                #     ^ linkerd-missing-reference
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
                ---
                apiVersion: policy.linkerd.io/v1alpha1
                kind: MeshTLSAuthentication
                metadata:
                  name: ingress
                  namespace: emojivoto
                spec:
                  identities: ["*.ingress.serviceaccount.identity.linkerd.cluster.local"]
                ---
                apiVersion: policy.linkerd.io/v1alpha1
                kind: AuthorizationPolicy
                metadata:
                  name: web-from-ingress
                  namespace: emojivoto
                spec:
                  targetRef:
                    group: policy.linkerd.io
                    kind: Server
                    name: web-http
                  requiredAuthenticationRefs:
                    - group: policy.linkerd.io
                      kind: MeshTLSAuthentication
                      name: ingress
                """)
public final class MissingReference implements Rule {

    private static final List<String[]> REFERABLE = List.of(
            new String[] {Ref.POLICY, "Server"}, new String[] {Ref.POLICY, "HTTPRoute"},
            new String[] {Ref.GATEWAY, "HTTPRoute"}, new String[] {Ref.GATEWAY, "GRPCRoute"},
            new String[] {Ref.POLICY, "MeshTLSAuthentication"}, new String[] {Ref.POLICY, "NetworkAuthentication"},
            new String[] {Ref.POLICY, "EgressNetwork"});

    @Override
    public void check(LintContext context, Reporter reporter) {
        ManifestSet set = context.manifests();
        boolean complete = context.options().assumeComplete();
        for (Manifest m : LinkerdInputs.of(set, Ref.POLICY, "AuthorizationPolicy")) {
            Trees.At spec = new Trees.At(FieldPath.ROOT, m.tree()).key("spec");
            if (spec.key("targetRef").has("kind")) {
                check(set, complete, m, Ref.read(spec.key("targetRef"), "", null), "target", reporter);
            }
            for (Trees.At at : spec.items("requiredAuthenticationRefs")) {
                if (at.has("kind")) {
                    check(set, complete, m, Ref.read(at, "", null), "required authentication", reporter);
                }
            }
        }
        for (Manifest m : LinkerdInputs.of(set, Ref.POLICY, "HTTPLocalRateLimitPolicy")) {
            Trees.At target = new Trees.At(FieldPath.ROOT, m.tree()).key("spec").key("targetRef");
            if (target.has("kind")) {
                check(set, complete, m, Ref.read(target, "", null), "target", reporter);
            }
        }
        for (Manifest m : LinkerdInputs.of(set, Ref.POLICY, "ServerAuthorization")) {
            Trees.At server = new Trees.At(FieldPath.ROOT, m.tree()).key("spec").key("server");
            if (server.text("name") != null) {
                Ref ref = new Ref(Ref.POLICY, "Server", server.text("name"), null, null, server.path(), true, true);
                check(set, complete, m, ref, "server", reporter);
            }
        }
        for (Manifest m : LinkerdRoutes.admitted(set, "HTTPRoute", "GRPCRoute", "TLSRoute", "TCPRoute")) {
            for (Ref parent : LinkerdRoutes.parents(m)) {
                if (parent.is(Ref.POLICY, "Server") || parent.is(Ref.POLICY, "EgressNetwork")) {
                    check(set, complete, m, parent, "parent", reporter);
                }
            }
        }
    }

    private static void check(ManifestSet set, boolean complete, Manifest from, Ref ref, String role, Reporter reporter) {
        if (ref.name() == null) {
            return;
        }
        for (String[] groupKind : REFERABLE) {
            if (!ref.is(groupKind[0], groupKind[1])) {
                continue;
            }
            String namespace = ref.namespaceOr(LinkerdInputs.namespace(from));
            List<Manifest> candidates = set.filter(m -> m.kind().equals(groupKind[1])
                    && m.id().group().equals(groupKind[0]) && LinkerdInputs.namespace(m).equals(namespace));
            boolean judged = complete || !candidates.isEmpty();
            // Linkerd compares names case-insensitively (policy-controller/k8s/api/src/policy/target_ref.rs).
            boolean found = candidates.stream().anyMatch(m -> ref.name().equalsIgnoreCase(m.id().name()));
            if (judged && !found) {
                reporter.report(from, ref.path().key("name"), "the " + role + " " + groupKind[1] + " '" + ref.name()
                        + "' does not exist in namespace '" + namespace + "'; Linkerd ignores "
                        + (role.equals("required authentication") ? "this policy" : "the reference"));
            }
            return;
        }
    }
}
