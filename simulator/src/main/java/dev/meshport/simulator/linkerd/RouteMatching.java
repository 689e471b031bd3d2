package dev.meshport.simulator.linkerd;

import com.fasterxml.jackson.databind.JsonNode;
import dev.meshport.model.CreationOrder;
import dev.meshport.model.FieldPath;
import dev.meshport.model.Manifest;
import dev.meshport.simulator.Request;
import dev.meshport.simulator.support.Nodes;
import dev.meshport.simulator.support.RustRegex;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * linkerd2-proxy's route selection for HTTPRoute and GRPCRoute (inbound and outbound alike).
 * Sources (linkerd/linkerd2-proxy): {@code linkerd/http/route/src/lib.rs} ({@code find}: the best route by host match,
 * then by its best rule; ties keep the first, "Older rules are at the front of the list and take precedence under a
 * tie"), {@code .../http/match.rs} (RequestMatch ordering: matched path length, then number of header matches, then
 * number of query-parameter matches, then whether the method matched), {@code .../http/match/path.rs} (PathMatch
 * compares only the matched length, so Exact and PathPrefix of equal length tie), {@code .../grpc/match.rs} (service
 * name length, method name length, then header count; only POST). Route order comes from the policy controller
 * ({@code policy-controller/grpc/src/inbound/http.rs} to_route_list, after the Gateway API spec): oldest
 * creationTimestamp first (routes with one before routes without), then by name.
 *
 * <p>The Gateway API spec ranks method before headers (GHR {@code HTTPRouteRule.Matches}); the proxy ranks it last.
 * This model follows the proxy.
 */
final class RouteMatching {

    /** A route attached to the parent: the resource, whether it is a GRPCRoute, its hostnames and rules. */
    record Route(Manifest manifest, boolean grpc) {
        JsonNode rules() {
            return manifest.tree().path("spec").path("rules");
        }

        List<String> hostnames() {
            return Nodes.strings(manifest.tree().path("spec").path("hostnames"));
        }
    }

    /** The winner: route, rule index, match index (-1 for a rule without matches) and its score. */
    record Selected(Route route, int rule, int match, int[] score) {
        FieldPath rulePath() {
            return FieldPath.parse("spec.rules[" + rule + "]");
        }

        FieldPath matchPath() {
            return match < 0 ? rulePath() : rulePath().key("matches").index(match);
        }
    }

    private RouteMatching() {}

    /** Sorts routes as the policy controller hands them to the proxy. */
    static List<Route> ordered(List<Route> routes) {
        List<Route> out = new ArrayList<>(routes);
        out.sort(Comparator.comparing(Route::manifest, CreationOrder.OLDEST_FIRST));
        return out;
    }

    /** The best route and rule for the request, or null when none matches (the proxy's {@code find}). */
    static Selected find(List<Route> orderedRoutes, Request request) {
        Selected best = null;
        for (Route route : orderedRoutes) {
            int host = hostScore(route.hostnames(), request.host());
            if (host < 0) {
                continue;
            }
            JsonNode rules = route.rules();
            // A route without rules has the CRD default: one rule that matches everything.
            int ruleCount = Math.max(rules.size(), 1);
            for (int r = 0; r < ruleCount; r++) {
                JsonNode matches = rules.path(r).path("matches");
                int[] ruleScore;
                int matchIndex = -1;
                if (Nodes.empty(matches)) {
                    // "If there are no matches in the list, then the rule has an implicit default match."
                    ruleScore = route.grpc() ? new int[] {0, 0, 0} : new int[] {1, 0, 0, 0};
                } else {
                    ruleScore = null;
                    for (int m = 0; m < matches.size(); m++) {
                        int[] s = route.grpc() ? grpcScore(matches.get(m), request) : httpScore(matches.get(m), request);
                        if (s != null && (ruleScore == null || compare(s, ruleScore) > 0)) {
                            ruleScore = s;
                            matchIndex = m;
                        }
                    }
                    if (ruleScore == null) {
                        continue;
                    }
                }
                int[] score = prepend(host, ruleScore);
                if (best == null || compare(score, best.score()) > 0) {
                    best = new Selected(route, r, matchIndex, score);
                }
            }
        }
        return best;
    }

