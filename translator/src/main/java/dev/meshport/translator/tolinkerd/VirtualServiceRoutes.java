package dev.meshport.translator.tolinkerd;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.meshport.model.FieldPath;
import dev.meshport.model.Manifest;
import dev.meshport.model.kinds.Mesh;
import dev.meshport.translator.FieldTracker;
import dev.meshport.translator.Translation;
import dev.meshport.translator.TranslationContext;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Mesh VirtualServices → Gateway API HTTPRoutes (and TCPRoutes) with Service parentRefs (GAMMA), keeping Istio's
 * first-match order, the exact meaning of prefix matches, explicit weights, and retries and timeouts.
 */
public final class VirtualServiceRoutes implements Translation {

    /** The HTTP methods Gateway API knows (apis/v1/httproute_types.go HTTPMethod). */
    static final List<String> METHODS = List.of("CONNECT", "DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT", "TRACE");

    private static final Set<String> MATCH_FIELDS_UNSUPPORTED = Set.of("withoutHeaders", "scheme", "authority",
            "sourceLabels");

    static final String HTTP_RETRY = "retry.linkerd.io/http";
    static final String GRPC_RETRY = "retry.linkerd.io/grpc";

    /**
     * The Service, never created, that takes the requests of a later http[] match whose overlap with an earlier entry
     * cannot be written: Linkerd answers them with 500.
     */
    static final String UNRESOLVED_SERVICE = "meshport-unresolved-match-order";

    /** Istio retryOn conditions that are gRPC statuses, which Linkerd retries on GRPCRoutes only (reference/retries.md). */
    private static final Set<String> GRPC_RETRY_CONDITIONS = Set.of("cancelled", "deadline-exceeded", "internal",
            "resource-exhausted", "unavailable");

    private static final Set<String> MATCH_FIELDS_KNOWN = Set.of("uri", "method", "headers", "queryParams",
            "ignoreUriCase", "port", "gateways", "name", "statPrefix", "sourceNamespace");

    /** One http[] entry as translated: its matches (empty list: matches nothing left), the rule body, the retry annotations. */
    private record Entry(int index, List<PortedMatch> matches, ObjectNode rule, Map<String, String> retry) {}

    private record PortedMatch(HttpMatch match, Integer port, FieldPath source, String sourceNamespace) {}

    /** The later matches whose overlap with an earlier entry is not written; unknown[0]: some intersection is unknown. */
    private record Unwritten(List<HttpMatch> matches, boolean[] unknown) {}

    @Override
    public void translate(TranslationContext context) {
        Cluster cluster = new Cluster(context.manifests());
        Map<String, Manifest> owner = new TreeMap<>();
        for (Manifest vs : context.manifests().ofKind(Mesh.ISTIO, "VirtualService")) {
            sharedHosts(context, cluster, vs, owner);
            new One(context, cluster, vs).run();
        }
    }

    /**
     * Istio applies one VirtualService per host in the mesh (a second one for the same host is a conflict, IST0109);
     * Gateway API merges every route of a parent. Reported at the later VirtualService.
     */
    private static void sharedHosts(TranslationContext ctx, Cluster cluster, Manifest vs, Map<String, Manifest> owner) {
        JsonNode spec = vs.tree().path("spec");
        boolean mesh = !spec.has("gateways") || spec.get("gateways").toString().contains("\"mesh\"");
        JsonNode hosts = spec.path("hosts");
        for (int i = 0; mesh && i < hosts.size(); i++) {
            String ns = vs.id().namespaceOr("default");
            Optional<Cluster.ServiceRef> svc = cluster.service(hosts.get(i).asText(), ns);
            if (svc.isEmpty()) {
                continue;
            }
            String key = svc.get().namespace() + "/" + svc.get().name();
            Manifest first = owner.putIfAbsent(key, vs);
            if (first != null && first != vs) {
                ctx.note(LinkerdGap.VS_MATCH_ORDER, vs, FieldPath.parse("spec.hosts").index(i), "VirtualService "
                        + first.id().display() + " already routes " + key + ": Istio uses only one of them in the mesh, "
                        + "Linkerd merges the rules of both routes by precedence");
            }
        }
    }

    /** The translation of one VirtualService. */
    private static final class One {
        private final TranslationContext ctx;
        private final FieldTracker tracker;
        private final Cluster cluster;
        private final Manifest vs;
        private final String namespace;
        private final JsonNode spec;

        One(TranslationContext ctx, Cluster cluster, Manifest vs) {
            this.ctx = ctx;
            this.tracker = ctx.tracker();
            this.cluster = cluster;
            this.vs = vs;
            this.namespace = vs.id().namespaceOr("default");
            this.spec = vs.tree().path("spec");
        }

        void run() {
            if (!meshBound()) {
                tracker.ignore(vs, FieldPath.of("spec"));
                return;
            }
            exportTo();
            List<Cluster.ServiceRef> services = new ArrayList<>();
            JsonNode hosts = spec.path("hosts");
            for (int i = 0; i < hosts.size(); i++) {
                FieldPath at = FieldPath.parse("spec.hosts").index(i);
                Optional<Cluster.ServiceRef> svc = cluster.service(hosts.get(i).asText(), namespace);
                if (svc.isPresent()) {
                    tracker.consume(vs, at);
                    boolean seen = services.stream().anyMatch(x -> x.name().equals(svc.get().name())
                            && x.namespace().equals(svc.get().namespace()));
                    if (!seen) {
                        services.add(svc.get());
                    }
                } else {
                    ctx.gap(LinkerdGap.VS_HOST_UNRESOLVED, vs, at, "host '" + hosts.get(i).asText()
                            + "' is not a Kubernetes Service of the inputs: no route can attach to it in Linkerd");
                }
            }
            if (services.isEmpty()) {
                tracker.ignore(vs, FieldPath.of("spec"));
                return;
            }
            List<Entry> entries = httpEntries();
            for (Cluster.ServiceRef svc : services) {
                emitHttpRoutes(svc, services.size() == 1 ? vs.id().name() : vs.id().name() + "-" + svc.name(), entries);
                String base = services.size() == 1 ? vs.id().name() : vs.id().name() + "-" + svc.name();
                emitL4Routes(svc, base, "tcp");
                emitL4Routes(svc, base, "tls");
            }
        }

