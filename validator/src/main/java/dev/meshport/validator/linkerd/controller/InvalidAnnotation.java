package dev.meshport.validator.linkerd.controller;

import com.fasterxml.jackson.databind.JsonNode;
import dev.meshport.model.FieldPath;
import dev.meshport.model.Manifest;
import dev.meshport.model.ManifestSet;
import dev.meshport.model.Severity;
import dev.meshport.validator.LintContext;
import dev.meshport.validator.Reporter;
import dev.meshport.validator.Rule;
import dev.meshport.validator.RuleMeta;
import dev.meshport.validator.linkerd.support.Durations;
import dev.meshport.validator.linkerd.support.LinkerdInputs;
import dev.meshport.validator.linkerd.support.LinkerdRoutes;
import dev.meshport.validator.linkerd.support.PodTemplates;
import dev.meshport.validator.linkerd.support.Ref;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

@RuleMeta(
        id = "linkerd-invalid-annotation",
        severity = Severity.ERROR,
        summary = "A Linkerd annotation has a value Linkerd cannot parse, so the setting is ignored or the route rejected",
        mesh = "linkerd",
        kinds = {"Service", "EgressNetwork", "HTTPRoute", "GRPCRoute", "Namespace", "Pod", "Deployment", "StatefulSet",
                "DaemonSet"},
        equivalents = {"policy admission webhook: route retry/timeout annotations must parse",
                "policy controller log: failed to parse Service annotations (ignored)"},
        docs = """
                Linkerd parses its annotations with its own small parsers:

                - `timeout.linkerd.io/request|response|idle`, `retry.linkerd.io/timeout` and the failure-accrual
                  penalties take one integer and one unit of `ms`, `s`, `m`, `h` or `d`: `1h30m` and `1.5s` are not
                  durations to Linkerd (write `90m` and `1500ms`), and a bare number other than `0` lacks its unit;
                - `retry.linkerd.io/limit` is a number 0..65535; `retry.linkerd.io/http` a comma list of codes
                  (`503`), ranges (`500-504`, 100..599), `5xx` and `gateway-error`; `retry.linkerd.io/grpc` a comma list
                  of cancelled, deadline-exceeded, internal, resource-exhausted, unavailable;
                - `balancer.linkerd.io/failure-accrual` is `consecutive` or `unified`;
                - `linkerd.io/inject` is `enabled`, `disabled` or `ingress` (`true` does not inject);
                - `config.linkerd.io/opaque-ports` and `skip-inbound-ports`/`skip-outbound-ports` are comma lists of
                  ports and ranges (opaque-ports may also name ports);
                - `config.linkerd.io/default-inbound-policy` is one of the six default policies.

                On a route whose parent is a Service or an EgressNetwork, Linkerd's webhook rejects the route. On a
                Service, a workload or a namespace nothing checks the value: the controller logs the error and ignores
                the whole family of annotations, or the injector skips the pod. Sources:
                `policy-controller/k8s/index/src/outbound/index.rs` (parse_duration, retry and accrual parsing),
                `pkg/inject`, website `2-edge/reference/{retries,timeouts,circuit-breaking,proxy-configuration}.md`.
                """,
        failing = """
                apiVersion: v1
                kind: Service
                metadata:
                  name: emoji-svc
                  namespace: emojivoto
                  annotations:
                    timeout.linkerd.io/request: 1h30m
                #   ^ linkerd-invalid-annotation
                    retry.linkerd.io/timeout: 1.5s
                #   ^ linkerd-invalid-annotation
                    retry.linkerd.io/http: 5xx,429,gateway-errors
                #   ^ linkerd-invalid-annotation
                spec:
                  selector: {app: emoji-svc}
                  ports:
                    - {name: grpc, port: 8080}
                ---
                apiVersion: v1
                kind: Namespace
                metadata:
                  name: emojivoto
                  annotations:
                    linkerd.io/inject: "true"
                #   ^ linkerd-invalid-annotation
                """,
        passing = """
                apiVersion: v1
                kind: Service
                metadata:
                  name: emoji-svc
                  namespace: emojivoto
                  annotations:
                    timeout.linkerd.io/request: 90m
                    retry.linkerd.io/timeout: 1500ms
                    retry.linkerd.io/http: 5xx,429,gateway-error
                    retry.linkerd.io/limit: "3"
                    config.linkerd.io/opaque-ports: 3306,4000-4010
                spec:
                  selector: {app: emoji-svc}
                  ports:
                    - {name: grpc, port: 8080}
                ---
                apiVersion: v1
                kind: Namespace
                metadata:
                  name: emojivoto
                  annotations:
                    linkerd.io/inject: enabled
                """)
public final class InvalidAnnotation implements Rule {

    private static final Set<String> DURATIONS = Set.of("timeout.linkerd.io/request", "timeout.linkerd.io/response",
            "timeout.linkerd.io/idle", "retry.linkerd.io/timeout",
            "balancer.linkerd.io/failure-accrual-consecutive-min-penalty",
            "balancer.linkerd.io/failure-accrual-consecutive-max-penalty",
            "balancer.alpha.linkerd.io/failure-accrual-success-rate-window",
            "balancer.alpha.linkerd.io/load-biaser-penalty", "balancer.alpha.linkerd.io/load-biaser-max-retry-after");
    private static final Set<String> GRPC_CODES = Set.of("cancelled", "deadline-exceeded", "internal",
            "resource-exhausted", "unavailable");
    private static final Set<String> INBOUND_POLICIES = Set.of("all-unauthenticated", "all-authenticated",
            "cluster-unauthenticated", "cluster-authenticated", "deny", "audit");

