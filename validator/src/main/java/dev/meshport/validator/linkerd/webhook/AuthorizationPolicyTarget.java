package dev.meshport.validator.linkerd.webhook;

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
        id = "linkerd-authorization-policy-target",
        severity = Severity.ERROR,
        summary = "An AuthorizationPolicy targets a kind Linkerd does not support, or another namespace",
        mesh = "linkerd",
        kinds = {"AuthorizationPolicy"},
        equivalents = {"policy admission webhook: unsupported authorization target type",
                "policy admission webhook: cannot target another namespace"},
        docs = """
                An AuthorizationPolicy's `targetRef` must be a `Server` or an `HTTPRoute` of `policy.linkerd.io`, a
                Gateway API `HTTPRoute` or `GRPCRoute`, or the policy's own `Namespace`. Linkerd compares group and kind
                case-insensitively and reads a missing group as the core group, so `kind: Server` without
                `group: policy.linkerd.io` is a core "Server", which does not exist: the webhook answers "unsupported
                authorization target type". A Namespace target must name the policy's own namespace. Source:
                `policy-controller/runtime/src/admission.rs`, `k8s/index/src/inbound/authorization_policy.rs`.
                """,
        failing = """
                apiVersion: policy.linkerd.io/v1alpha1
                kind: AuthorizationPolicy
                metadata:
                  name: web-from-ingress
                  namespace: emojivoto
                spec:
                  targetRef:
                    kind: Server
                #   ^ linkerd-authorization-policy-target
                    name: web-http
                  requiredAuthenticationRefs: []
                ---
                apiVersion: policy.linkerd.io/v1alpha1
                kind: AuthorizationPolicy
                metadata:
                  name: all-from-ingress
                  namespace: emojivoto
                spec:
                  targetRef:
                    kind: Namespace
                    name: booksapp
                #   ^ linkerd-authorization-policy-target
                  requiredAuthenticationRefs: []
                """,
        passing = """
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
                  requiredAuthenticationRefs: []
                ---
                apiVersion: policy.linkerd.io/v1alpha1
                kind: AuthorizationPolicy
                metadata:
                  name: all-from-ingress
                  namespace: emojivoto
                spec:
                  targetRef:
                    kind: Namespace
                    name: emojivoto
                  requiredAuthenticationRefs: []
                """)
public final class AuthorizationPolicyTarget implements Rule {

    @Override
    public void check(LintContext context, Reporter reporter) {
        for (Manifest m : LinkerdInputs.of(context.manifests(), Ref.POLICY, "AuthorizationPolicy")) {
            if (!m.has(FieldPath.parse("spec.targetRef.kind"))) {
                continue;
            }
            Ref target = Ref.read(new Trees.At(FieldPath.ROOT, m.tree()).key("spec").key("targetRef"), null, null);
            if (target.is("", "Namespace")) {
                if (target.name() != null && !target.name().equals(LinkerdInputs.namespace(m))) {
                    reporter.report(m, target.path().key("name"), "an AuthorizationPolicy cannot target another "
                            + "namespace: '" + target.name() + "' is not its own namespace '" + LinkerdInputs.namespace(m) + "'");
                }
            } else if (!(target.is(Ref.POLICY, "Server") || target.is(Ref.POLICY, "HTTPRoute")
                    || target.is(Ref.GATEWAY, "HTTPRoute") || target.is(Ref.GATEWAY, "GRPCRoute"))) {
                String hint = target.isCoreGroup() && !target.groupWritten() && isLinkerdKind(target.kind())
                        ? "; set 'group: " + groupFor(target.kind()) + "' (a missing group means the core group)" : "";
                reporter.report(m, target.path().key("kind"), "unsupported authorization target type "
                        + target.display() + hint);
            }
        }
    }

    static boolean isLinkerdKind(String kind) {
        return kind != null && (kind.equalsIgnoreCase("Server") || kind.equalsIgnoreCase("HTTPRoute")
                || kind.equalsIgnoreCase("GRPCRoute") || kind.equalsIgnoreCase("MeshTLSAuthentication")
                || kind.equalsIgnoreCase("NetworkAuthentication"));
    }

    static String groupFor(String kind) {
        return kind.equalsIgnoreCase("GRPCRoute") ? Ref.GATEWAY : Ref.POLICY;
    }
}