        private boolean meshBound() {
            JsonNode gateways = spec.path("gateways");
            if (gateways.isMissingNode() || gateways.isEmpty()) {
                if (gateways.isArray()) {
                    tracker.consume(vs, FieldPath.parse("spec.gateways"));
                }
                return true;
            }
            boolean mesh = false;
            for (int i = 0; i < gateways.size(); i++) {
                FieldPath at = FieldPath.parse("spec.gateways").index(i);
                if (gateways.get(i).asText().equals("mesh")) {
                    mesh = true;
                    tracker.consume(vs, at);
                } else {
                    ctx.gap(LinkerdGap.VS_INGRESS_GATEWAY, vs, at, "gateway '" + gateways.get(i).asText()
                            + "' is an ingress: Linkerd has no ingress, so the routes it gets from this VirtualService are not translated");
                }
            }
            return mesh;
        }

        private void exportTo() {
            JsonNode exportTo = spec.path("exportTo");
            if (exportTo.isMissingNode()) {
                return;
            }
            boolean everywhere = false;
            for (JsonNode e : exportTo) {
                everywhere |= e.asText().equals("*");
            }
            if (everywhere || exportTo.isEmpty()) {
                tracker.consume(vs, FieldPath.parse("spec.exportTo"));
            } else {
                ctx.gap(LinkerdGap.VS_EXPORT_TO, vs, FieldPath.parse("spec.exportTo"),
                        "exportTo " + exportTo + " is not expressible: the translated route is a producer route, visible to every client of the Service");
            }
        }

        // ---- http[] ----

        private List<Entry> httpEntries() {
            List<Entry> out = new ArrayList<>();
            JsonNode http = spec.path("http");
            for (int i = 0; i < http.size(); i++) {
                Entry e = httpEntry(i, http.get(i), FieldPath.parse("spec.http").index(i));
                if (e != null) {
                    out.add(e);
                }
            }
            return out;
        }

        private Entry httpEntry(int index, JsonNode h, FieldPath at) {
            if (h.has("name")) {
                ctx.gap(LinkerdGap.VS_ROUTE_NAME, vs, at.key("name"), "route name '" + h.get("name").asText()
                        + "' does not carry over: Linkerd labels metrics with the HTTPRoute name");
            }
            if (!h.has("retries")) {
                ctx.note(LinkerdGap.ISTIO_DEFAULT_RETRIES, vs, at, "Istio retries requests of this route twice on "
                        + "connection failures and 503 by default; Linkerd does not retry them");
            }
            List<PortedMatch> matches = matches(h, at);
            boolean unroutable = false;
            if (h.has("delegate")) {
                ctx.gap(LinkerdGap.VS_DELEGATE, vs, at.key("delegate"), "delegation to another VirtualService is not "
                        + "translated: its requests go to the next rule that matches them");
                unroutable = true;
            }
            if (h.has("directResponse")) {
                ctx.gap(LinkerdGap.VS_DIRECT_RESPONSE, vs, at.key("directResponse"), "the direct response is not "
                        + "translated: its requests go to the next rule that matches them");
                unroutable = true;
            }
            ObjectNode rule = TranslationContext.object();
            ArrayNode filters = TranslationContext.object().arrayNode();
            headerFilters(h.path("headers"), at.key("headers"), filters);
            if (h.has("redirect")) {
                filters.add(redirect(h.get("redirect"), at.key("redirect")));
            }
            ArrayNode backends = backends(h.path("route"), at.key("route"));
            if (!h.has("redirect") && !unroutable && h.has("route") && backends.isEmpty()) {
                unroutable = true;
            }
            unsupported(h, at);
            if (h.has("timeout")) {
                FieldPath t = at.key("timeout");
                Optional<Long> ms = Durations.millis(h.get("timeout").asText());
                if (ms.isPresent()) {
                    tracker.consume(vs, t);
                    if (ms.get() > 0) {
                        rule.putObject("timeouts").put("request", Durations.gatewayApi(ms.get()));
                    }
                }
            }
            Map<String, String> retry = retries(h.path("retries"), at.key("retries"));
            if (unroutable) {
                return null;
            }
            ArrayNode matchNodes = rule.putArray("matches");
            if (!filters.isEmpty()) {
                rule.set("filters", filters);
            }
            if (!backends.isEmpty()) {
                rule.set("backendRefs", backends);
            }
            if (rule.has("timeouts")) {
                // Keep "timeouts" after the backends, the order the Gateway API documentation writes them in.
                JsonNode t = rule.remove("timeouts");
                rule.set("timeouts", t);
            }
            matchNodes.removeAll();
            return new Entry(index, matches, rule, retry);
        }

        /** The entry's matches; an entry without match selects every request. */
        private List<PortedMatch> matches(JsonNode h, FieldPath at) {
            List<PortedMatch> out = new ArrayList<>();
            if (!h.has("match") || h.get("match").isEmpty()) {
                if (h.has("match")) {
                    tracker.consume(vs, at.key("match"));
                }
                out.add(new PortedMatch(HttpMatch.EVERYTHING, null, at, null));
                return out;
            }
            JsonNode list = h.get("match");
            for (int k = 0; k < list.size(); k++) {
                out.addAll(match(list.get(k), at.key("match").index(k)));
            }
            return out;
        }

