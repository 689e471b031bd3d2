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

@RuleMeta(
        id = "linkerd-authorization-route-not-inbound",
        severity = Severity.ERROR,
        summary = "An AuthorizationPolicy targets a route that has no Server parent, so it authorizes nothing",
        mesh = "linkerd",
        kinds = {"AuthorizationPolicy", "HTTPRoute", "GRPCRoute"},
        equivalents = {},
        docs = """
                Authorization is inbound: an AuthorizationPolicy that targets an HTTPRoute or GRPCRoute applies where
                that route is attached to a Server. A route whose parents are Services or EgressNetworks (outbound,
                client-side routing) carries no inbound policy, so the policy is admitted and does nothing: the
                Server's traffic stays denied (or allowed) as before. Target the Server, or attach an inbound route to
                it with a `Server` parentRef. Reported when the targeted route is in the inputs. Source: website
                `2-edge/reference/authorization-policy.md`, `policy-controller/k8s/index/src/inbound/index.rs`.
                """,
        failing = """
                apiVersion: gateway.networking.k8s.io/v1
                kind: HTTPRoute
                metadata:
                  name: web-api
                  namespace: emojivoto
                spec:
                  parentRefs:
                    - {group: core, kind: Service, name: web-svc, port: 80}
                  rules:
                    - matches: [{path: {type: PathPrefix, value: /api}}]
                      backendRefs: [{name: web-svc, port: 80}]
                ---
                apiVersion: policy.linkerd.io/v1alpha1
                kind: AuthorizationPolicy
                metadata:
                  name: web-api-from-cluster
                  namespace: emojivoto
                spec:
                  targetRef:
                    group: gateway.networking.k8s.io
                    kind: HTTPRoute
                    name: web-api
                #   ^ linkerd-authorization-route-not-inbound
                  requiredAuthenticationRefs: []
                """,
        passing = """
                apiVersion: gateway.networking.k8s.io/v1
                kind: HTTPRoute
                metadata:
                  name: web-api
                  namespace: emojivoto
                spec:
                  parentRefs:
                    - {group: policy.linkerd.io, kind: Server, name: web-http}
                  rules:
                    - matches: [{path: {type: PathPrefix, value: /api}}]
                ---
                apiVersion: policy.linkerd.io/v1alpha1
                kind: AuthorizationPolicy
                metadata:
                  name: web-api-from-cluster
                  namespace: emojivoto
                spec:
                  targetRef:
                    group: gateway.networking.k8s.io
                    kind: HTTPRoute
                    name: web-api
                  requiredAuthenticationRefs: []
                """)
public final class AuthorizationRouteNotInbound implements Rule {

    @Override
    public void check(LintContext context, Reporter reporter) {
        ManifestSet set = context.manifests();
        for (Manifest policy : LinkerdInputs.of(set, Ref.POLICY, "AuthorizationPolicy")) {
            Trees.At target = new Trees.At(FieldPath.ROOT, policy.tree()).key("spec").key("targetRef");
            if (!target.has("kind") || target.text("name") == null) {
                continue;
            }
            Ref ref = Ref.read(target, "", null);
            String group = ref.is(Ref.POLICY, "HTTPRoute") ? Ref.POLICY
                    : ref.is(Ref.GATEWAY, "HTTPRoute") || ref.is(Ref.GATEWAY, "GRPCRoute") ? Ref.GATEWAY : null;
            if (group == null) {
                continue;
            }
            String ns = LinkerdInputs.namespace(policy);
            for (Manifest route : set.filter(m -> m.id().group().equals(group) && m.kind().equalsIgnoreCase(ref.kind())
                    && ref.name().equalsIgnoreCase(m.id().name()) && LinkerdInputs.namespace(m).equals(ns))) {
                boolean inbound = LinkerdRoutes.parents(route).stream().anyMatch(p -> p.is(Ref.POLICY, "Server"));
                if (!inbound) {
                    reporter.report(policy, target.path().key("name"), "the " + route.kind() + " '" + route.id().name()
                            + "' has no Server parent: an inbound authorization on it applies nowhere");
                }
            }
        }
    }
}
