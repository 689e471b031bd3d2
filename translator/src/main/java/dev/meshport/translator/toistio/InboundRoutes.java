package dev.meshport.translator.toistio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.meshport.model.FieldPath;
import dev.meshport.model.Manifest;
import dev.meshport.translator.TranslationContext;
import dev.meshport.translator.toistio.InboundRouteOrder.Match;
import dev.meshport.translator.toistio.InboundRouteOrder.PathKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Inbound routes (HTTPRoute or GRPCRoute whose parent is a Server) as Istio authorization operations. A match that
 * Istio authorization cannot express is left out and reported, so that the translated rule allows less, never more.
 */
final class InboundRoutes {

    /**
     * One request pattern: paths, methods (null: any) and exact header values, all AND-ed, less the requests of
     * {@code notPaths}, {@code notMethods} and {@code notHeaders} (the requests another inbound route takes first).
     */
    record Operation(List<String> paths, List<String> methods, Map<String, String> headers, List<String> notPaths,
                     List<String> notMethods, Map<String, List<String>> notHeaders) {

        static final Operation ANY = new Operation(null, null, Map.of());

        Operation(List<String> paths, List<String> methods, Map<String, String> headers) {
            this(paths, methods, headers, List.of(), List.of(), Map.of());
        }

        /** True when the rule needs a {@code when} of its own (header conditions). */
        boolean hasHeaderConditions() {
            return !headers.isEmpty() || !notHeaders.isEmpty();
        }

        Operation withNotPaths(List<String> more) {
            return new Operation(paths, methods, headers, union(notPaths, more), notMethods, notHeaders);
        }

        Operation withNotMethod(String method) {
            return new Operation(paths, methods, headers, notPaths, union(notMethods, List.of(method)), notHeaders);
        }

        Operation withNotHeader(String name, String value) {
            Map<String, List<String>> out = new TreeMap<>(notHeaders);
            out.put(name, union(out.getOrDefault(name, List.of()), List.of(value)));
            return new Operation(paths, methods, headers, notPaths, notMethods, out);
        }

        /** True when the exclusions leave no request: every path, method or header value is excluded. */
        boolean isEmpty() {
            boolean pathsGone = notPaths.contains("*")
                    || (paths != null && paths.stream().allMatch(p -> notPaths.stream().anyMatch(n -> InboundRouteOrder.covers(n, p))));
            boolean methodsGone = methods != null && notMethods.containsAll(methods);
            boolean headersGone = headers.entrySet().stream()
                    .anyMatch(h -> notHeaders.getOrDefault(h.getKey(), List.of()).contains(h.getValue()));
            return pathsGone || methodsGone || headersGone;
        }

        private static List<String> union(List<String> a, List<String> b) {
            java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>(a);
            out.addAll(b);
            return List.copyOf(out);
        }

        /** The Istio rule {@code to} entry for these ports. */
        ObjectNode toJson(int port) {
            ObjectNode to = JsonNodeFactory.instance.objectNode();
            ObjectNode op = to.putObject("operation");
            op.putArray("ports").add(String.valueOf(port));
            if (paths != null) {
                ArrayNode a = op.putArray("paths");
                paths.forEach(a::add);
            }
            if (!notPaths.isEmpty()) {
                ArrayNode a = op.putArray("notPaths");
                notPaths.forEach(a::add);
            }
            if (methods != null) {
                ArrayNode a = op.putArray("methods");
                methods.forEach(a::add);
            }
            if (!notMethods.isEmpty()) {
                ArrayNode a = op.putArray("notMethods");
                notMethods.forEach(a::add);
            }
            return to;
        }
    }

    private InboundRoutes() {}

    /** True when the route is attached to a Server: its parentRefs name kind Server. */
    static boolean isInbound(Manifest route) {
        for (JsonNode p : route.tree().path("spec").path("parentRefs")) {
            if (p.path("kind").asText().equals("Server")) {
                return true;
            }
        }
        return false;
    }

    /** The Servers (by name, in the route's namespace or the parentRef's) the route is attached to. */
    static List<String> servers(Manifest route) {
        List<String> out = new ArrayList<>();
        for (JsonNode p : route.tree().path("spec").path("parentRefs")) {
            if (p.path("kind").asText().equals("Server")) {
                out.add(p.path("namespace").asText(route.id().namespaceOr("default")) + "/" + p.path("name").asText());
            }
        }
        return out;
    }

    /** Every match of the route, with its Istio operation; fields are consumed, or reported when left out. */
    static List<Match> matches(TranslationContext ctx, Manifest route) {
        List<Match> out = new ArrayList<>();
        ctx.tracker().consume(route, "spec.parentRefs");
        JsonNode rules = route.tree().path("spec").path("rules");
        boolean grpc = route.kind().equals("GRPCRoute");
        for (int r = 0; r < rules.size(); r++) {
            FieldPath rulePath = FieldPath.of("spec", "rules").index(r);
            JsonNode matches = rules.get(r).path("matches");
            if (matches.isEmpty()) {
                out.add(Match.any(route, rulePath));
                if (rules.get(r).has("matches")) {
                    ctx.tracker().consume(route, rulePath.key("matches"));
                }
            }
            for (int i = 0; i < matches.size(); i++) {
                FieldPath at = rulePath.key("matches").index(i);
                Match match = grpc ? grpcMatch(ctx, route, at, matches.get(i)) : httpMatch(ctx, route, at, matches.get(i));
                out.add(match);
                if (match.operation() != null) {
                    ctx.tracker().consume(route, at);
                }
            }
            for (String other : List.of("filters", "backendRefs", "timeouts", "name")) {
                if (rules.get(r).has(other)) {
                    // Inbound routes only select requests for authorization; their filters act on the server side.
                    ctx.gap(IstioGap.ROUTE_MATCH_IN_AUTHZ, route, rulePath.key(other),
                            "'" + other + "' of an inbound route has no Istio authorization equivalent; it is dropped");
                }
            }
        }
        if (!route.tree().path("spec").has("rules")) {
            out.add(Match.any(route, FieldPath.of("spec")));
        }
        if (route.tree().path("spec").has("hostnames")) {
            ctx.gap(IstioGap.ROUTE_MATCH_IN_AUTHZ, route, FieldPath.of("spec", "hostnames"),
                    "hostnames of an inbound route are not written into the Istio rule; the rule applies to every host");
        }
        return out;
    }