        /** One Istio match as zero (not translatable, or not for the mesh), one or several (method patterns) matches. */
        private List<PortedMatch> match(JsonNode m, FieldPath at) {
            JsonNode gateways = m.path("gateways");
            if (gateways.isArray() && !gateways.isEmpty()) {
                boolean mesh = false;
                for (JsonNode g : gateways) {
                    mesh |= g.asText().equals("mesh");
                }
                tracker.consume(vs, at.key("gateways"));
                if (!mesh) {
                    // Istio applies this match at the named gateways only, never in the mesh: leaving it out is exact.
                    tracker.ignore(vs, at);
                    return List.of();
                }
            }
            for (String field : MATCH_FIELDS_UNSUPPORTED) {
                if (m.has(field)) {
                    ctx.gap(LinkerdGap.VS_UNSUPPORTED_MATCH, vs, at.key(field), "match condition '" + field
                            + "' has no Gateway API equivalent: the match is left out (never broadened), so its requests "
                            + "go to the next rule that matches them");
                }
            }
            boolean dropped = MATCH_FIELDS_UNSUPPORTED.stream().anyMatch(m::has);
            for (Iterator<String> it = m.fieldNames(); it.hasNext(); ) {
                String field = it.next();
                if (!MATCH_FIELDS_KNOWN.contains(field) && !MATCH_FIELDS_UNSUPPORTED.contains(field)) {
                    ctx.gap(LinkerdGap.VS_UNSUPPORTED_MATCH, vs, at.key(field), "match condition '" + field
                            + "' is unknown to meshport: the match is left out (never broadened)");
                    dropped = true;
                }
            }
            StringMatch path = null;
            if (m.has("uri")) {
                FieldPath u = at.key("uri");
                Optional<StringMatch> sm = StringMatch.of(m.get("uri"));
                if (sm.isEmpty() || sm.get().type() == StringMatch.Type.PRESENT) {
                    dropped = true;
                } else {
                    path = sm.get();
                    if (path.type() == StringMatch.Type.REGEX) {
                        ctx.gap(LinkerdGap.VS_REGEX, vs, u, "RE2 regex '" + path.value()
                                + "' is written as the anchored Rust regex '" + path.asAnchoredRegex(false) + "'");
                    } else {
                        tracker.consume(vs, u);
                    }
                }
            }
            boolean ignoreCase = m.path("ignoreUriCase").asBoolean(false);
            if (m.has("ignoreUriCase")) {
                if (ignoreCase && path != null) {
                    ctx.gap(LinkerdGap.VS_IGNORE_URI_CASE, vs, at.key("ignoreUriCase"),
                            "case-insensitive path match written as a (?i) regular expression");
                } else {
                    tracker.consume(vs, at.key("ignoreUriCase"));
                }
            }
            Map<String, StringMatch> headers = valueMatches(m.path("headers"), at.key("headers"));
            Map<String, StringMatch> query = valueMatches(m.path("queryParams"), at.key("queryParams"));
            if (headers == null || query == null) {
                dropped = true;
            }
            List<String> methods = new ArrayList<>();
            if (m.has("method")) {
                FieldPath mp = at.key("method");
                Optional<StringMatch> sm = StringMatch.of(m.get("method"));
                if (sm.isPresent() && sm.get().type() == StringMatch.Type.EXACT
                        && METHODS.contains(sm.get().value())) {
                    tracker.consume(vs, mp);
                    methods.add(sm.get().value());
                } else if (sm.isPresent() && sm.get().type() != StringMatch.Type.PRESENT) {
                    for (String method : METHODS) {
                        if (sm.get().test(method)) {
                            methods.add(method);
                        }
                    }
                    ctx.gap(LinkerdGap.VS_UNSUPPORTED_MATCH, vs, mp, "method pattern expanded to the methods Gateway API "
                            + "knows: " + (methods.isEmpty() ? "none, so the match is left out" : String.join(", ", methods))
                            + "; extension methods are not matched");
                    if (methods.isEmpty()) {
                        dropped = true;
                    }
                } else {
                    tracker.consume(vs, mp);
                }
            }
            String sourceNamespace = null;
            if (m.has("sourceNamespace")) {
                sourceNamespace = m.get("sourceNamespace").asText();
                ctx.gap(LinkerdGap.VS_SOURCE_NAMESPACE, vs, at.key("sourceNamespace"), "the match for clients in namespace "
                        + sourceNamespace + " becomes a consumer route in " + sourceNamespace + ", which also carries the "
                        + "rules without sourceNamespace (consumer routes replace producer routes for their namespace)");
            }
            Integer port = null;
            if (m.has("port")) {
                tracker.consume(vs, at.key("port"));
                port = m.get("port").asInt();
            }
            for (String ignored : List.of("name", "statPrefix")) {
                if (m.has(ignored)) {
                    tracker.ignore(vs, at.key(ignored));
                }
            }
            if (dropped) {
                tracker.ignore(vs, at);
                return List.of();
            }
            List<PortedMatch> out = new ArrayList<>();
            if (methods.isEmpty()) {
                methods.add(null);
            }
            for (String method : methods) {
                out.add(new PortedMatch(new HttpMatch(path, ignoreCase, method, headers, query), port, at, sourceNamespace));
            }
            return out;
        }

        /** Header or query parameter conditions; null when one cannot be translated (the match is then left out). */
        private Map<String, StringMatch> valueMatches(JsonNode node, FieldPath at) {
            Map<String, StringMatch> out = new TreeMap<>();
            boolean ok = true;
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                FieldPath f = at.key(e.getKey());
                Optional<StringMatch> sm = StringMatch.of(e.getValue());
                if (sm.isEmpty()) {
                    ok = false;
                    continue;
                }
                if (sm.get().type() == StringMatch.Type.REGEX) {
                    ctx.gap(LinkerdGap.VS_REGEX, vs, f, "RE2 regex '" + sm.get().value()
                            + "' is written as the anchored Rust regex '" + sm.get().asAnchoredRegex(false) + "'");
                } else {
                    tracker.consume(vs, f);
                }
                out.put(e.getKey().toLowerCase(Locale.ROOT), sm.get());
            }
            return ok ? out : null;
        }

        private void headerFilters(JsonNode headers, FieldPath at, ArrayNode filters) {
            for (String side : List.of("request", "response")) {
                JsonNode ops = headers.path(side);
                if (ops.isMissingNode()) {
                    continue;
                }
                ObjectNode modifier = TranslationContext.object();
                for (String op : List.of("set", "add")) {
                    if (ops.has(op)) {
                        ArrayNode list = modifier.putArray(op);
                        ops.get(op).fields().forEachRemaining(e -> list.addObject()
                                .put("name", e.getKey()).put("value", e.getValue().asText()));
                    }
                }
                if (ops.has("remove")) {
                    ArrayNode list = modifier.putArray("remove");
                    ops.get("remove").forEach(list::add);
                }
                tracker.consume(vs, at.key(side));
                if (!modifier.isEmpty()) {
                    String type = side.equals("request") ? "RequestHeaderModifier" : "ResponseHeaderModifier";
                    ObjectNode filter = filters.addObject().put("type", type);
                    filter.set(side.equals("request") ? "requestHeaderModifier" : "responseHeaderModifier", modifier);
                }
            }
        }

