package dev.meshport.translator.toistio;

import com.fasterxml.jackson.databind.JsonNode;
import dev.meshport.model.Manifest;
import dev.meshport.model.ManifestSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Independent models of where each mesh sends a request to a Service, written from the upstream sources and not from
 * the translator. Linkerd: every match of every route on the Service ranks by (path score, headers, query parameters,
 * method) — exact and prefix paths score their length, a regex the length of the path it matched, accepted only when
 * the leftmost-first match spans the path — the best wins, ties to the older route, then namespace/name, then rule
 * order (linkerd2-proxy http-route match.rs, match/path.rs; Gateway API HTTPRouteRule). Istio: the first
 * VirtualService entry whose match matches, RE2 full match (virtual_service.proto).
 */
final class RouteModels {

    record Request(String service, int port, String method, String path, Map<String, String> headers) {
        @Override
        public String toString() {
            return method + " " + service + ":" + port + path + (headers.isEmpty() ? "" : " " + headers);
        }
    }

    private RouteModels() {}

    /** Backend shares (name → percent) Linkerd sends the request to; the Service itself when no route matches. */
    static Map<String, Integer> linkerd(ManifestSet in, Request r) {
        List<Manifest> routes = new ArrayList<>(in.ofKind("HTTPRoute"));
        routes.sort(Comparator.comparing((Manifest m) -> m.tree().path("metadata").path("creationTimestamp").asText("~"))
                .thenComparing(m -> m.id().namespaceOr("default")).thenComparing(m -> m.id().name()));
        int[] best = null;
        JsonNode winner = null;
        for (Manifest route : routes) {
            boolean attached = false;
            for (JsonNode p : route.tree().path("spec").path("parentRefs")) {
                attached |= p.path("kind").asText().equals("Service") && p.path("name").asText().equals(r.service())
                        && (!p.has("port") || p.path("port").asInt() == r.port());
            }
            if (!attached) {
                continue;
            }
            for (JsonNode rule : route.tree().path("spec").path("rules")) {
                List<int[]> scores = new ArrayList<>();
                if (rule.path("matches").isEmpty()) {
                    scores.add(new int[] {1, 0, 0, 0});
                }
                for (JsonNode m : rule.path("matches")) {
                    int[] s = score(m, r);
                    if (s != null) {
                        scores.add(s);
                    }
                }
                for (int[] s : scores) {
                    if (best == null || compare(s, best) > 0) {
                        best = s;
                        winner = rule;
                    }
                }
            }
        }
        Map<String, Integer> out = new TreeMap<>();
        if (winner == null) {
            out.put(r.service(), 100);
            return out;
        }
        long total = 0;
        for (JsonNode b : winner.path("backendRefs")) {
            total += b.path("weight").asLong(1);
        }
        for (JsonNode b : winner.path("backendRefs")) {
            out.merge(b.path("name").asText(), (int) Math.round(100.0 * b.path("weight").asLong(1) / total), Integer::sum);
        }
        if (winner.path("backendRefs").isEmpty()) {
            out.put(r.service(), 100);
        }
        return out;
    }

    private static int compare(int[] a, int[] b) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) {
                return Integer.compare(a[i], b[i]);
            }
        }
        return 0;
    }

    private static int[] score(JsonNode m, Request r) {
        int path = 1;
        JsonNode p = m.path("path");
        if (!p.isMissingNode()) {
            String v = p.path("value").asText("/");
            switch (p.path("type").asText("PathPrefix")) {
                case "Exact" -> {
                    if (!r.path().equals(v)) {
                        return null;
                    }
                    path = v.length();
                }
                case "RegularExpression" -> {
                    if (!wholeSpan(v, r.path())) {
                        return null;
                    }
                    path = r.path().length();
                }
                default -> {
                    String prefix = v.replaceAll("/+$", "");
                    String trimmed = r.path().replaceAll("/+$", "");
                    if (!trimmed.startsWith(prefix)
                            || trimmed.length() > prefix.length() && trimmed.charAt(prefix.length()) != '/') {
                        return null;
                    }
                    path = Math.max(1, prefix.length());
                }
            }
        }
        for (JsonNode h : m.path("headers")) {
            String v = r.headers().get(h.path("name").asText().toLowerCase());
            if (v == null || !(h.path("type").asText("Exact").equals("Exact") ? v.equals(h.path("value").asText())
                    : wholeSpan(h.path("value").asText(), v))) {
                return null;
            }
        }
        if (m.has("method") && !m.path("method").asText().equals(r.method())) {
            return null;
        }
        return new int[] {path, m.path("headers").size(), m.path("queryParams").size(), m.has("method") ? 1 : 0};
    }

    static boolean wholeSpan(String regex, String value) {
        Matcher matcher = Pattern.compile(regex).matcher(value);
        return matcher.find() && matcher.start() == 0 && matcher.end() == value.length();
    }

    /** Backend shares Istio sends the request to: the first matching entry of the Service's VirtualService. */
    static Map<String, Integer> istio(ManifestSet out, Request r) {
        for (Manifest vs : out.ofKind("VirtualService")) {
            JsonNode spec = vs.tree().path("spec");
            if (!spec.path("hosts").get(0).asText().startsWith(r.service() + ".")) {
                continue;
            }
            for (JsonNode entry : spec.path("http")) {
                if (matches(entry.path("match"), r)) {
                    Map<String, Integer> backends = new TreeMap<>();
                    JsonNode route = entry.path("route");
                    for (JsonNode d : route) {
                        backends.merge(d.path("destination").path("host").asText().split("\\.")[0],
                                route.size() == 1 ? 100 : d.path("weight").asInt(0), Integer::sum);
                    }
                    return backends;
                }
            }
        }
        return new TreeMap<>(Map.of(r.service(), 100));
    }

    private static boolean matches(JsonNode matches, Request r) {
        if (matches.isMissingNode() || matches.isEmpty()) {
            return true;
        }
        for (JsonNode m : matches) {
            boolean ok = !m.has("uri") || string(m.get("uri"), r.path());
            ok &= !m.has("method") || string(m.get("method"), r.method());
            ok &= !m.has("port") || m.get("port").asInt() == r.port();
            for (var it = m.path("headers").fields(); it.hasNext(); ) {
                var e = it.next();
                String v = r.headers().get(e.getKey());
                ok &= v != null && string(e.getValue(), v);
            }
            if (ok) {
                return true;
            }
        }
        return false;
    }

    private static boolean string(JsonNode sm, String v) {
        if (sm.has("exact")) {
            return v.equals(sm.get("exact").asText());
        }
        if (sm.has("prefix")) {
            return v.startsWith(sm.get("prefix").asText());
        }
        return sm.has("regex") && Pattern.compile(sm.get("regex").asText()).matcher(v).matches();
    }
}
