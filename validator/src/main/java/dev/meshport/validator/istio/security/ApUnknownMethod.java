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

/** Kiali business/checkers/authorization/no_host_checker / method check (KIA0102 authorizationpolicy.to.wrongmethod). */
@RuleMeta(
        id = "istio-ap-unknown-method",
        severity = Severity.WARNING,
        summary = "An AuthorizationPolicy operation method is no HTTP method or gRPC method path",
        mesh = "istio",
        kinds = {"AuthorizationPolicy"},
        equivalents = {"KIA0102"},
        docs = """
                `to.operation.methods` holds HTTP methods in upper case (`GET`, `POST`, ...) or, for gRPC, the method
                path `/package.Service/Method`, with `*` as a prefix or suffix wildcard. The match is case-sensitive:
                `get` never matches, so an ALLOW rule with it allows nothing.
                """,
        failing = """
                apiVersion: security.istio.io/v1
                kind: AuthorizationPolicy
                metadata:
                  name: read-only
                spec:
                  rules:
                  - to:
                    - operation:
                        methods: ["get", "HEAD"]
                #                 ^ istio-ap-unknown-method
                """,
        passing = """
                apiVersion: security.istio.io/v1
                kind: AuthorizationPolicy
                metadata:
                  name: read-only
                spec:
                  rules:
                  - to:
                    - operation:
                        methods: ["GET", "HEAD", "/shop.Catalog/*"]
                """)
public final class ApUnknownMethod implements Rule {

    private static final Set<String> HTTP = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "CONNECT",
            "OPTIONS", "TRACE");

    @Override
    public void check(LintContext context, Reporter reporter) {
        for (Manifest ap : MeshFacts.istio(context, "AuthorizationPolicy")) {
            for (Field operation : Fields.each(ap, "spec.rules[*].to[*].operation")) {
                for (String list : new String[] {"methods", "notMethods"}) {
                    for (Field m : operation.key(list).items()) {
                        String v = m.text();
                        if (!HTTP.contains(v) && !v.startsWith("/") && !v.startsWith("*") && !v.endsWith("*")) {
                            reporter.report(ap, m.path(), "'" + v + "' is no HTTP method (upper case) or gRPC method path");
                        }
                    }
                }
            }
        }
    }
}