        private ObjectNode redirect(JsonNode r, FieldPath at) {
            ObjectNode filter = TranslationContext.object().put("type", "RequestRedirect");
            ObjectNode rr = filter.putObject("requestRedirect");
            if (r.has("scheme")) {
                rr.put("scheme", r.get("scheme").asText());
                tracker.consume(vs, at.key("scheme"));
            }
            if (r.has("authority")) {
                rr.put("hostname", r.get("authority").asText());
                tracker.consume(vs, at.key("authority"));
            }
            if (r.has("uri")) {
                rr.putObject("path").put("type", "ReplaceFullPath").put("replaceFullPath", r.get("uri").asText());
                tracker.consume(vs, at.key("uri"));
            }
            if (r.has("port")) {
                rr.put("port", r.get("port").asInt());
                tracker.consume(vs, at.key("port"));
            }
            if (r.has("derivePort")) {
                ctx.gap(LinkerdGap.VS_REDIRECT_OPTION, vs, at.key("derivePort"), "derivePort "
                        + r.get("derivePort").asText() + " has no equivalent: the redirect keeps the request's port");
            }
            int code = r.path("redirectCode").asInt(301);
            if (code == 301 || code == 302) {
                // Always explicit: Istio's default is 301, Gateway API's 302.
                rr.put("statusCode", code);
                if (r.has("redirectCode")) {
                    tracker.consume(vs, at.key("redirectCode"));
                }
            } else {
                rr.put("statusCode", 302);
                ctx.gap(LinkerdGap.VS_REDIRECT_OPTION, vs, at.key("redirectCode"), "redirect code " + code
                        + " is not available in Gateway API 1.2; written as 302");
            }
            if (r.isEmpty()) {
                tracker.consume(vs, at);
            }
            return filter;
        }

        /** Weighted backends; destinations that cannot be resolved are reported and left out. */
        private ArrayNode backends(JsonNode route, FieldPath at) {
            ArrayNode out = TranslationContext.object().arrayNode();
            for (int j = 0; j < route.size(); j++) {
                JsonNode d = route.get(j);
                FieldPath dp = at.index(j);
                Optional<ObjectNode> ref = backendRef(d.path("destination"), dp.key("destination"));
                if (ref.isEmpty()) {
                    tracker.ignore(vs, dp);
                    continue;
                }
                // Istio sends everything to a lone destination whatever its weight; with several, a missing weight is 0.
                int weight = route.size() == 1 ? 100 : d.path("weight").asInt(0);
                if (d.has("weight")) {
                    tracker.consume(vs, dp.key("weight"));
                }
                ref.get().put("weight", weight);
                ArrayNode filters = TranslationContext.object().arrayNode();
                headerFilters(d.path("headers"), dp.key("headers"), filters);
                if (!filters.isEmpty()) {
                    ref.get().set("filters", filters);
                }
                out.add(ref.get());
            }
            return out;
        }

        private Optional<ObjectNode> backendRef(JsonNode dest, FieldPath at) {
            String host = dest.path("host").asText();
            Optional<Cluster.ServiceRef> svc = cluster.service(host, namespace);
            if (svc.isEmpty()) {
                ctx.gap(LinkerdGap.VS_DESTINATION_UNRESOLVED, vs, at.key("host"), "destination '" + host
                        + "' is not a Kubernetes Service of the inputs: the backend is left out");
                return Optional.empty();
            }
            String name = svc.get().name();
            if (dest.has("subset")) {
                String subset = dest.get("subset").asText();
                if (cluster.subsetLabels(svc.get(), subset).isEmpty()) {
                    ctx.gap(LinkerdGap.VS_DESTINATION_UNRESOLVED, vs, at.key("subset"), "subset '" + subset
                            + "' of '" + host + "' is defined by no DestinationRule of the inputs: the backend is left out");
                    return Optional.empty();
                }
                name = DestinationRules.subsetServiceName(svc.get().name(), subset);
                tracker.consume(vs, at.key("subset"));
            }
            Integer port = null;
            if (dest.path("port").has("number")) {
                port = dest.path("port").path("number").asInt();
                tracker.consume(vs, at.key("port"));
            } else {
                List<Cluster.ServicePort> ports = svc.get().ports();
                if (ports.size() == 1) {
                    port = ports.get(0).port();
                }
            }
            if (port == null) {
                ctx.gap(LinkerdGap.VS_DESTINATION_UNRESOLVED, vs, at, "the port of '" + host + "' is unknown (Linkerd "
                        + "requires a backend port): give destination.port or include the Service: the backend is left out");
                return Optional.empty();
            }
            tracker.consume(vs, at.key("host"));
            ObjectNode ref = TranslationContext.object();
            ref.put("name", name);
            // Relative to the route, which lives in its parent Service's namespace; stripped there when equal.
            ref.put("namespace", svc.get().namespace());
            ref.put("port", port);
            return Optional.of(ref);
        }

        private void unsupported(JsonNode h, FieldPath at) {
            if (h.has("rewrite")) {
                ctx.gap(LinkerdGap.VS_REWRITE, vs, at.key("rewrite"), "the rewrite " + h.get("rewrite")
                        + " is not translated: the backend receives the original path and authority");
            }
            for (String mirror : List.of("mirror", "mirrors", "mirrorPercentage", "mirrorPercent", "mirror_percent")) {
                if (h.has(mirror)) {
                    ctx.gap(LinkerdGap.VS_MIRROR, vs, at.key(mirror), "traffic mirroring ('" + mirror
                            + "') is not translated: no request is mirrored");
                }
            }
            JsonNode fault = h.path("fault");
            if (fault.has("delay")) {
                ctx.gap(LinkerdGap.VS_FAULT_DELAY, vs, at.key("fault").key("delay"), "the injected delay "
                        + fault.get("delay").path("fixedDelay").asText("") + " is not translated");
            }
            if (fault.has("abort")) {
                ctx.gap(LinkerdGap.VS_FAULT_ABORT, vs, at.key("fault").key("abort"), "the injected abort is not translated");
            }
            if (fault.isObject() && fault.isEmpty()) {
                tracker.consume(vs, at.key("fault"));
            }
            if (h.has("corsPolicy")) {
                ctx.gap(LinkerdGap.VS_CORS, vs, at.key("corsPolicy"), "the CORS policy is not translated");
            }
        }

