package dev.meshport.translator.toistio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.meshport.model.FieldPath;
import dev.meshport.model.Manifest;
import dev.meshport.model.kinds.Mesh;
import dev.meshport.translator.Translation;
import dev.meshport.translator.TranslationContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * ServiceProfile → VirtualService (reference/service-profiles.md). Routes keep their order (the proxy takes the first
 * route whose condition matches, service-profiles proto.rs); a route's condition becomes the entry's matches, its
 * timeout (default 10s) the entry's timeout, isRetryable retries; dstOverrides the weighted destinations of every
 * entry. A final entry without match carries the requests no route matches.
 */
final class ServiceProfiles implements Translation {

    /** Linkerd's timeout of a ServiceProfile route that sets none (reference/service-profiles.md). */
    static final String DEFAULT_ROUTE_TIMEOUT = "10s";

    @Override
    public void translate(TranslationContext ctx) {
        for (Manifest sp : ctx.manifests().ofKind(Mesh.LINKERD, "ServiceProfile")) {
            translate(ctx, sp);
        }
    }

    private void translate(TranslationContext ctx, Manifest sp) {
        String ns = sp.id().namespaceOr("default");
        String fqdn = sp.id().name();
        String suffix = "." + VirtualServices.CLUSTER_DOMAIN;
        String[] parts = fqdn.endsWith(suffix) ? fqdn.substring(0, fqdn.length() - suffix.length()).split("\\.") : new String[0];
        if (parts.length != 2) {
            ctx.gap(IstioGap.SP_HOST, sp, FieldPath.of("spec"), "ServiceProfile " + fqdn + " is not named after a "
                    + "Service (<service>.<namespace>." + VirtualServices.CLUSTER_DOMAIN + "); it is not translated");
            return;
        }
        String service = parts[0];
        String serviceNs = parts[1];
        boolean consumer = !serviceNs.equals(ns);
        ObjectNode vs = VirtualServices.create(consumer ? service + "-" + serviceNs : service, ns, fqdn, consumer);
        ArrayNode http = VirtualServices.http(vs);
        JsonNode spec = sp.tree().path("spec");
        ArrayNode destinations = destinations(ctx, sp, fqdn);
        JsonNode overrides = spec.path("dstOverrides");
        boolean nowhere = !overrides.isEmpty();
        for (JsonNode o : overrides) {
            nowhere &= Weights.quantity(o.path("weight").asText("0")).signum() == 0;
        }
        if (nowhere) {
            // Istio needs a destination with traffic: one, without weight, and every request aborted.
            JsonNode first = destinations.get(0).deepCopy();
            ((ObjectNode) first).remove("weight");
            destinations.removeAll();
            destinations.add(first);
            ctx.gap(IstioGap.TRAFFIC_SPLIT_ZERO, sp, FieldPath.of("spec", "dstOverrides"), "every dstOverride weighs 0: "
                    + "the VirtualService aborts every request to " + service + " with 500");
        }
        JsonNode routes = spec.path("routes");
        for (int i = 0; i < routes.size(); i++) {
            JsonNode route = routes.get(i);
            FieldPath at = FieldPath.of("spec", "routes").index(i);
            Optional<List<ObjectNode>> matches = condition(ctx, sp, at, route.path("condition"));
            if (matches.isEmpty()) {
                continue;
            }
            if (route.isEmpty()) {
                ctx.tracker().consume(sp, at);
            }
            ObjectNode entry = http.addObject();
            entry.put("name", route.path("name").asText("route-" + i).replaceAll("[^A-Za-z0-9._/-]", "-"));
            if (!matches.get().isEmpty()) {
                ArrayNode m = entry.putArray("match");
                matches.get().forEach(m::add);
            }
            entry.set("route", destinations.deepCopy());
            if (nowhere) {
                VirtualServices.abortEverything(entry);
            }
            entry.put("timeout", route.path("timeout").asText(DEFAULT_ROUTE_TIMEOUT));
            ObjectNode retries = entry.putObject("retries");
            if (route.path("isRetryable").asBoolean(false)) {
                // Linkerd retries failures as responseClasses define them (by default 5xx) within the budget.
                retries.put("attempts", 1).put("retryOn", "5xx");
            } else {
                retries.put("attempts", 0);
            }
            for (String f : List.of("name", "timeout", "isRetryable")) {
                if (route.has(f)) {
                    ctx.tracker().consume(sp, at.key(f));
                }
            }
            if (route.has("responseClasses")) {
                ctx.gap(IstioGap.RESPONSE_CLASSES, sp, at.key("responseClasses"), "responseClasses decide what Linkerd "
                        + "counts and retries as failure; Istio retries on " + (route.path("isRetryable").asBoolean(false)
                        ? "5xx" : "nothing here") + " and counts 5xx as errors");
            }
        }
        ObjectNode fallback = http.addObject();
        fallback.set("route", destinations.deepCopy());
        if (nowhere) {
            VirtualServices.abortEverything(fallback);
        }
        fallback.putObject("retries").put("attempts", 0);
        if (spec.has("retryBudget")) {
            ctx.gap(IstioGap.RETRY_BUDGET, sp, FieldPath.of("spec", "retryBudget"), "the retry budget (a share of "
                    + "the live requests) has no Istio field; retryable routes get retries.attempts 1");
        }
        if (spec.has("opaquePorts")) {
            ctx.gap(IstioGap.OPAQUE_PORTS, sp, FieldPath.of("spec", "opaquePorts"),
                    "opaque ports: name the Service ports tcp-… or set appProtocol: tcp for Istio");
        }
        if (spec.has("routes") && routes.isEmpty()) {
            ctx.tracker().consume(sp, "spec.routes");
        }
        ctx.emit(vs, sp, FieldPath.of("spec"));
    }

