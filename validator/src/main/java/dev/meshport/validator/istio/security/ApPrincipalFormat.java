package dev.meshport.validator.istio.security;

import dev.meshport.model.Manifest;
import dev.meshport.model.Severity;
import dev.meshport.validator.LintContext;
import dev.meshport.validator.Reporter;
import dev.meshport.validator.Rule;
import dev.meshport.validator.RuleMeta;
import dev.meshport.validator.istio.Fields;
import dev.meshport.validator.istio.Fields.Field;
import dev.meshport.validator.istio.MeshFacts;
import java.util.List;
import java.util.Optional;

/**
 * Istio pilot/pkg/security/authz/matcher (StringMatcherWithPrefix adds "spiffe://" to principals; "*" is supported
 * only as a prefix, a suffix, or alone) and the AuthorizationPolicy reference ("principals ... in the format
 * <TRUST_DOMAIN>/ns/<NAMESPACE>/sa/<SERVICE_ACCOUNT>", namespaces are names).
 */
@RuleMeta(
        id = "istio-ap-principal-format",
        severity = Severity.WARNING,
        summary = "A principal or namespace value can never match: wrong form, spiffe:// prefix, or a wildcard inside",
        mesh = "istio",
        kinds = {"AuthorizationPolicy"},
        docs = """
                Principals are `<trust domain>/ns/<namespace>/sa/<service account>` (`cluster.local/ns/shop/sa/web`)
                and Istio adds the `spiffe://` prefix itself, so `spiffe://cluster.local/...` never matches. `*` works
                only alone, as a prefix (`*/ns/shop/sa/web`) or as a suffix (`cluster.local/ns/shop/*`): `a*b` is
                compared literally. Namespaces are plain names, optionally with a leading or trailing `*`.
                Such values make an ALLOW rule allow nothing and a DENY rule deny nothing. Istio accepts them (its
                webhook rejects only empty values), which is why this is a warning of meshport's own.
                """,
        failing = """
                apiVersion: security.istio.io/v1
                kind: AuthorizationPolicy
                metadata:
                  name: allow-web
                spec:
                  rules:
                  - from:
                    - source:
                        principals: ["spiffe://cluster.local/ns/shop/sa/web"]
                #                    ^ istio-ap-principal-format
                        namespaces: ["shop/*"]
                #                    ^ istio-ap-principal-format
                """,
        passing = """
                apiVersion: security.istio.io/v1
                kind: AuthorizationPolicy
                metadata:
                  name: allow-web
                spec:
                  rules:
                  - from:
                    - source:
                        principals: ["cluster.local/ns/shop/sa/web", "*/ns/shop/sa/*"]
                        namespaces: ["shop", "team-*"]
                """)
public final class ApPrincipalFormat implements Rule {

    @Override
    public void check(LintContext context, Reporter reporter) {
        for (Manifest ap : MeshFacts.istio(context, "AuthorizationPolicy")) {
            for (Field source : Fields.each(ap, "spec.rules[*].from[*].source")) {
                for (String list : List.of("principals", "notPrincipals")) {
                    for (Field p : source.key(list).items()) {
                        problem(p.text(), true).ifPresent(why -> reporter.report(ap, p.path(), why));
                    }
                }
                for (String list : List.of("namespaces", "notNamespaces")) {
                    for (Field n : source.key(list).items()) {
                        problem(n.text(), false).ifPresent(why -> reporter.report(ap, n.path(), why));
                    }
                }
            }
        }
    }

    private static Optional<String> problem(String v, boolean principal) {
        if (v.isEmpty() || v.equals("*")) {
            return Optional.empty();
        }
        String inner = v.substring(v.startsWith("*") ? 1 : 0, v.endsWith("*") && v.length() > 1 ? v.length() - 1 : v.length());
        if (inner.contains("*")) {
            return Optional.of("'" + v + "': '*' matches only as a prefix or a suffix; inside a value it is compared literally");
        }
        if (principal && v.startsWith("spiffe://")) {
            return Optional.of("'" + v + "': Istio adds spiffe:// itself; write " + v.substring("spiffe://".length()));
        }
        if (!principal && v.contains("/")) {
            return Optional.of("'" + v + "' is not a namespace name");
        }
        if (principal && !v.startsWith("*") && !v.endsWith("*") && !v.matches("[^/]+/ns/[^/]+/sa/[^/]+")) {
            return Optional.of("'" + v + "' is not of the form <trust domain>/ns/<namespace>/sa/<service account>");
        }
        return Optional.empty();
    }
}