        /** The retry annotations of an entry (empty: no retries). */
        private Map<String, String> retries(JsonNode r, FieldPath at) {
            Map<String, String> out = new TreeMap<>();
            if (r.isMissingNode()) {
                return out;
            }
            int attempts = r.path("attempts").asInt(0);
            if (r.has("attempts")) {
                tracker.consume(vs, at.key("attempts"));
            }
            if (r.isEmpty()) {
                tracker.consume(vs, at);
            }
            for (String option : List.of("retryRemoteLocalities", "backoff", "retryIgnorePreviousHosts")) {
                if (r.has(option)) {
                    ctx.gap(LinkerdGap.VS_RETRY_OPTIONS, vs, at.key(option), "retry option '" + option
                            + "' has no Linkerd equivalent");
                }
            }
            if (attempts <= 0) {
                for (String f : List.of("perTryTimeout", "retryOn")) {
                    if (r.has(f)) {
                        tracker.consume(vs, at.key(f));
                    }
                }
                return out;
            }
            List<String> conditions = new ArrayList<>();
            List<String> grpcConditions = new ArrayList<>();
            List<String> lost = new ArrayList<>();
            String retryOn = r.has("retryOn") ? r.get("retryOn").asText()
                    : "connect-failure,refused-stream,unavailable,cancelled,retriable-status-codes";
            for (String c : retryOn.split(",")) {
                String cond = c.trim();
                if (cond.equals("5xx") || cond.equals("gateway-error") || cond.matches("\\d{3}")) {
                    conditions.add(cond);
                } else if (GRPC_RETRY_CONDITIONS.contains(cond)) {
                    grpcConditions.add(cond);
                } else if (cond.equals("retriable-status-codes")) {
                    // Istio's default retriable status code is 503 (mesh config default_http_retry_policy).
                    conditions.add("503");
                } else if (!cond.isEmpty()) {
                    lost.add(cond);
                }
            }
            FieldPath on = at.key("retryOn");
            if (conditions.isEmpty() && grpcConditions.isEmpty()) {
                ctx.gap(LinkerdGap.VS_RETRY_CONDITIONS, vs, r.has("retryOn") ? on : at,
                        "retry conditions " + lost + " have no Linkerd equivalent: requests are not retried");
                tracker.ignore(vs, at);
                return out;
            }
            if (!conditions.isEmpty()) {
                out.put(HTTP_RETRY, String.join(",", new TreeSet<>(conditions)));
            }
            if (!grpcConditions.isEmpty()) {
                out.put(GRPC_RETRY, String.join(",", new TreeSet<>(grpcConditions)));
            }
            out.put("retry.linkerd.io/limit", Integer.toString(attempts));
            if (r.has("perTryTimeout")) {
                Optional<Long> ms = Durations.millis(r.get("perTryTimeout").asText());
                if (ms.isPresent()) {
                    out.put("retry.linkerd.io/timeout", Durations.gatewayApi(ms.get()));
                    tracker.consume(vs, at.key("perTryTimeout"));
                }
            }
            if (!lost.isEmpty()) {
                ctx.gap(LinkerdGap.VS_RETRY_CONDITIONS, vs, r.has("retryOn") ? on : at, "retry conditions " + lost
                        + " have no Linkerd equivalent; retried on " + String.join(",", conditions)
                        + (conditions.isEmpty() || grpcConditions.isEmpty() ? "" : ",") + String.join(",", grpcConditions)
                        + " only");
            } else {
                tracker.consume(vs, on);
            }
            ctx.gap(LinkerdGap.VS_RETRIES, vs, at, "retries become the annotations " + out
                    + " of the route, for all its rules; Linkerd does not retry request bodies over 64 KiB");
            return out;
        }

        // ---- emitting HTTPRoutes ----

        /**
         * The producer routes (in the Service's namespace: every client) and, for each sourceNamespace of a match, a
         * consumer route in that namespace, which replaces the producer routes for its clients (GEP-1426; Linkerd docs
         * reference/httproute.md), so it repeats the rules without sourceNamespace in their order.
         */
        private void emitHttpRoutes(Cluster.ServiceRef svc, String baseName, List<Entry> entries) {
            Set<String> sources = new TreeSet<>();
            entries.forEach(e -> e.matches().forEach(m -> {
                if (m.sourceNamespace() != null) {
                    sources.add(m.sourceNamespace());
                }
            }));
            emitHttpRoutesIn(svc, baseName, forClients(entries, null), svc.namespace());
            for (String client : sources) {
                if (client.equals(svc.namespace())) {
                    for (Entry e : entries) {
                        for (PortedMatch m : e.matches()) {
                            if (client.equals(m.sourceNamespace())) {
                                ctx.gap(LinkerdGap.VS_UNSUPPORTED_MATCH, vs, m.source().key("sourceNamespace"),
                                        "clients in the Service's own namespace cannot get routes of their own (a route "
                                                + "there applies to every client): the match is left out");
                            }
                        }
                    }
                    continue;
                }
                emitHttpRoutesIn(svc, baseName, forClients(entries, client), client);
            }
        }

        /** The entries as seen by clients of one namespace (null: clients of any namespace). */
        private static List<Entry> forClients(List<Entry> entries, String client) {
            List<Entry> out = new ArrayList<>();
            for (Entry e : entries) {
                List<PortedMatch> kept = e.matches().stream()
                        .filter(m -> m.sourceNamespace() == null || m.sourceNamespace().equals(client)).toList();
                // An entry whose every match was left out stays (with no rule): the route still attaches to the
                // Service, so requests no rule matches are refused as Istio refuses them, never sent on by default.
                if (!kept.isEmpty() || e.matches().isEmpty()) {
                    out.add(new Entry(e.index(), kept, e.rule(), e.retry()));
                }
            }
            return out;
        }

