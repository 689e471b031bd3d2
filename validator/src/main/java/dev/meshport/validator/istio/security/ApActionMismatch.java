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

/** Istio pkg/config/validation/validation.go ValidateAuthorizationPolicy: CUSTOM/DENY action checks. */
@RuleMeta(
        id = "istio-ap-action-mismatch",
        severity = Severity.ERROR,
        summary = "An AuthorizationPolicy's action does not fit its rules or provider",
        mesh = "istio",
        kinds = {"AuthorizationPolicy"},
        equivalents = {"IST0106"},
        docs = """
                Istio rejects a `DENY` or `CUSTOM` policy without `rules` (it would never trigger; write `rules:
                [{}]` to apply it to every request), a `CUSTOM` policy without `provider.name`, a `provider` with
                another action, and `CUSTOM` rules on identities the external authorizer cannot see
                (`principals`, `namespaces`, `requestPrincipals` and their `not` forms, and the conditions
                `source.namespace`, `source.principal`, `request.auth.*`).
                """,
        failing = """
                apiVersion: security.istio.io/v1
                kind: AuthorizationPolicy
                metadata:
                  name: deny-admin
                spec:
                  action: DENY
                # ^ istio-ap-action-mismatch
                  provider:
                # ^ istio-ap-action-mismatch
                    name: ext-authz
                """,
        passing = """
                apiVersion: security.istio.io/v1
                kind: AuthorizationPolicy
                metadata:
                  name: ext-authz
                spec:
                  action: CUSTOM
                  provider:
                    name: ext-authz
                  rules:
                  - to:
                    - operation:
                        paths: ["/admin/*"]
                """)
public final class ApActionMismatch implements Rule {

    private static final List<String> IDENTITIES = List.of("principals", "notPrincipals", "namespaces",
            "notNamespaces", "requestPrincipals", "notRequestPrincipals");

    @Override
    public void check(LintContext context, Reporter reporter) {
        for (Manifest ap : MeshFacts.istio(context, "AuthorizationPolicy")) {
            Field action = Fields.at(ap, "spec.action");
            String a = action.present() ? action.text() : "ALLOW";
            boolean rules = Fields.at(ap, "spec.rules").present();
            Field provider = Fields.at(ap, "spec.provider");
            if ((a.equals("DENY") || a.equals("CUSTOM")) && !rules) {
                reporter.report(ap, action.path(), a + " action without rules is meaningless as it will never be "
                        + "triggered; add an empty rule {} to trigger it for every request");
            }
            if (a.equals("CUSTOM") && rules && provider.key("name").text().isEmpty()) {
                reporter.report(ap, provider.present() ? provider.path() : action.path(), "provider.name must not be empty");
            }
            if (!a.equals("CUSTOM") && provider.present()) {
                reporter.report(ap, provider.path(), "provider must not be set with non CUSTOM action, found " + a);
            }
            if (a.equals("CUSTOM")) {
                for (Field source : Fields.each(ap, "spec.rules[*].from[*].source")) {
                    for (String identity : IDENTITIES) {
                        if (source.key(identity).present()) {
                            reporter.report(ap, source.key(identity).path(), identity + " is not supported with CUSTOM action");
                        }
                    }
                }
                for (Field key : Fields.each(ap, "spec.rules[*].when[*].key")) {
                    if (key.text().equals("source.namespace") || key.text().equals("source.principal")
                            || key.text().startsWith("request.auth.")) {
                        reporter.report(ap, key.path(), key.text() + " is not supported with CUSTOM action");
                    }
                }
            }
        }
    }
}