    /**
     * -1: the route's hostnames exclude the request; 0: the route has none; otherwise exact beats wildcard, longer
     * wildcard suffix beats shorter. Source: linkerd2-proxy {@code http/match/host.rs} (MatchHost, HostMatch).
     */
    static int hostScore(List<String> hostnames, String host) {
        if (hostnames.isEmpty()) {
            return 0;
        }
        int best = -1;
        for (String h : hostnames) {
            h = h.toLowerCase(Locale.ROOT);
            if (h.equals(host)) {
                best = Math.max(best, 100_000 + h.length());
            } else if (h.startsWith("*.") && host.endsWith(h.substring(1))) {
                best = Math.max(best, 1 + h.length());
            }
        }
        return best;
    }

    /** HTTP: [path length, header matches, query matches, method matched], or null when it does not match. */
    static int[] httpScore(JsonNode match, Request request) {
        boolean method = false;
        if (match.has("method")) {
            if (!match.path("method").asText().equals(request.method())) {
                return null;
            }
            method = true;
        }
        int path = 1;
        if (match.has("path")) {
            Integer len = pathLength(match.path("path"), request.path());
            if (len == null) {
                return null;
            }
            path = len;
        }
        for (JsonNode h : match.path("headers")) {
            if (!valueMatches(h, request.headers().get(h.path("name").asText().toLowerCase(Locale.ROOT)))) {
                return null;
            }
        }
        for (JsonNode q : match.path("queryParams")) {
            List<String> values = request.query().getOrDefault(q.path("name").asText(), List.of());
            if (values.stream().noneMatch(v -> valueMatches(q, v))) {
                return null;
            }
        }
        return new int[] {path, match.path("headers").size(), match.path("queryParams").size(), method ? 1 : 0};
    }

    /**
     * The matched length of a path match, or null. Source: linkerd2-proxy {@code http/match/path.rs}: Exact compares
     * the whole path; PathPrefix "/" matches everything with length 1, otherwise trailing slashes are trimmed and the
     * rest must be empty or start with '/' (segment-wise: /foo matches /foo/bar, not /foobar); RegularExpression must
     * find a match spanning the whole path.
     */
    static Integer pathLength(JsonNode path, String requestPath) {
        String type = path.path("type").asText("PathPrefix");
        String value = path.path("value").asText("/");
        switch (type) {
            case "Exact":
                return value.equals(requestPath) ? value.length() : null;
            case "RegularExpression":
                return RustRegex.firstMatchSpansWhole(value, requestPath) ? requestPath.length() : null;
            default:
                if (value.equals("/")) {
                    return 1;
                }
                String prefix = trimTrailingSlashes(value);
                String trimmed = trimTrailingSlashes(requestPath);
                if (!trimmed.startsWith(prefix)) {
                    return null;
                }
                String rest = trimmed.substring(prefix.length());
                return rest.isEmpty() || rest.startsWith("/") ? prefix.length() : null;
        }
    }

    private static String trimTrailingSlashes(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '/') {
            end--;
        }
        return s.substring(0, end);
    }

    /** Header or query value: Exact compares; RegularExpression needs a leftmost-first match spanning the value. */
    private static boolean valueMatches(JsonNode m, String value) {
        if (value == null) {
            return false;
        }
        String expected = m.path("value").asText();
        return "RegularExpression".equals(m.path("type").asText("Exact"))
                ? RustRegex.firstMatchSpansWhole(expected, value) : expected.equals(value);
    }

    /** gRPC: [service length, method length, header matches]; only POST /service/method requests match. */
    static int[] grpcScore(JsonNode match, Request request) {
        if (!request.method().equals("POST")) {
            return null;
        }
        String[] parts = request.path().split("/", -1);
        if (parts.length < 3 || !parts[0].isEmpty()) {
            return null;
        }
        JsonNode method = match.path("method");
        int service = 0;
        int name = 0;
        if (method.has("service")) {
            if (!method.path("service").asText().equals(parts[1])) {
                return null;
            }
            service = parts[1].length();
        }
        if (method.has("method")) {
            if (!method.path("method").asText().equals(parts[2])) {
                return null;
            }
            name = parts[2].length();
        }
        for (JsonNode h : match.path("headers")) {
            if (!valueMatches(h, request.headers().get(h.path("name").asText().toLowerCase(Locale.ROOT)))) {
                return null;
            }
        }
        return new int[] {service, name, match.path("headers").size()};
    }

    private static int[] prepend(int first, int[] rest) {
        int[] out = new int[rest.length + 1];
        out[0] = first;
        System.arraycopy(rest, 0, out, 1, rest.length);
        return out;
    }

    static int compare(int[] a, int[] b) {
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            if (a[i] != b[i]) {
                return Integer.compare(a[i], b[i]);
            }
        }
        return Integer.compare(a.length, b.length);
    }
}