        private void emitHttpRoutesIn(Cluster.ServiceRef svc, String baseName, List<Entry> entries, String routeNamespace) {
            if (entries.isEmpty()) {
                return;
            }
            boolean perPort = entries.stream().anyMatch(e -> e.matches().stream().anyMatch(m -> m.port() != null));
            List<Integer> servicePorts = svc.ports().stream()
                    .filter(p -> !isTcpOnly(p)).map(Cluster.ServicePort::port).toList();
            if (!perPort) {
                List<Integer> grpcPorts = svc.ports().stream().filter(One::isGrpc)
                        .map(Cluster.ServicePort::port).toList();
                List<Integer> httpPorts = servicePorts.stream().filter(p -> !grpcPorts.contains(p)).toList();
                if (!httpPorts.isEmpty() || grpcPorts.isEmpty()) {
                    emitForPorts(svc, baseName, httpPorts, entries, false, routeNamespace);
                }
                if (!grpcPorts.isEmpty()) {
                    emitForPorts(svc, httpPorts.isEmpty() ? baseName : baseName + "-grpc", grpcPorts, entries, true,
                            routeNamespace);
                }
                return;
            }
            Set<Integer> ports = new TreeSet<>(servicePorts);
            entries.forEach(e -> e.matches().forEach(m -> {
                if (m.port() != null) {
                    ports.add(m.port());
                }
            }));
            for (int port : ports) {
                List<Entry> forPort = new ArrayList<>();
                for (Entry e : entries) {
                    List<PortedMatch> kept = e.matches().stream()
                            .filter(m -> m.port() == null || m.port() == port).toList();
                    if (!kept.isEmpty()) {
                        forPort.add(new Entry(e.index(), kept, e.rule(), e.retry()));
                    }
                }
                boolean grpc = svc.ports().stream().anyMatch(p -> p.port() == port && isGrpc(p));
                emitForPorts(svc, baseName + "-" + port, List.of(port), forPort, grpc, routeNamespace);
            }
        }

        /** Drops the namespace of backends in the route's own namespace. */
        private static void localBackends(JsonNode backendRefs, String routeNamespace) {
            for (JsonNode b : backendRefs) {
                if (b.path("namespace").asText().equals(routeNamespace)) {
                    ((ObjectNode) b).remove("namespace");
                }
            }
        }

        /** Drops the namespace of backends in the route's own namespace, in every rule. */
        private static void localBackendsOfRules(ArrayNode rules, String routeNamespace) {
            rules.forEach(rule -> localBackends(rule.path("backendRefs"), routeNamespace));
        }

        /** Copies of the rule for the matches, at most 64 matches each (Gateway API HTTPRouteRule.matches maxItems). */
        private static void addRules(ArrayNode rules, ObjectNode rule, List<HttpMatch> matches, boolean grpc) {
            for (int from = 0; from < matches.size(); from += 64) {
                ObjectNode copy = rule.deepCopy();
                ArrayNode matchNodes = copy.putArray("matches");
                for (HttpMatch m : matches.subList(from, Math.min(matches.size(), from + 64))) {
                    matchNodes.add(grpc ? GrpcMatches.toGatewayApi(m) : m.toGatewayApi());
                }
                if (grpc) {
                    copy.remove("timeouts");
                }
                rules.add(copy);
            }
        }

        /**
         * A rule whose only backend is a Service that does not exist: Linkerd's policy controller gives such a backend
         * a failure injector, so its requests fail with 500 "Service not found" (linkerd2 policy-controller
         * grpc/src/outbound/http.rs and grpc.rs convert_backend: {@code svc.exists} false → HttpFailureInjector status
         * 500 / GrpcFailureInjector code 500), as Gateway API requires of an invalid backendRef (apis/v1/httproute_types.go
         * HTTPRouteRule.BackendRefs: "When a HTTPBackendRef is invalid, 500 status codes MUST be returned for requests
         * that would have otherwise been routed to an invalid backend"; GRPCRouteRule: UNAVAILABLE).
         */
        private static ObjectNode unresolvedRule(List<Integer> ports, Cluster.ServiceRef svc) {
            ObjectNode rule = TranslationContext.object();
            rule.putArray("matches");
            int port = !ports.isEmpty() && ports.get(0) != null ? ports.get(0)
                    : svc.ports().isEmpty() ? 80 : svc.ports().get(0).port();
            rule.putArray("backendRefs").addObject().put("name", UNRESOLVED_SERVICE).put("port", port);
            return rule;
        }

        /** Istio's protocol selection: a port named grpc or grpc-*, or appProtocol grpc. */
        private static boolean isGrpc(Cluster.ServicePort p) {
            String name = p.name().toLowerCase(Locale.ROOT);
            return name.equals("grpc") || name.startsWith("grpc-") || p.appProtocol().equalsIgnoreCase("grpc");
        }

        private static boolean isTcpOnly(Cluster.ServicePort p) {
            String name = p.name().toLowerCase(Locale.ROOT);
            return p.appProtocol().equals("tcp") || name.startsWith("tcp") || name.startsWith("mongo")
                    || name.startsWith("mysql") || name.startsWith("redis") || !p.protocol().equals("TCP");
        }

