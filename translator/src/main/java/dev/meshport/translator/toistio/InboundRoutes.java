package dev.meshport.translator.toistio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.meshport.model.FieldPath;
import dev.meshport.model.Manifest;
import dev.meshport.translator.TranslationContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Inbound routes (HTTPRoute or GRPCRoute whose parent is a Server) as Istio authorization operations. A match that
 * Istio authorization cannot express is left out and reported, so that the translated rule allows less, never more.
 */
final class InboundRoutes {

    /** One request pattern: paths, methods (null: any) and exact header values, all AND-ed. */
    record Operation(List<String> paths, List<String> methods, Map<String, String> headers) {

        static final Operation ANY = new Operation(null, null, Map.of());

        /** The Istio rule {@code to} entry for these ports. */
        ObjectNode toJson(int port) {
            ObjectNode to = JsonNodeFactory.instance.objectNode();
            ObjectNode op = to.putObject("operation");
            op.putArray("ports").add(String.valueOf(port));
            if (paths != null) {
                ArrayNode a = op.putArray("paths");
                paths.forEach(a::add);
            }
            if (methods != null) {
                ArrayNode a = op.putArray("methods");
                methods.forEach(a::add);
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

    /** The operations of every match of the route; fields are consumed, or reported when left out. */
    static List<Operation> operations(TranslationContext ctx, Manifest route) {
        List<Operation> out = new ArrayList<>();
        ctx.tracker().consume(route, "spec.parentRefs");
        JsonNode rules = route.tree().path("spec").path("rules");
        boolean grpc = route.kind().equals("GRPCRoute");
        for (int r = 0; r < rules.size(); r++) {
            FieldPath rulePath = FieldPath.of("spec", "rules").index(r);
            JsonNode matches = rules.get(r).path("matches");
            if (matches.isEmpty()) {
                out.add(Operation.ANY);
                if (rules.get(r).has("matches")) {
                    ctx.tracker().consume(route, rulePath.key("matches"));
                }
            }
            for (int i = 0; i < matches.size(); i++) {
                FieldPath at = rulePath.key("matches").index(i);
                Operation op = grpc ? grpcOperation(ctx, route, at, matches.get(i)) : httpOperation(ctx, route, at, matches.get(i));
                if (op != null) {
                    out.add(op);
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
            out.add(Operation.ANY);
        }
        if (route.tree().path("spec").has("hostnames")) {
            ctx.gap(IstioGap.ROUTE_MATCH_IN_AUTHZ, route, FieldPath.of("spec", "hostnames"),
                    "hostnames of an inbound route are not written into the Istio rule; the rule applies to every host");
        }
        return out;
    }

    private static Operation httpOperation(TranslationContext ctx, Manifest route, FieldPath at, JsonNode m) {
        List<String> paths = null;
        if (m.has("path")) {
            String type = m.path("path").path("type").asText("PathPrefix");
            String value = m.path("path").path("value").asText("/");
            switch (type) {
                case "Exact" -> paths = List.of(value);
                case "PathPrefix" -> {
                    String prefix = value.replaceAll("/+$", "");
                    // Gateway API prefixes are whole segments (apis/v1/httproute_types.go PathMatchPathPrefix):
                    // /api matches /api and /api/…, which Istio authorization writes as "/api" and "/api/*".
                    paths = prefix.isEmpty() ? null : List.of(prefix, prefix + "/*");
                }
                default -> {
                    unsupported(ctx, route, at.key("path"), "a " + type + " path");
                    return null;
                }
            }
        }
        List<String> methods = m.has("method") ? List.of(m.path("method").asText()) : null;
        Map<String, String> headers = headers(ctx, route, at, m);
        if (headers == null) {
            return null;
        }
        if (m.has("queryParams")) {
            unsupported(ctx, route, at.key("queryParams"), "a query parameter");
            return null;
        }
        return new Operation(paths, methods, headers);
    }

    private static Operation grpcOperation(TranslationContext ctx, Manifest route, FieldPath at, JsonNode m) {
        List<String> paths = null;
        JsonNode method = m.path("method");
        if (!method.isMissingNode()) {
            if (!method.path("type").asText("Exact").equals("Exact")) {
                unsupported(ctx, route, at.key("method"), "a regular-expression gRPC method");
                return null;
            }
            String service = method.path("service").asText("");
            String name = method.path("method").asText("");
            if (service.isEmpty()) {
                unsupported(ctx, route, at.key("method"), "a gRPC method without service");
                return null;
            }
            // gRPC requests are POSTs to /<service>/<method> (gRPC over HTTP/2 protocol spec).
            paths = List.of(name.isEmpty() ? "/" + service + "/*" : "/" + service + "/" + name);
        }
        Map<String, String> headers = headers(ctx, route, at, m);
        return headers == null ? null : new Operation(paths, null, headers);
    }

    /** Exact header matches by lower-case name, or null (reported) when one is a regular expression. */
    private static Map<String, String> headers(TranslationContext ctx, Manifest route, FieldPath at, JsonNode m) {
        Map<String, String> headers = new TreeMap<>();
        for (JsonNode h : m.path("headers")) {
            if (!h.path("type").asText("Exact").equals("Exact")) {
                unsupported(ctx, route, at.key("headers"), "a regular-expression header");
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
