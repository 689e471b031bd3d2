package dev.meshport.validator.linkerd.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import dev.meshport.model.FieldPath;
import dev.meshport.model.Manifest;
import dev.meshport.model.Severity;
import dev.meshport.validator.LintContext;
import dev.meshport.validator.Reporter;
import dev.meshport.validator.Rule;
import dev.meshport.validator.RuleMeta;
import dev.meshport.validator.linkerd.support.Durations;
import dev.meshport.validator.linkerd.support.LinkerdInputs;
import dev.meshport.validator.linkerd.support.Trees;
import java.util.List;
import java.util.regex.Pattern;

@RuleMeta(
        id = "linkerd-service-profile-invalid",
        severity = Severity.ERROR,
        summary = "A ServiceProfile breaks a rule of Linkerd's ServiceProfile validator",
        mesh = "linkerd",
        kinds = {"ServiceProfile"},
        equivalents = {"linkerd-sp-validator webhook (pkg/profiles/profiles.go Validate)"},
        docs = """
                The `linkerd-sp-validator` webhook rejects a ServiceProfile when:

                - `metadata.name` is not a DNS-1123 subdomain (it should be the Service's FQDN,
                  `web-svc.emojivoto.svc.cluster.local`);
                - a route is null or has an empty `name`;
                - a route `timeout` or `retryBudget.ttl` is not a Go duration (`500ms`, `1m30s`);
                - a request match (`condition`, and each `all`/`any`/`not` item) sets no field;
                - a response match sets no field, or its `status.min`/`max` is outside 100..599 or min > max;
                - `retryBudget.retryRatio` is negative;
                - `condition.not` is written at the top of a route: the CRD types it as a list while the validator
                  reads one match, so no spelling passes both (nest it inside `all` or `any` instead);
                - `opaquePorts` is written: the CRD types it as a list of strings while the validator decodes a map,
                  so no spelling passes both (use the `config.linkerd.io/opaque-ports` annotation).

                Missing `name`, `condition` and `ttl` are reported by `linkerd-missing-required-field`. Source:
                `controller/sp-validator/webhook.go`, `pkg/profiles/profiles.go`.
                """,
        failing = """
                apiVersion: linkerd.io/v1alpha2
                kind: ServiceProfile
                metadata:
                  name: web-svc.emojivoto.svc.cluster.local
                  namespace: emojivoto
                spec:
                  routes:
                    - name: GET /api/list
                      condition: {}
                #     ^ linkerd-service-profile-invalid
                      timeout: 1 second
                #     ^ linkerd-service-profile-invalid
                      responseClasses:
                        - condition:
                            status: {min: 500, max: 700}
                #           ^ linkerd-service-profile-invalid
                          isFailure: true
                """,
        passing = """
                apiVersion: linkerd.io/v1alpha2
                kind: ServiceProfile
                metadata:
                  name: web-svc.emojivoto.svc.cluster.local
                  namespace: emojivoto
                spec:
                  routes:
                    - name: GET /api/list
                      condition: {method: GET, pathRegex: /api/list}
                      timeout: 500ms
                      responseClasses:
                        - condition:
                            status: {min: 500, max: 599}
                          isFailure: true
                  retryBudget: {retryRatio: 0.2, minRetriesPerSecond: 10, ttl: 10s}
                """)
public final class ServiceProfileInvalid implements Rule {

    private static final Pattern SUBDOMAIN = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");
    private static final List<String> REQUEST_FIELDS = List.of("pathRegex", "method", "all", "any", "not");
    private static final List<String> RESPONSE_FIELDS = List.of("status", "all", "any", "not");