        /**
         * The routes for one parent port set: entries in Istio order, the intersections of overlapping matches added to
         * the earlier entry (so that Linkerd's most-specific-wins choice agrees with Istio's first match), split into
         * one route per retry policy.
         */
        private void emitForPorts(Cluster.ServiceRef svc, String baseName, List<Integer> ports, List<Entry> entries,
                                  boolean grpcPorts, String routeNamespace) {
            if (entries.isEmpty()) {
                return;
            }
            List<List<HttpMatch>> ruleMatches = new ArrayList<>();
            for (Entry e : entries) {
                List<HttpMatch> ms = new ArrayList<>();
                e.matches().forEach(m -> ms.add(m.match()));
                ruleMatches.add(ms);
            }
            boolean grpc = grpcPorts && GrpcMatches.convertible(entries.stream().map(Entry::rule).toList(), ruleMatches);
            List<Entry> keyed = new ArrayList<>();
            for (Entry e : entries) {
                keyed.add(new Entry(e.index(), e.matches(), e.rule(), routeAnnotations(e, grpc)));
            }
            entries = keyed;
            Map<Map<String, String>, Integer> groupOf = new LinkedHashMap<>();
            for (Entry e : entries) {
                groupOf.putIfAbsent(e.retry(), groupOf.size());
            }
            java.util.Comparator<HttpMatch> ranking = grpc ? GrpcMatches::compareRank : HttpMatch::compareRank;
            List<List<HttpMatch>> failClosed = firstMatchOrder(entries, ruleMatches, groupOf, ranking, !grpc);
            if (grpc && !GrpcMatches.convertible(entries.stream().map(Entry::rule).toList(), ruleMatches)) {
                grpc = false;
            }
            List<ObjectNode> routes = new ArrayList<>();
            for (Map.Entry<Map<String, String>, Integer> g : groupOf.entrySet()) {
                String name = g.getValue() == 0 ? baseName : baseName + "-" + (g.getValue() + 1);
                ObjectNode route = TranslationContext.object();
                String version = ctx.options().linkerdMinor() >= 18 ? "gateway.networking.k8s.io/v1"
                        : grpc ? "gateway.networking.k8s.io/v1alpha2" : "gateway.networking.k8s.io/v1beta1";
                route.put("apiVersion", version);
                route.put("kind", grpc ? "GRPCRoute" : "HTTPRoute");
                ObjectNode md = route.putObject("metadata");
                md.put("name", name);
                md.put("namespace", routeNamespace);
                if (!g.getKey().isEmpty()) {
                    ObjectNode ann = md.putObject("annotations");
                    g.getKey().forEach(ann::put);
                }
                ObjectNode rs = route.putObject("spec");
                ArrayNode parents = rs.putArray("parentRefs");
                for (Integer port : ports.isEmpty() ? java.util.Collections.<Integer>singletonList(null) : ports) {
                    ObjectNode parent = parents.addObject().put("group", "core").put("kind", "Service").put("name", svc.name());
                    if (!routeNamespace.equals(svc.namespace())) {
                        parent.put("namespace", svc.namespace());
                    }
                    if (port != null) {
                        parent.put("port", port);
                    }
                }
                ArrayNode rules = rs.putArray("rules");
                for (int i = 0; i < entries.size(); i++) {
                    Entry e = entries.get(i);
                    if (!e.retry().equals(g.getKey())) {
                        continue;
                    }
                    if (!failClosed.get(i).isEmpty()) {
                        addRules(rules, unresolvedRule(ports, svc), failClosed.get(i), grpc);
                    }
                    addRules(rules, e.rule(), ruleMatches.get(i), grpc);
                }
                localBackendsOfRules(rules, routeNamespace);
                if (rules.size() > 16) {
                    ctx.note(LinkerdGap.VS_MATCH_ORDER, vs, FieldPath.parse("spec.http"), "route '" + name + "' has "
                            + rules.size() + " rules, more than the 16 Gateway API allows: split the VirtualService");
                }
                routes.add(route);
                ctx.emit(route, vs, FieldPath.parse("spec.http"));
            }
        }

        /**
         * The annotations an entry needs on its route: its retries for the route kind (gRPC statuses on a GRPCRoute,
         * HTTP statuses on an HTTPRoute; the other kind is reported), and on a GRPCRoute its timeout, which GRPCRoute
         * rules cannot carry (Gateway API 1.2 GRPCRouteRule; Linkerd docs reference/timeouts.md).
         */
        private Map<String, String> routeAnnotations(Entry e, boolean grpc) {
            Map<String, String> out = new TreeMap<>(e.retry());
            String dropped = grpc ? HTTP_RETRY : GRPC_RETRY;
            if (out.containsKey(dropped)) {
                ctx.gap(LinkerdGap.VS_RETRY_CONDITIONS, vs, FieldPath.parse("spec.http").index(e.index()).key("retries"),
                        "retry conditions " + out.get(dropped) + " apply to " + (grpc ? "HTTP" : "gRPC") + " responses, "
                                + "but this port gets " + (grpc ? "a GRPCRoute" : "an HTTPRoute") + ": they are not retried");
                out.remove(dropped);
            }
            if (!out.containsKey(HTTP_RETRY) && !out.containsKey(GRPC_RETRY)) {
                out.clear();
            }
            JsonNode timeout = e.rule().path("timeouts").path("request");
            if (grpc && !timeout.isMissingNode()) {
                out.put("timeout.linkerd.io/request", timeout.asText());
            }
            return out;
        }

        /**
         * Istio takes the first entry that matches; Linkerd the highest-ranked match, the first rule on a tie. For each
         * pair of overlapping matches where a later one ranks at least as high as an earlier one, the intersection is
         * added to the earlier entry: it ranks at least as high as the later match and comes first, so it wins. Across
         * routes (different retry policies) a tie is decided by route age, so the intersection must rank strictly higher.
         * Entries are handled from the last to the first, and each earlier entry is compared with the later ones'
         * matches including the intersections they received: a request that matches an earlier entry and two later
         * ones must meet the earlier entry's copy of the later ones' intersection (found by the differential tests).
         *
         * <p>Where the intersection cannot be written, the translation fails closed: the later match is returned for
         * its entry, which gets a rule with that match to a Service that does not exist just before its own rule (same
         * rank, earlier in the same route: it wins every request the later match would win), so Linkerd answers those
         * requests with 500 instead of sending them where Istio does not. Returns those matches, one list per entry.
         */
        private List<List<HttpMatch>> firstMatchOrder(List<Entry> entries, List<List<HttpMatch>> ruleMatches,
                                                      Map<Map<String, String>, Integer> groupOf,
                                                      java.util.Comparator<HttpMatch> ranking, boolean http) {
            List<List<HttpMatch>> failClosed = new ArrayList<>();
            entries.forEach(e -> failClosed.add(new ArrayList<>()));
            Map<String, Unwritten> unwritten = new LinkedHashMap<>();
            for (int i = entries.size() - 1; i >= 0; i--) {
                List<HttpMatch> earlier = new ArrayList<>(ruleMatches.get(i));
                for (int j = i + 1; j < entries.size(); j++) {
                    boolean sameRoute = groupOf.get(entries.get(i).retry()).equals(groupOf.get(entries.get(j).retry()));
                    for (HttpMatch a : earlier) {
                        for (HttpMatch b : List.copyOf(ruleMatches.get(j))) {
                            int cmp = ranking.compare(b, a);
                            if (cmp < 0 && http && HttpMatch.exactRootMayTie(a, b)) {
                                cmp = HttpMatch.compareRankIgnoringPath(b, a);
                            }
                            if (cmp < 0 || (cmp == 0 && sameRoute)) {
                                continue;
                            }
                            HttpMatch.Meet meet = a.meet(b);
                            if (meet instanceof HttpMatch.Disjoint) {
                                continue;
                            }
                            if (meet instanceof HttpMatch.Both both) {
                                int rankCmp = ranking.compare(both.match(), b);
                                if (sameRoute || rankCmp > 0) {
                                    if (!ruleMatches.get(i).contains(both.match())) {
                                        ruleMatches.get(i).add(both.match());
                                    }
                                    continue;
                                }
                            }
                            if (!failClosed.get(j).contains(b)) {
                                failClosed.get(j).add(b);
                            }
                            Unwritten pair = unwritten.computeIfAbsent(i + ">" + j,
                                    k -> new Unwritten(new ArrayList<>(), new boolean[1]));
                            if (!pair.matches().contains(b)) {
                                pair.matches().add(b);
                            }
                            pair.unknown()[0] |= !(meet instanceof HttpMatch.Both);
                        }
                    }
                }
            }
            unwritten.forEach((key, pair) -> {
                int i = entries.get(Integer.parseInt(key.substring(0, key.indexOf('>')))).index();
                int j = entries.get(Integer.parseInt(key.substring(key.indexOf('>') + 1))).index();
                List<String> written = pair.matches().stream().map(m -> m.toGatewayApi().toString()).toList();
                String why = pair.unknown()[0] ? "meshport cannot write their intersection as one match"
                        : "their intersection would tie with http[" + j + "]'s match from another HTTPRoute (other "
                                + "retries), a tie Linkerd breaks by route age, not by rule order";
                ctx.gap(LinkerdGap.VS_MATCH_ORDER, vs, FieldPath.parse("spec.http").index(j).key("match"),
                        "requests that match both http[" + i + "] and http[" + j + "] go to http[" + i + "] in Istio (first "
                                + "match), but Linkerd ranks http[" + j + "] at least as high (most specific match) and "
                                + why + ". To fail closed, every request that matches "
                                + String.join(" or ", written) + " is sent to the Service '" + UNRESOLVED_SERVICE + "', "
                                + "which does not exist, so Linkerd answers it with 500 instead of sending it to http[" + j
                                + "]'s backends: reorder or narrow the Istio entries by hand so that http[" + j + "] does not "
                                + "overlap http[" + i + "], then translate again");
            });
            return failClosed;
        }

