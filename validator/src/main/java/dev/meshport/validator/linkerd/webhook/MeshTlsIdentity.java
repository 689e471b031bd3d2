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
import java.util.regex.Pattern;

@RuleMeta(
        id = "linkerd-meshtls-identity",
        severity = Severity.ERROR,
        summary = "A MeshTLSAuthentication identity is malformed, or an identityRef has a kind Linkerd rejects",
        mesh = "linkerd",
        kinds = {"MeshTLSAuthentication"},
        equivalents = {"policy admission webhook (MeshTLSAuthentication identities, identityRefs)"},
        docs = """
                Each `identities[]` entry must be either a SPIFFE ID (`spiffe://trust.domain/path`, a trust domain of
                `[a-z0-9-._]`, path segments of `[A-Za-z0-9-._]`, no empty, `.` or `..` segment, no trailing `/`) or a
                DNS-like identity (`web.emojivoto.serviceaccount.identity.linkerd.cluster.local`, `*` for every meshed
                client, `*.emojivoto.serviceaccount.identity.linkerd.cluster.local` for a namespace). Upper-case letters,
                underscores and `*` in the middle are rejected. Each `identityRefs[]` entry must be a `ServiceAccount`
                or a `Namespace` (core group), and a Namespace ref must not set `namespace`. Source:
                `policy-controller/runtime/src/admission.rs`, `validation.rs`.
                """,
        failing = """
                apiVersion: policy.linkerd.io/v1alpha1
                kind: MeshTLSAuthentication
                metadata:
                  name: web-clients
                  namespace: emojivoto
                spec:
                  identities:
                    - web.emojivoto.serviceaccount.identity.linkerd.cluster.local
                    - Web_Ingress.emojivoto.serviceaccount.identity.linkerd.cluster.local
                #     ^ linkerd-meshtls-identity
                    - spiffe://cluster.local/ns/emojivoto/sa/web/
                #     ^ linkerd-meshtls-identity
                ---
                apiVersion: policy.linkerd.io/v1alpha1
                kind: MeshTLSAuthentication
                metadata:
                  name: ns-clients
                  namespace: emojivoto
                spec:
                  identityRefs:
                    - kind: Namespace
                      name: ingress
                      namespace: ingress
                #     ^ linkerd-meshtls-identity
                    - kind: Deployment
                #     ^ linkerd-meshtls-identity
                      name: web
                """,
        passing = """
                apiVersion: policy.linkerd.io/v1alpha1
                kind: MeshTLSAuthentication
                metadata:
                  name: web-clients
                  namespace: emojivoto
                spec:
                  identities:
                    - web.emojivoto.serviceaccount.identity.linkerd.cluster.local
                    - "*.ingress.serviceaccount.identity.linkerd.cluster.local"
                    - spiffe://cluster.local/ns/emojivoto/sa/web
                ---
                apiVersion: policy.linkerd.io/v1alpha1
                kind: MeshTLSAuthentication
                metadata:
                  name: ns-clients
                  namespace: emojivoto
                spec:
                  identityRefs:
                    - kind: Namespace
                      name: ingress
                    - kind: ServiceAccount
                      name: web
                """)
public final class MeshTlsIdentity implements Rule {

    private static final Pattern DNS_LIKE = Pattern.compile(
            "(\\*|[a-z0-9]([-a-z0-9]*[a-z0-9])?)(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");
    private static final Pattern TRUST_DOMAIN = Pattern.compile("[a-z0-9._-]+");
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9._-]+");

    @Override
    public void check(LintContext context, Reporter reporter) {
        for (Manifest m : LinkerdInputs.of(context.manifests(), Ref.POLICY, "MeshTLSAuthentication")) {
            for (Trees.At at : Trees.each(m.tree(), "spec.identities[*]")) {
                String id = at.node().asText();
                if (at.node().isTextual() && !(id.startsWith("spiffe://") ? isSpiffe(id) : DNS_LIKE.matcher(id).matches())) {
                    reporter.report(m, at.path(), "'" + id + "' is neither a SPIFFE ID nor a DNS-like identity");
                }
            }
            for (Trees.At at : Trees.each(m.tree(), "spec.identityRefs[*]")) {
                if (!at.has("kind")) {
                    continue;
                }
                Ref ref = Ref.read(at, null, null);
                if (ref.is("", "Namespace")) {
                    if (at.has("namespace")) {
                        reporter.report(m, at.path().key("namespace"), "a Namespace identityRef must not set 'namespace'");
                    }
                } else if (!ref.is("", "ServiceAccount")) {
                    reporter.report(m, at.path().key("kind"), "unsupported identity reference kind " + ref.display()
                            + "; use ServiceAccount or Namespace");
                }
            }
        }
    }

    /** SPIFFE ID as Linkerd's validation.rs reads it. */
    static boolean isSpiffe(String id) {
        String rest = id.substring("spiffe://".length());
        int slash = rest.indexOf('/');
        String domain = slash < 0 ? rest : rest.substring(0, slash);
        if (!TRUST_DOMAIN.matcher(domain).matches()) {
            return false;
        }
        if (slash < 0) {
            return true;
        }
        String path = rest.substring(slash);
        if (path.endsWith("/")) {
            return false;
        }
        for (String segment : path.substring(1).split("/", -1)) {
            if (segment.equals(".") || segment.equals("..") || !SEGMENT.matcher(segment).matches()) {
                return false;
            }
        }
        return true;
    }
}