    private static Match httpMatch(TranslationContext ctx, Manifest route, FieldPath at, JsonNode m) {
        List<String> paths = null;
        PathKind kind = PathKind.NONE;
        String path = null;
        boolean supported = true;
        if (m.has("path")) {
            String type = m.path("path").path("type").asText("PathPrefix");
            String value = m.path("path").path("value").asText("/");
            switch (type) {
                case "Exact" -> {
                    paths = List.of(value);
                    kind = PathKind.EXACT;
                    path = value;
                }
                case "PathPrefix" -> {
                    String prefix = value.replaceAll("/+$", "");
                    // Gateway API prefixes are whole segments (apis/v1/httproute_types.go PathMatchPathPrefix):
                    // /api matches /api and /api/…, which Istio authorization writes as "/api" and "/api/*".
                    paths = prefix.isEmpty() ? null : List.of(prefix, prefix + "/*");
                    kind = prefix.isEmpty() ? PathKind.NONE : PathKind.PREFIX;
                    path = prefix.isEmpty() ? null : prefix;
                }
                default -> {
                    unsupported(ctx, route, at.key("path"), "a " + type + " path");
                    supported = false;
                    kind = PathKind.REGEX;
                    path = type.equals("RegularExpression") ? value : null;
                }
            }
        }
        String method = m.has("method") ? m.path("method").asText() : null;
        Map<String, String> headers = headers(ctx, route, at, m, supported);
        int queries = m.path("queryParams").size();
        if (m.has("queryParams") && supported && headers != null) {
            unsupported(ctx, route, at.key("queryParams"), "a query parameter");
            supported = false;
        }
        Operation op = supported && headers != null ? new Operation(paths, method == null ? null : List.of(method), headers) : null;
        return new Match(route, at, kind, path, method, exactHeaders(m), m.path("headers").size(), queries, op);
    }

    private static Match grpcMatch(TranslationContext ctx, Manifest route, FieldPath at, JsonNode m) {
        List<String> paths = null;
        PathKind kind = PathKind.NONE;
        String path = null;
        boolean supported = true;
        JsonNode method = m.path("method");
        if (!method.isMissingNode()) {
            String service = method.path("service").asText("");
            String name = method.path("method").asText("");
            if (!method.path("type").asText("Exact").equals("Exact")) {
                unsupported(ctx, route, at.key("method"), "a regular-expression gRPC method");
                supported = false;
                kind = PathKind.REGEX;
            } else if (service.isEmpty()) {
                unsupported(ctx, route, at.key("method"), "a gRPC method without service");
                supported = false;
                kind = PathKind.REGEX;
            } else {
                // gRPC requests are POSTs to /<service>/<method> (gRPC over HTTP/2 protocol spec).
                paths = List.of(name.isEmpty() ? "/" + service + "/*" : "/" + service + "/" + name);
                kind = name.isEmpty() ? PathKind.PREFIX : PathKind.EXACT;
                path = name.isEmpty() ? "/" + service : "/" + service + "/" + name;
            }
        }
        Map<String, String> headers = headers(ctx, route, at, m, supported);
        Operation op = supported && headers != null ? new Operation(paths, null, headers) : null;
        return new Match(route, at, kind, path, null, exactHeaders(m), m.path("headers").size(), 0, op);
    }

    private static Map<String, String> exactHeaders(JsonNode m) {
        Map<String, String> out = new TreeMap<>();
        for (JsonNode h : m.path("headers")) {
            if (h.path("type").asText("Exact").equals("Exact")) {
                out.put(h.path("name").asText().toLowerCase(java.util.Locale.ROOT), h.path("value").asText());
            }
        }
        return out;
    }

    /** Exact header matches by lower-case name, or null (reported) when one is a regular expression. */
    private static Map<String, String> headers(TranslationContext ctx, Manifest route, FieldPath at, JsonNode m,
                                               boolean report) {
        Map<String, String> headers = new TreeMap<>();
        for (JsonNode h : m.path("headers")) {
            if (!h.path("type").asText("Exact").equals("Exact")) {
                if (report) {
                    unsupported(ctx, route, at.key("headers"), "a regular-expression header");
                }
                return null;
            }
            headers.put(h.path("name").asText().toLowerCase(java.util.Locale.ROOT), h.path("value").asText());
        }
        return headers;
    }

    private static void unsupported(TranslationContext ctx, Manifest route, FieldPath at, String what) {
        ctx.gap(IstioGap.ROUTE_MATCH_IN_AUTHZ, route, at.parent(), "the match uses " + what
                + ", which Istio authorization cannot express; the match is left out, so the requests it selected are denied");
    }
}