    /** What is wrong with an annotation value, if anything, by annotation name (null: not one Linkerd parses). */
    private static Function<String, Optional<String>> parserFor(String key) {
        if (DURATIONS.contains(key)) {
            return v -> Durations.linkerd(v).isPresent() ? Optional.empty()
                    : Optional.of("is not a Linkerd duration: one integer and one unit of ms, s, m, h or d (as 90m or 1500ms)");
        }
        return switch (key) {
            case "retry.linkerd.io/limit" -> v -> v.trim().matches("\\d{1,5}") && Integer.parseInt(v.trim()) <= 65535
                    ? Optional.empty() : Optional.of("is not a number of retries (0..65535)");
            case "retry.linkerd.io/http" -> InvalidAnnotation::httpConditions;
            case "retry.linkerd.io/grpc" -> v -> list(v).stream().allMatch(GRPC_CODES::contains) ? Optional.empty()
                    : Optional.of("is not a list of " + String.join(", ", GRPC_CODES.stream().sorted().toList()));
            case "balancer.linkerd.io/failure-accrual" -> v -> Set.of("consecutive", "unified").contains(v.trim())
                    ? Optional.empty() : Optional.of("is neither 'consecutive' nor 'unified'");
            case "balancer.linkerd.io/failure-accrual-consecutive-max-failures" -> v -> v.trim().matches("\\d{1,10}")
                    ? Optional.empty() : Optional.of("is not a number");
            case "linkerd.io/inject" -> v -> Set.of("enabled", "disabled", "ingress").contains(v)
                    ? Optional.empty() : Optional.of("is not 'enabled', 'disabled' or 'ingress'");
            case "config.linkerd.io/default-inbound-policy" -> v -> INBOUND_POLICIES.contains(v) ? Optional.empty()
                    : Optional.of("is not one of " + String.join(", ", INBOUND_POLICIES.stream().sorted().toList()));
            case "config.linkerd.io/opaque-ports", "config.linkerd.io/skip-inbound-ports",
                 "config.linkerd.io/skip-outbound-ports" -> v -> ports(v, key.endsWith("opaque-ports"));
            default -> null;
        };
    }

    @Override
    public void check(LintContext context, Reporter reporter) {
        ManifestSet set = context.manifests();
        List<Manifest> annotated = new ArrayList<>(set.filter(m -> m.id().group().isEmpty()
                && (m.kind().equals("Service") || m.kind().equals("Namespace"))));
        annotated.addAll(LinkerdInputs.of(set, Ref.POLICY, "EgressNetwork"));
        for (Manifest route : LinkerdRoutes.admitted(set, "HTTPRoute", "GRPCRoute")) {
            // The webhook parses route annotations only for Service and EgressNetwork parents.
            if (LinkerdRoutes.parents(route).stream().anyMatch(p -> p.is("", "Service") || p.is(Ref.POLICY, "EgressNetwork"))) {
                annotated.add(route);
            }
        }
        for (Manifest m : annotated) {
            checkAnnotations(m, FieldPath.of("metadata", "annotations"), reporter);
        }
        for (PodTemplates.PodTemplate pod : PodTemplates.all(set)) {
            checkAnnotations(pod.owner(), pod.metadata().key("annotations"), reporter);
        }
    }

    private static void checkAnnotations(Manifest m, FieldPath annotations, Reporter reporter) {
        Iterator<Map.Entry<String, JsonNode>> it = m.at(annotations).fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            Function<String, Optional<String>> parser = parserFor(e.getKey());
            if (parser != null && e.getValue().isValueNode()) {
                String value = e.getValue().asText();
                parser.apply(value).ifPresent(problem -> reporter.report(m, annotations.key(e.getKey()),
                        e.getKey() + ": '" + value + "' " + problem));
            }
        }
    }

    private static List<String> list(String v) {
        List<String> out = new ArrayList<>();
        for (String part : v.split(",")) {
            out.add(part.trim());
        }
        return out;
    }

    private static Optional<String> httpConditions(String v) {
        for (String part : list(v)) {
            if (part.equals("5xx") || part.equals("gateway-error")) {
                continue;
            }
            String[] range = part.split("-", -1);
            boolean ok = range.length <= 2;
            for (String code : range) {
                ok &= code.matches("\\d{3}") && Integer.parseInt(code) >= 100 && Integer.parseInt(code) <= 599;
            }
            if (ok && range.length == 2) {
                ok = Integer.parseInt(range[0]) <= Integer.parseInt(range[1]);
            }
            if (!ok) {
                return Optional.of("has '" + part + "', which is not a status code 100..599, a range min-max, 5xx or gateway-error");
            }
        }
        return Optional.empty();
    }

    private static Optional<String> ports(String v, boolean namesAllowed) {
        for (String part : list(v)) {
            if (part.isEmpty()) {
                continue;
            }
            String[] range = part.split("-", -1);
            boolean numeric = range.length <= 2;
            for (String p : range) {
                numeric &= p.matches("\\d{1,5}") && Integer.parseInt(p) >= 1 && Integer.parseInt(p) <= 65535;
            }
            if (numeric && range.length == 2) {
                numeric = Integer.parseInt(range[0]) <= Integer.parseInt(range[1]);
            }
            boolean named = namesAllowed && part.matches("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
            if (!numeric && !named) {
                return Optional.of("has '" + part + "', which is not a port (1..65535) or a range of ports"
                        + (namesAllowed ? " or a port name" : ""));
            }
        }
        return Optional.empty();
    }
}