        // ---- tcp[] and tls[] ----

        /**
         * TCP and TLS entries: Istio takes the first entry whose match applies (port, and SNI for TLS); each becomes
         * a TCPRoute per Service port, or a TLSRoute whose hostnames leave out the SNI names an earlier entry takes.
         */
        private void emitL4Routes(Cluster.ServiceRef svc, String baseName, String section) {
            JsonNode entries = spec.path(section);
            boolean tls = section.equals("tls");
            Set<Integer> claimedPorts = new TreeSet<>();
            List<String> claimedHosts = new ArrayList<>();
            for (int i = 0; i < entries.size(); i++) {
                JsonNode t = entries.get(i);
                FieldPath at = FieldPath.parse("spec." + section).index(i);
                Set<Integer> ports = new TreeSet<>();
                Set<String> hosts = new TreeSet<>();
                boolean allPorts = !t.has("match") || t.get("match").isEmpty();
                JsonNode matches = t.path("match");
                if (matches.isArray() && matches.isEmpty()) {
                    tracker.consume(vs, at.key("match"));
                }
                for (int k = 0; k < matches.size(); k++) {
                    JsonNode m = matches.get(k);
                    FieldPath mp = at.key("match").index(k);
                    boolean unsupported = false;
                    for (Iterator<String> it = m.fieldNames(); it.hasNext(); ) {
                        String f = it.next();
                        if (!f.equals("port") && !f.equals("gateways") && !(tls && f.equals("sniHosts"))) {
                            ctx.gap(LinkerdGap.VS_TCP_TLS_MATCH, vs, mp.key(f), section.toUpperCase(Locale.ROOT)
                                    + " match condition '" + f + "' has no equivalent: the match is left out");
                            unsupported = true;
                        }
                    }
                    if (m.has("gateways")) {
                        tracker.consume(vs, mp.key("gateways"));
                        boolean mesh = false;
                        for (JsonNode g : m.get("gateways")) {
                            mesh |= g.asText().equals("mesh");
                        }
                        unsupported |= !mesh;
                    }
                    if (unsupported) {
                        tracker.ignore(vs, mp);
                        continue;
                    }
                    if (m.has("sniHosts")) {
                        tracker.consume(vs, mp.key("sniHosts"));
                        m.get("sniHosts").forEach(h -> hosts.add(h.asText()));
                    }
                    if (m.has("port")) {
                        tracker.consume(vs, mp.key("port"));
                        ports.add(m.get("port").asInt());
                    } else {
                        allPorts = true;
                    }
                }
                if (allPorts) {
                    svc.ports().forEach(p -> ports.add(p.port()));
                }
                if (!tls) {
                    ports.removeAll(claimedPorts);
                } else {
                    hosts.removeIf(h -> claimedHosts.stream().anyMatch(c -> covers(c, h)));
                }
                ArrayNode backends = backends(t.path("route"), at.key("route"));
                if (ports.isEmpty() || backends.isEmpty() || (tls && hosts.isEmpty())) {
                    continue;
                }
                if (tls) {
                    claimedHosts.addAll(hosts);
                } else {
                    claimedPorts.addAll(ports);
                }
                for (int port : ports) {
                    ObjectNode route = TranslationContext.object();
                    route.put("apiVersion", "gateway.networking.k8s.io/v1alpha2");
                    route.put("kind", tls ? "TLSRoute" : "TCPRoute");
                    route.putObject("metadata").put("name", baseName + "-" + section + "-" + (tls ? i + "-" : "") + port)
                            .put("namespace", svc.namespace());
                    ObjectNode rs = route.putObject("spec");
                    rs.putArray("parentRefs").addObject().put("group", "core").put("kind", "Service")
                            .put("name", svc.name()).put("port", port);
                    if (tls) {
                        ArrayNode hostnames = rs.putArray("hostnames");
                        hosts.forEach(hostnames::add);
                    }
                    ArrayNode rb = rs.putArray("rules").addObject().putArray("backendRefs");
                    backends.forEach(b -> {
                        ObjectNode copy = ((ObjectNode) b).deepCopy();
                        copy.remove("filters");
                        rb.add(copy);
                    });
                    localBackends(rb, svc.namespace());
                    ctx.emit(route, vs, at);
                }
            }
        }

        /** True when SNI pattern {@code earlier} selects every name {@code later} does (exact or "*." wildcard). */
        private static boolean covers(String earlier, String later) {
            if (earlier.equals(later)) {
                return true;
            }
            return earlier.startsWith("*.") && later.endsWith(earlier.substring(1))
                    && (!later.startsWith("*.") || later.length() >= earlier.length());
        }
    }
}
