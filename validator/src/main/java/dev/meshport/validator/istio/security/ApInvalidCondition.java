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
import java.util.Set;

/** Istio pkg/config/security/security.go ValidateAttribute (supported condition keys and their value formats). */
@RuleMeta(
        id = "istio-ap-invalid-condition",
        severity = Severity.ERROR,
        summary = "An AuthorizationPolicy condition has an unknown key, no values, or a value of the wrong form",
        mesh = "istio",
        kinds = {"AuthorizationPolicy"},
        equivalents = {"IST0106"},
        docs = """
                `when[].key` must be one of Istio's attributes: `request.headers[<name>]`,
                `request.experimental.inline.headers[<name>]`, `source.ip`, `remote.ip`, `source.namespace`,
                `source.serviceAccount`, `source.principal`, `request.auth.principal`, `request.auth.audiences`,
                `request.auth.presenter`, `request.auth.claims[<claim>]`, `destination.ip`, `destination.port`,
                `connection.sni` or `experimental.envoy.filters.*[<name>]`; `destination.namespace`,
                `destination.labels`, `destination.name` and `destination.user` are gone. Each condition needs
                `values` or `notValues`, without empty strings; IP keys take IPs or CIDRs, `destination.port` port
                numbers and `source.serviceAccount` `name` or `namespace/name` without wildcards. Istio rejects anything else
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
            "source.serviceAccount", "source.principal", "request.auth.principal", "request.auth.audiences",
            "request.auth.presenter", "destination.ip", "destination.port", "connection.sni");
    /** Keys whose name is a map lookup {@code prefix[name]}. */
    private static final List<String> MAP_KEYS = List.of("request.headers", "request.experimental.inline.headers",
            "request.auth.claims", "experimental.envoy.filters.");
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
                Optional<String> keyProblem = keyProblem(k);
                if (keyProblem.isPresent()) {
                    reporter.report(ap, key.path(), keyProblem.get());
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

    /** Why Istio rejects the key (pkg/config/security ValidateAttribute), if it does. */
    private static Optional<String> keyProblem(String key) {
        if (PLAIN_KEYS.contains(key)) {
            return Optional.empty();
        }
        for (String prefix : MAP_KEYS) {
            if (key.startsWith(prefix)) {
                int open = key.indexOf('[');
                return key.endsWith("]") && open > 0 && open < key.length() - 2 ? Optional.empty()
                        : Optional.of("bad key " + key + ": should have format a[b]");
            }
        }
        if (key.equals("destination.namespace")) {
            return Optional.of("attribute " + key + " is replaced by the metadata.namespace");
        }
        if (key.startsWith("destination.labels")) {
            return Optional.of("attribute " + key + " is replaced by the workload selector");
        }
        if (key.equals("destination.name") || key.equals("destination.user")) {
            return Optional.of("deprecated attribute " + key + ": only supported in v1alpha1");
        }
        return Optional.of("unknown condition key " + key);
    }

    private static void checkValue(Reporter reporter, Manifest ap, String key, Field list, Field value) {
        String v = value.text();
        if (v.isEmpty()) {
            reporter.report(ap, list.path(), "empty value not allowed, found in " + key);
        } else if (key.equals("source.serviceAccount") && (v.contains("*") || v.chars().filter(c -> c == '/').count() > 1
                || v.startsWith("/") || v.endsWith("/"))) {
            reporter.report(ap, list.path(), "expected format 'serviceAccount' or 'namespace/serviceAccount' without wildcard, found " + v);
        } else if (IP_KEYS.contains(key) && !SecurityValues.isIpOrCidr(v)) {
            reporter.report(ap, list.path(), "invalid value " + v + " for key " + key + ": not an IP or CIDR");
        } else if (key.equals("destination.port") && !SecurityValues.isPort(v)) {
            reporter.report(ap, list.path(), "invalid value " + v + " for key " + key + ": not a port number");
        }
    }
}