    /** The destinations of every entry: the dstOverrides with integer weights, else the Service itself. */
    private static ArrayNode destinations(TranslationContext ctx, Manifest sp, String fqdn) {
        ArrayNode out = TranslationContext.object().arrayNode();
        JsonNode overrides = sp.tree().path("spec").path("dstOverrides");
        List<BigDecimal> weights = new ArrayList<>();
        for (int i = 0; i < overrides.size(); i++) {
            String authority = overrides.get(i).path("authority").asText();
            int colon = authority.lastIndexOf(':');
            ObjectNode d = out.addObject();
            VirtualServices.destination(d, colon > 0 ? authority.substring(0, colon) : authority,
                    colon > 0 ? Integer.parseInt(authority.substring(colon + 1)) : null);
            weights.add(Weights.quantity(overrides.get(i).path("weight").asText("0")));
            ctx.tracker().consume(sp, FieldPath.of("spec", "dstOverrides").index(i));
        }
        if (out.isEmpty()) {
            VirtualServices.destination(out.addObject(), fqdn, null);
            if (sp.tree().path("spec").has("dstOverrides")) {
                ctx.tracker().consume(sp, "spec.dstOverrides");
            }
        } else if (out.size() > 1) {
            List<Integer> pct = Weights.percentages(ctx, sp, FieldPath.of("spec", "dstOverrides"), weights);
            for (int i = 0; i < out.size(); i++) {
                ((ObjectNode) out.get(i)).put("weight", pct.get(i));
            }
        }
        return out;
    }

    /**
     * The condition as VirtualService matches (OR of ANDs), or empty when it has no such form (a not, or an all of
     * alternatives): the route is then left out and its requests take the final entry.
     */
    private static Optional<List<ObjectNode>> condition(TranslationContext ctx, Manifest sp, FieldPath at, JsonNode c) {
        List<ObjectNode> out = new ArrayList<>();
        if (!alternatives(c, out)) {
            ctx.gap(IstioGap.SP_CONDITION, sp, at, "the condition of the route uses not, or all over alternatives, which a "
                    + "VirtualService match cannot express; the route is left out, so its timeout and retries do not apply");
            return Optional.empty();
        }
        for (ObjectNode m : out) {
            if (m.path("uri").has("regex")) {
                String re = m.path("uri").path("regex").asText();
                if (re.contains("|")) {
                    ctx.note(IstioGap.ROUTE_REGEX, sp, at.key("condition"), "'" + re + "' contains an alternation: the proxy anchors "
                            + "pathRegex as ^…$, which binds to the first and last alternative only, Istio's full match "
                            + "to all of them");
                }
            }
        }
        if (c.isMissingNode()) {
            return Optional.of(List.of());
        }
        ctx.tracker().consume(sp, at.key("condition"));
        return Optional.of(out);
    }

    /** Adds the condition's alternatives; false when one of them cannot be written. */
    private static boolean alternatives(JsonNode c, List<ObjectNode> out) {
        if (c.has("not")) {
            return false;
        }
        if (c.has("any")) {
            for (JsonNode a : c.path("any")) {
                if (!alternatives(a, out)) {
                    return false;
                }
            }
            return c.size() == 1;
        }
        ObjectNode match = TranslationContext.object();
        if (!into(c, match)) {
            return false;
        }
        for (JsonNode a : c.path("all")) {
            if (a.has("any") || a.has("not") || !into(a, match)) {
                return false;
            }
        }
        out.add(match);
        return true;
    }

    /** Adds method and pathRegex to a match; false when they conflict with what it holds or other fields are set. */
    private static boolean into(JsonNode c, ObjectNode match) {
        for (var it = c.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!List.of("method", "pathRegex", "all").contains(f)) {
                return false;
            }
        }
        if (c.has("method")) {
            if (match.has("method") && !match.path("method").path("exact").asText().equals(c.path("method").asText())) {
                return false;
            }
            match.putObject("method").put("exact", c.path("method").asText());
        }
        if (c.has("pathRegex")) {
            if (match.has("uri")) {
                return false;
            }
            match.putObject("uri").put("regex", c.path("pathRegex").asText());
        }
        return true;
    }
}
