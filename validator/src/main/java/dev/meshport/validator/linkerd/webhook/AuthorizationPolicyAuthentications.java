package dev.meshport.validator.linkerd.webhook;

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

@RuleMeta(
        id = "linkerd-authorization-policy-authentications",
        severity = Severity.ERROR,
        summary = "An AuthorizationPolicy requires authentications of a kind, or in a number, Linkerd rejects",
        mesh = "linkerd",
        kinds = {"AuthorizationPolicy"},
        equivalents = {"policy admission webhook: unsupported authentication kind(s)",
                "policy admission webhook: at most one MeshTLSAuthentication / ServiceAccount / NetworkAuthentication"},
        docs = """
                `requiredAuthenticationRefs` must all hold at once (AND), and Linkerd's webhook accepts only:

                - `MeshTLSAuthentication` and `NetworkAuthentication` of `policy.linkerd.io`, and core
                  `ServiceAccount`; a missing group means the core group, so a MeshTLSAuthentication needs
                  `group: policy.linkerd.io`;
                - at most one MeshTLSAuthentication, at most one ServiceAccount, not both, and at most one
                  NetworkAuthentication.

                To allow several clients, list them in one MeshTLSAuthentication or write one policy per client.
                Source: `policy-controller/runtime/src/admission.rs` (AuthorizationPolicy).
                """,
        failing = """
                apiVersion: policy.linkerd.io/v1alpha1
                kind: AuthorizationPolicy
                metadata:
                  name: authors-clients
                  namespace: booksapp
                spec:
                  targetRef:
                    group: policy.linkerd.io
                    kind: Server
                    name: authors-http
                  requiredAuthenticationRefs:
                    - kind: ServiceAccount
                      name: webapp
                    - kind: ServiceAccount
                #     ^ linkerd-authorization-policy-authentications
                      name: books
                    - kind: MeshTLSAuthentication
                #     ^ linkerd-authorization-policy-authentications
                      name: authors-clients
                """,
        passing = """
                apiVersion: policy.linkerd.io/v1alpha1
                kind: AuthorizationPolicy
                metadata:
                  name: authors-clients
                  namespace: booksapp
                spec:
                  targetRef:
                    group: policy.linkerd.io
                    kind: Server
                    name: authors-http
                  requiredAuthenticationRefs:
                    - kind: ServiceAccount
                      name: webapp
                    - group: policy.linkerd.io
                      kind: NetworkAuthentication
                      name: cluster-network
                """)
public final class AuthorizationPolicyAuthentications implements Rule {

    @Override
    public void check(LintContext context, Reporter reporter) {
        for (Manifest m : LinkerdInputs.of(context.manifests(), Ref.POLICY, "AuthorizationPolicy")) {
            List<Ref> meshTls = new ArrayList<>();
            List<Ref> accounts = new ArrayList<>();
            List<Ref> networks = new ArrayList<>();
            for (Trees.At at : Trees.each(m.tree(), "spec.requiredAuthenticationRefs[*]")) {
                if (!at.has("kind")) {
                    continue;
                }
                Ref ref = Ref.read(at, null, null);
                if (ref.is(Ref.POLICY, "MeshTLSAuthentication")) {
                    meshTls.add(ref);
                } else if (ref.is("", "ServiceAccount")) {
                    accounts.add(ref);
                } else if (ref.is(Ref.POLICY, "NetworkAuthentication")) {
                    networks.add(ref);
                } else {
                    String hint = ref.isCoreGroup() && !ref.groupWritten()
                            && AuthorizationPolicyTarget.isLinkerdKind(ref.kind())
                            ? "; set 'group: policy.linkerd.io' (a missing group means the core group)" : "";
                    reporter.report(m, ref.path().key("kind"), "unsupported authentication kind " + ref.display() + hint);
                }
            }
            extra(m, meshTls, "MeshTLSAuthentication", reporter);
            extra(m, accounts, "ServiceAccount", reporter);
            extra(m, networks, "NetworkAuthentication", reporter);
            if (!meshTls.isEmpty() && !accounts.isEmpty()) {
                Ref later = meshTls.get(0).path().compareTo(accounts.get(0).path()) > 0 ? meshTls.get(0) : accounts.get(0);
                reporter.report(m, later.path().key("kind"),
                        "a policy cannot require both a MeshTLSAuthentication and a ServiceAccount");
            }
        }
    }

    private static void extra(Manifest m, List<Ref> refs, String kind, Reporter reporter) {
        for (int i = 1; i < refs.size(); i++) {
            reporter.report(m, refs.get(i).path().key("kind"), "a policy may require at most one " + kind
                    + "; all required authentications must hold at once");
        }
    }
}
