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
import java.util.regex.Pattern;

/** Istio pkg/config/security/security.go ValidateAttribute (supported condition keys and their value formats). */
@RuleMeta(
        id = "istio-ap-invalid-condition",
        severity = Severity.ERROR,
        summary = "An AuthorizationPolicy condition has an unknown key, no values, or a value of the wrong form",
        mesh = "istio",
        kinds = {"AuthorizationPolicy"},
        equivalents = {"IST0106"},
        docs = """
                `when[].key` must be one of Istio's attributes: `request.headers[<name>]`, `source.ip`, `remote.ip`,
                `source.namespace`, `source.principal`, `request.auth.principal`, `request.auth.audiences`,
                `request.auth.presenter`, `request.auth.claims[<claim>]`, `destination.ip`, `destination.port`,
                `connection.sni` or `experimental.envoy.filters.*`; each condition needs `values` or `notValues`;
                IP keys take IPs or CIDRs and `destination.port` takes port numbers. Istio rejects anything else
                (`request.header[x-user]`, `source.ips`).
                """,
        failing = """
                apiVersion: security.istio.io/v1
                kind: AuthorizationPolicy
                metadata:
                  name: allow-internal
                spec:
                  rules:
                  - when:
                    - key: request.header[x-team]
                #     ^ istio-ap-invalid-condition
                      values: ["payments"]
                    - key: source.ip
                      values: ["10.0.0.0/33"]
                #     ^ istio-ap-invalid-condition
                """,
        passing = """
                apiVersion: security.istio.io/v1
                kind: AuthorizationPolicy
                metadata:
                  name: allow-internal
                spec:
                  rules:
                  - when:
                    - key: request.headers[x-team]
                      values: ["payments"]
                    - key: source.ip
                      values: ["10.0.0.0/8"]
                """)
public final class ApInvalidCondition implements Rule {

    private static final Set<String> PLAIN_KEYS = Set.of("source.ip", "remote.ip", "source.namespace",
            "source.principal", "request.auth.principal", "request.auth.audiences", "request.auth.presenter",
            "destination.ip", "destination.port", "connection.sni");
    private static final Pattern HEADER = Pattern.compile("request\\.headers\\[[^\\[\\]]+]");
    private static final Pattern CLAIM = Pattern.compile("request\\.auth\\.claims(\\[[^\\[\\]]+])+");
    private static final Set<String> IP_KEYS = Set.of("source.ip", "remote.ip", "destination.ip");

    @Override
    public void check(LintContext context, Reporter reporter) {
        for (Manifest ap : MeshFacts.istio(context, "AuthorizationPolicy")) {
            for (Field condition : Fields.each(ap, "spec.rules[*].when[*]")) {
                Field key = condition.key("key");
                String k = key.text();
                if (!key.present()) {
                    continue;
                }
                if (!known(k)) {
                    reporter.report(ap, key.path(), "unknown condition key " + k);
                    continue;
                }
                if (condition.key("values").value().size() == 0 && condition.key("notValues").value().size() == 0) {
                    reporter.report(ap, key.path(), "at least one of values or notValues must be set for key " + k);
                }
                for (Field value : condition.each("values[*]")) {
                    checkValue(reporter, ap, k, condition.key("values"), value);
                }
                for (Field value : condition.each("notValues[*]")) {
                    checkValue(reporter, ap, k, condition.key("notValues"), value);
                }
            }
        }
    }

    private static boolean known(String key) {
        return PLAIN_KEYS.contains(key) || HEADER.matcher(key).matches() || CLAIM.matcher(key).matches()
                || key.startsWith("experimental.envoy.filters.");
    }

    private static void checkValue(Reporter reporter, Manifest ap, String key, Field list, Field value) {
        String v = value.text();
        if (IP_KEYS.contains(key) && !SecurityValues.isIpOrCidr(v)) {
            reporter.report(ap, list.path(), "invalid value " + v + " for key " + key + ": not an IP or CIDR");
        } else if (key.equals("destination.port") && !SecurityValues.isPort(v)) {
            reporter.report(ap, list.path(), "invalid value " + v + " for key " + key + ": not a port number");
        }
    }
}
