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
import java.util.Set;

/** Kiali business/checkers/authorization/namespace_method_checker.go (KIA0101 authorizationpolicy.source.namespacenotfound). */
@RuleMeta(
        id = "istio-ap-namespace-not-found",
        severity = Severity.WARNING,
        summary = "An AuthorizationPolicy source names a namespace that is not among the inputs",
        mesh = "istio",
        kinds = {"AuthorizationPolicy", "Namespace"},
        equivalents = {"KIA0101"},
        needsCompleteInputs = true,
        docs = """
                `from.source.namespaces` names a namespace that no Namespace manifest (and no resource) of the inputs
                has: a typo makes an ALLOW rule allow nothing from the intended namespace. Runs only with
                `--assume-complete`, when the inputs hold every Namespace.
                """,
        failing = """
                apiVersion: v1
                kind: Namespace
                metadata:
                  name: frontend
                ---
                apiVersion: security.istio.io/v1
                kind: AuthorizationPolicy
                metadata:
                  name: allow-frontend
                  namespace: frontend
                spec:
                  rules:
                  - from:
                    - source:
                        namespaces: ["frontnd"]
                #                    ^ istio-ap-namespace-not-found
                """,
        passing = """
                apiVersion: v1
                kind: Namespace
                metadata:
                  name: frontend
                ---
                apiVersion: security.istio.io/v1
                kind: AuthorizationPolicy
                metadata:
                  name: allow-frontend
                  namespace: frontend
                spec:
                  rules:
                  - from:
                    - source:
                        namespaces: ["frontend", "team-*"]
                """)
public final class ApNamespaceNotFound implements Rule {

    @Override
    public void check(LintContext context, Reporter reporter) {
        Set<String> namespaces = MeshFacts.knownNamespaces(context);
        for (Manifest ap : MeshFacts.istio(context, "AuthorizationPolicy")) {
            for (Field ns : Fields.each(ap, "spec.rules[*].from[*].source.namespaces[*]")) {
                if (!ns.text().contains("*") && !namespaces.contains(ns.text())) {
                    reporter.report(ap, ns.path(), "namespace " + ns.text() + " is not among the inputs");
                }
            }
        }
    }
}
