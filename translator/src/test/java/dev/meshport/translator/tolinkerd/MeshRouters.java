package dev.meshport.translator.tolinkerd;

import com.fasterxml.jackson.databind.JsonNode;
import dev.meshport.model.Manifest;
import dev.meshport.model.ManifestSet;
import dev.meshport.model.kinds.Mesh;
import dev.meshport.translator.TranslationResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Independent models of how each mesh routes one request to a Service, written from the upstream sources and not
 * from the translator: Istio takes the first http[] entry with a matching match (virtual_service.proto, full-string
 * RE2 match); Linkerd ranks every rule of every route on the parent by (matched path length, header matches, query
 * parameter matches, method) and takes the first on a tie, routes ordered by name (linkerd2-proxy http-route
 * match.rs, match/path.rs, lib.rs).
 */
final class MeshRouters {

    record Request(String service, int port, String method, String path, Map<String, String> headers) {
        @Override
        public String toString() {
            return method + " " + service + ":" + port + path + (headers.isEmpty() ? "" : " " + headers);
        }
    }

    private MeshRouters() {}

    /** Istio: "backend=weight,…" of the first matching entry, or "service" when none matches. */
    static String istio(ManifestSet inputs, Request r) {
        for (Manifest vs : inputs.ofKind(Mesh.ISTIO, "VirtualService")) {
            JsonNode spec = vs.tree().path("spec");
            boolean forService = false;
            for (JsonNode h : spec.path("hosts")) {
                forService |= h.asText().split("\\.")[0].equals(r.service());
            }
            if (!forService) {
                continue;
            }
            for (JsonNode entry : spec.path("http")) {
                if (istioMatches(entry.path("match"), r)) {
                    Map<String, Integer> backends = new TreeMap<>();
                    JsonNode route = entry.path("route");
                    for (JsonNode d : route) {
                        String name = d.path("destination").path("host").asText().split("\\.")[0];
                        if (d.path("destination").has("subset")) {
                            name += "-" + d.path("destination").path("subset").asText();
                        }
                        backends.merge(name, route.size() == 1 ? 100 : d.path("weight").asInt(0), Integer::sum);
                    }
                    return backends.toString();
                }
            }
        }
        return "{" + r.service() + "=100}";
    }

    private static boolean istioMatches(JsonNode matches, Request r) {
        if (matches.isMissingNode() || matches.isEmpty()) {
            return true;
        }
        for (JsonNode m : matches) {
            boolean ok = true;
            if (m.has("uri")) {
                ok &= stringMatch(m.get("uri"), r.path(), m.path("ignoreUriCase").asBoolean(false));
            }
            if (m.has("method")) {
                ok &= stringMatch(m.get("method"), r.method(), false);
            }
            if (m.has("port")) {
                ok &= m.get("port").asInt() == r.port();
            }
            for (var it = m.path("headers").fields(); it.hasNext(); ) {
                var e = it.next();
                String v = r.headers().get(e.getKey());
                ok &= v != null && (e.getValue().isEmpty() || stringMatch(e.getValue(), v, false));
            }
            if (ok) {
                return true;
            }
        }
        return false;
    }

    private static boolean stringMatch(JsonNode sm, String v, boolean ignoreCase) {
        String value = ignoreCase ? v.toLowerCase() : v;
        if (sm.has("exact")) {
            return value.equals(ignoreCase ? sm.get("exact").asText().toLowerCase() : sm.get("exact").asText());
        }
        if (sm.has("prefix")) {
            return value.startsWith(ignoreCase ? sm.get("prefix").asText().toLowerCase() : sm.get("prefix").asText());
        }
        if (sm.has("regex")) {
            return Pattern.compile(sm.get("regex").asText(), ignoreCase ? Pattern.CASE_INSENSITIVE : 0).matcher(v).matches();
        }
        return false;
    }