    @Override
    public void check(LintContext context, Reporter reporter) {
        for (Manifest m : LinkerdInputs.of(context.manifests(), "linkerd.io", "ServiceProfile")) {
            String name = m.id().name();
            if (name != null && (name.length() > 253 || !SUBDOMAIN.matcher(name).matches())) {
                reporter.report(m, "metadata.name", "'" + name + "' is not a DNS-1123 subdomain; name the "
                        + "ServiceProfile after the Service's FQDN (<service>.<namespace>.svc.<cluster-domain>)");
            }
            for (Trees.At route : Trees.each(m.tree(), "spec.routes[*]")) {
                if (route.node().isNull()) {
                    reporter.report(m, route.path(), "a route must not be null");
                    continue;
                }
                if (route.has("name") && route.text("name") != null && route.text("name").isEmpty()) {
                    reporter.report(m, route.path().key("name"), "a route's name must not be empty");
                }
                String timeout = route.text("timeout");
                if (timeout != null && !Durations.isGoDuration(timeout)) {
                    reporter.report(m, route.path().key("timeout"), "'" + timeout + "' is not a Go duration (as 500ms or 1m30s)");
                }
                Trees.At condition = route.key("condition");
                if (condition.node().has("not")) {
                    reporter.report(m, condition.path().key("not"), "a top-level 'condition.not' cannot be written so "
                            + "that both the CRD (a list) and the validator (one match) accept it; nest it in 'all'");
                } else if (route.has("condition")) {
                    requestMatch(m, condition, reporter);
                }
                for (Trees.At rc : route.items("responseClasses")) {
                    if (rc.node().isNull()) {
                        reporter.report(m, rc.path(), "a response class must not be null");
                    } else if (rc.has("condition")) {
                        responseMatch(m, rc.key("condition"), reporter);
                    }
                }
            }
            FieldPath opaquePorts = FieldPath.parse("spec.opaquePorts");
            if (m.has(opaquePorts)) {
                reporter.report(m, opaquePorts, "the validator's strict decoding rejects 'opaquePorts' as the CRD types "
                        + "it (a list); use the config.linkerd.io/opaque-ports annotation instead");
            }
            Trees.At budget = new Trees.At(FieldPath.ROOT, m.tree()).key("spec").key("retryBudget");
            JsonNode ratio = budget.node().path("retryRatio");
            if (ratio.isNumber() && ratio.asDouble() < 0) {
                reporter.report(m, budget.path().key("retryRatio"), "retryRatio must not be negative");
            }
            String ttl = budget.text("ttl");
            if (ttl != null && !Durations.isGoDuration(ttl)) {
                reporter.report(m, budget.path().key("ttl"), "'" + ttl + "' is not a Go duration (as 10s)");
            }
        }
    }

    private static void requestMatch(Manifest m, Trees.At match, Reporter reporter) {
        if (!setsAny(match, REQUEST_FIELDS)) {
            reporter.report(m, match.path(), "a request match must set at least one of " + String.join(", ", REQUEST_FIELDS));
            return;
        }
        for (String list : List.of("all", "any")) {
            for (Trees.At item : match.items(list)) {
                if (item.node().isNull()) {
                    reporter.report(m, item.path(), "'" + list + "' must not contain a null match");
                } else {
                    requestMatch(m, item, reporter);
                }
            }
        }
        if (match.node().path("not").isObject()) {
            requestMatch(m, match.key("not"), reporter);
        }
    }

    private static void responseMatch(Manifest m, Trees.At match, Reporter reporter) {
        if (!setsAny(match, RESPONSE_FIELDS)) {
            reporter.report(m, match.path(), "a response match must set at least one of " + String.join(", ", RESPONSE_FIELDS));
            return;
        }
        JsonNode status = match.node().path("status");
        if (status.isObject()) {
            long min = status.path("min").asLong(0);
            long max = status.path("max").asLong(0);
            if ((min != 0 && (min < 100 || min > 599)) || (max != 0 && (max < 100 || max > 599))) {
                reporter.report(m, match.path().key("status"), "status range bounds must be between 100 and 599");
            } else if (max != 0 && max < min) {
                reporter.report(m, match.path().key("status"), "the status range maximum is smaller than its minimum");
            }
        }
        for (String list : List.of("all", "any")) {
            for (Trees.At item : match.items(list)) {
                if (item.node().isNull()) {
                    reporter.report(m, item.path(), "'" + list + "' must not contain a null match");
                } else {
                    responseMatch(m, item, reporter);
                }
            }
        }
        if (match.node().path("not").isObject()) {
            responseMatch(m, match.key("not"), reporter);
        }
    }

    private static boolean setsAny(Trees.At match, List<String> fields) {
        if (!match.node().isObject()) {
            return true; // a null or scalar is reported by the schema rules
        }
        for (String f : fields) {
            if (match.has(f)) {
                return true;
            }
        }
        return false;
    }
}
