package dev.meshport.validator.istio.security;

import dev.meshport.model.Manifest;
import dev.meshport.model.Severity;
import dev.meshport.model.kinds.Mesh;
import dev.meshport.validator.LintContext;
import dev.meshport.validator.Reporter;
import dev.meshport.validator.Rule;
import dev.meshport.validator.RuleMeta;
import dev.meshport.validator.istio.Fields;
import dev.meshport.validator.istio.Fields.Field;
import dev.meshport.validator.istio.MeshFacts;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Kiali business/checkers/authorization/principals_checker.go (KIA0106 authorizationpolicy.source.principalnotfound). */
@RuleMeta(
        id = "istio-ap-principal-not-found",
        severity = Severity.ERROR,
        summary = "An AuthorizationPolicy principal names a ServiceAccount that is not among the inputs",
        mesh = "istio",
        kinds = {"AuthorizationPolicy", "ServiceAccount"},
        equivalents = {"KIA0106"},
        needsCompleteInputs = true,
        docs = """
                A principal `<trust domain>/ns/<namespace>/sa/<name>` names the ServiceAccount the client runs as.
                When no ServiceAccount of that name and namespace is in the inputs (every namespace has `default`),
                no workload has that identity and the rule never matches. Runs only with `--assume-complete`.
                """,
        failing = """
                apiVersion: v1
                kind: ServiceAccount
                metadata:
                  name: web
                  namespace: shop
                ---
                apiVersion: security.istio.io/v1
                kind: AuthorizationPolicy
                metadata:
                  name: allow-web
                  namespace: shop
                spec:
                  rules:
                  - from:
                    - source:
                        principals: ["cluster.local/ns/shop/sa/webb"]
                #                    ^ istio-ap-principal-not-found
                """,
        passing = """
                apiVersion: v1
                kind: ServiceAccount
                metadata:
                  name: web
                  namespace: shop
                ---
                apiVersion: security.istio.io/v1
                kind: AuthorizationPolicy
                metadata:
                  name: allow-web
                  namespace: shop
                spec:
                  rules:
                  - from:
                    - source:
                        principals: ["cluster.local/ns/shop/sa/web", "cluster.local/ns/shop/sa/default"]
                """)
public final class ApPrincipalNotFound implements Rule {

    private static final Pattern PRINCIPAL = Pattern.compile("[^/*]+/ns/([^/*]+)/sa/([^/*]+)");

    @Override
    public void check(LintContext context, Reporter reporter) {
        Set<String> accounts = new HashSet<>();
        for (Manifest sa : context.manifests().ofKind(Mesh.KUBERNETES, "ServiceAccount")) {
            accounts.add(MeshFacts.namespace(sa) + "/" + sa.id().name());
        }
        for (Manifest ap : MeshFacts.istio(context, "AuthorizationPolicy")) {
            for (Field p : Fields.each(ap, "spec.rules[*].from[*].source.principals[*]")) {
                Matcher m = PRINCIPAL.matcher(p.text());
                if (m.matches() && !m.group(2).equals("default") && !accounts.contains(m.group(1) + "/" + m.group(2))) {
                    reporter.report(ap, p.path(), "service account " + m.group(1) + "/" + m.group(2) + " is not among the inputs");
                }
            }
        }
    }
}
