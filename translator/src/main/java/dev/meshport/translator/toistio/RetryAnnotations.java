package dev.meshport.translator.toistio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.meshport.model.FieldPath;
import dev.meshport.model.Manifest;
import dev.meshport.translator.TranslationContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Linkerd retry and timeout annotations (reference/retries.md, reference/timeouts.md) on a route or, when the route has
 * none, on its parent Service, written onto a VirtualService http entry. Without retry annotations the entry gets
 * {@code retries: {attempts: 0}}: Istio retries by default (mesh config defaultHttpRetryPolicy, 2 attempts) and
 * Linkerd does not.
 */
final class RetryAnnotations {

    static final String HTTP = "retry.linkerd.io/http";
    static final String GRPC = "retry.linkerd.io/grpc";
    static final String LIMIT = "retry.linkerd.io/limit";
    static final String RETRY_TIMEOUT = "retry.linkerd.io/timeout";
    static final String REQUEST_TIMEOUT = "timeout.linkerd.io/request";
    static final String RESPONSE_TIMEOUT = "timeout.linkerd.io/response";
    static final String IDLE_TIMEOUT = "timeout.linkerd.io/idle";
    static final List<String> ALL = List.of(HTTP, GRPC, LIMIT, RETRY_TIMEOUT, REQUEST_TIMEOUT, RESPONSE_TIMEOUT, IDLE_TIMEOUT);

    private RetryAnnotations() {}

    /** The manifest whose annotations apply: the route when it carries any, else the Service (route ones override). */
    static Manifest source(Manifest route, Manifest service) {
        JsonNode a = route.tree().path("metadata").path("annotations");
        boolean own = ALL.stream().anyMatch(a::has);
        return own || service == null ? route : service;
    }

    /** Writes timeout and retries onto the entry from the annotations of {@code m}, accounting for them. */
    static void apply(TranslationContext ctx, Manifest m, ObjectNode entry, String ruleTimeout) {
        JsonNode a = m.tree().path("metadata").path("annotations");
        FieldPath base = FieldPath.of("metadata", "annotations");
        // timeout.linkerd.io/request beats rules[].timeouts.request (reference/timeouts.md).
        String timeout = a.has(REQUEST_TIMEOUT) ? a.path(REQUEST_TIMEOUT).asText() : ruleTimeout;
        if (timeout != null) {
            entry.put("timeout", timeout);
        }
        consume(ctx, m, base, REQUEST_TIMEOUT);
        List<String> retryOn = new ArrayList<>();
        if (a.has(HTTP)) {
            boolean first = !ctx.tracker().covers(m, base.key(HTTP));
            retryOn.addAll(httpConditions(ctx, first ? m : null, base.key(HTTP), a.path(HTTP).asText()));
            consume(ctx, m, base, HTTP);
        }
        if (a.has(GRPC)) {
            for (String c : a.path(GRPC).asText().split(",")) {
                retryOn.add(c.trim().toLowerCase(java.util.Locale.ROOT));
            }
            // Istio retryOn accepts the same gRPC status names (cancelled, deadline-exceeded, unavailable…).
            consume(ctx, m, base, GRPC);
        }
        ObjectNode retries = entry.putObject("retries");
        if (retryOn.isEmpty()) {
            retries.put("attempts", 0);
            for (String k : List.of(LIMIT, RETRY_TIMEOUT)) {
                if (a.has(k)) {
                    // Without retry.linkerd.io/http or /grpc Linkerd retries nothing (reference/retries.md).
                    ctx.tracker().consume(m, base.key(k));
                }
            }
        } else {
            retries.put("attempts", a.has(LIMIT) ? a.path(LIMIT).asInt(1) : 1);
            consume(ctx, m, base, LIMIT);
            String perTry = a.has(RETRY_TIMEOUT) ? a.path(RETRY_TIMEOUT).asText() : null;
            if (a.has(RESPONSE_TIMEOUT)) {
                perTry = perTry == null ? a.path(RESPONSE_TIMEOUT).asText() : perTry;
            }
            if (perTry != null) {
                retries.put("perTryTimeout", perTry);
            }
            consume(ctx, m, base, RETRY_TIMEOUT);
            retries.put("retryOn", String.join(",", retryOn));
        }
        if (a.has(RESPONSE_TIMEOUT) && !ctx.tracker().covers(m, base.key(RESPONSE_TIMEOUT))) {
            ctx.gap(IstioGap.RESPONSE_TIMEOUT, m, base.key(RESPONSE_TIMEOUT), retryOn.isEmpty()
                    ? "the response timeout has no VirtualService field without retries; it is lost"
                    : "the response timeout is written as retries.perTryTimeout when no retry timeout is set");
        }
        if (a.has(IDLE_TIMEOUT) && !ctx.tracker().covers(m, base.key(IDLE_TIMEOUT))) {
            ctx.gap(IstioGap.IDLE_TIMEOUT, m, base.key(IDLE_TIMEOUT), "the idle timeout is not translated");
        }
    }

    private static void consume(TranslationContext ctx, Manifest m, FieldPath base, String key) {
        if (m.tree().path("metadata").path("annotations").has(key)) {
            ctx.tracker().consume(m, base.key(key));
        }
    }

    /** 5xx, gateway-error, codes and ranges (500-504) as Istio retryOn values; reported on {@code m} unless null. */
    private static List<String> httpConditions(TranslationContext ctx, Manifest m, FieldPath at, String value) {
        List<String> out = new ArrayList<>();
        boolean expanded = false;
        for (String raw : value.split(",")) {
            String c = raw.trim();
            if (c.equals("5xx") || c.equals("gateway-error")) {
                out.add(c);
            } else if (c.matches("\\d{3}-\\d{3}")) {
                int from = Integer.parseInt(c.substring(0, 3));
                int to = Integer.parseInt(c.substring(4));
                if (from == 500 && to == 599) {
                    out.add("5xx");
                } else {
                    for (int i = from; i <= to; i++) {
                        out.add(String.valueOf(i));
                    }
                    expanded = true;
                }
            } else if (c.matches("\\d{3}")) {
                out.add(c);
            } else if (m != null) {
                ctx.note(IstioGap.RETRY_CONDITIONS, m, at, "retry condition '" + c + "' is not understood; it is left out");
            }
        }
        if (expanded && m != null) {
            ctx.note(IstioGap.RETRY_CONDITIONS, m, at, "status code ranges are expanded into retryOn " + out);
        }
        return out;
    }
}