    /**
     * Linkerd: the backends of the best rule among the routes on the Service port; every rule tied with the best is
     * returned too when the tie falls between routes (their order is then the creation time, unknown here).
     */
    static List<String> linkerd(TranslationResult result, Request r) {
        List<JsonNode> routes = new ArrayList<>(Translate.outputs(result, "HTTPRoute").stream()
                .filter(o -> o.path("apiVersion").asText().startsWith("gateway.networking.k8s.io")).toList());
        int[] best = null;
        List<String> winners = new ArrayList<>();
        String bestRoute = null;
        for (JsonNode route : routes) {
            boolean attached = false;
            for (JsonNode p : route.path("spec").path("parentRefs")) {
                attached |= p.path("name").asText().equals(r.service())
                        && (!p.has("port") || p.path("port").asInt() == r.port());
            }
            if (!attached) {
                continue;
            }
            for (JsonNode rule : route.path("spec").path("rules")) {
                int[] score = null;
                JsonNode matches = rule.path("matches");
                if (matches.isEmpty()) {
                    score = new int[] {1, 0, 0, 0};
                }
                for (JsonNode m : matches) {
                    int[] s = linkerdMatch(m, r);
                    if (s != null && (score == null || compare(s, score) > 0)) {
                        score = s;
                    }
                }
                if (score == null) {
                    continue;
                }
                String backends = backends(rule);
                String routeName = route.path("metadata").path("name").asText();
                if (best == null || compare(score, best) > 0) {
                    best = score;
                    winners = new ArrayList<>(List.of(backends));
                    bestRoute = routeName;
                } else if (compare(score, best) == 0 && !routeName.equals(bestRoute)) {
                    winners.add(backends);
                }
            }
        }
        return winners.isEmpty() ? List.of("{" + r.service() + "=100}") : winners;
    }

    private static String backends(JsonNode rule) {
        Map<String, Integer> out = new TreeMap<>();
        for (JsonNode b : rule.path("backendRefs")) {
            out.merge(b.path("name").asText(), b.has("weight") ? b.path("weight").asInt() : 1, Integer::sum);
        }
        if (rule.path("filters").toString().contains("RequestRedirect")) {
            return "redirect";
        }
        return out.toString();
    }

    private static int compare(int[] a, int[] b) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) {
                return Integer.compare(a[i], b[i]);
            }
        }
        return 0;
    }

    /** (path score, headers, query params, method) or null when the match does not apply. */
    private static int[] linkerdMatch(JsonNode m, Request r) {
        int pathScore = 1;
        JsonNode p = m.path("path");
        if (!p.isMissingNode()) {
            String v = p.path("value").asText();
            switch (p.path("type").asText("PathPrefix")) {
                case "Exact" -> {
                    if (!r.path().equals(v)) {
                        return null;
                    }
                    pathScore = v.length();
                }
                case "RegularExpression" -> {
                    if (!wholeSpan(v, r.path())) {
                        return null;
                    }
                    pathScore = r.path().length();
                }
                default -> {
                    if (!v.equals("/")) {
                        String prefix = v.replaceAll("/+$", "");
                        String trimmed = r.path().replaceAll("/+$", "");
                        if (!trimmed.startsWith(prefix)) {
                            return null;
                        }
                        String rest = trimmed.substring(prefix.length());
                        if (!rest.isEmpty() && !rest.startsWith("/")) {
                            return null;
                        }
                        pathScore = prefix.length();
                    }
                }
            }
        }
        int headers = 0;
        for (JsonNode h : m.path("headers")) {
            String v = r.headers().get(h.path("name").asText().toLowerCase());
            if (v == null) {
                return null;
            }
            boolean ok = h.path("type").asText("Exact").equals("Exact") ? v.equals(h.path("value").asText())
                    : wholeSpan(h.path("value").asText(), v);
            if (!ok) {
                return null;
            }
            headers++;
        }
        boolean method = m.has("method");
        if (method && !m.get("method").asText().equals(r.method())) {
            return null;
        }
        return new int[] {pathScore, headers, m.path("queryParams").size(), method ? 1 : 0};
    }

    /** Linkerd accepts a regex match only when the leftmost-first match spans the whole value (match/path.rs). */
    static boolean wholeSpan(String regex, String value) {
        Matcher matcher = Pattern.compile(regex).matcher(value);
        return matcher.find() && matcher.start() == 0 && matcher.end() == value.length();
    }
}
