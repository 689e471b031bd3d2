package dev.meshport.translator.toistio;

import com.fasterxml.jackson.databind.JsonNode;
import dev.meshport.model.Manifest;
import dev.meshport.model.ManifestSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Independent models of the inbound allow/deny decision of each mesh, written from the upstream documentation and
 * not from the translator.
 *
 * <p>Linkerd (reference/authorization-policy.md, features/server-policy.md): the Server that selects the pod and port
 * decides; with inbound routes a request must match one of them; it is allowed when an AuthorizationPolicy on the
 * Server, on a matching route or on the namespace has all its required authentications satisfied, or a
 * ServerAuthorization selecting the Server admits the client, else by the Server's accessPolicy (default deny).
 * Ports without a Server take the pod's, then the namespace's config.linkerd.io/default-inbound-policy, then
 * all-unauthenticated.
 *
 * <p>Istio (authorization_policy.proto, peer_authentication.proto): STRICT mTLS refuses plaintext; with no ALLOW
 * policy selecting the pod everything is allowed, otherwise only what some rule of one of them matches.
 */
final class AuthorizationModels {

    /** One pod of the inputs (a pod template). */
    record Pod(String namespace, Map<String, String> labels, Map<String, String> annotations, Map<String, Integer> namedPorts) {}

    /** A client: identity "ns/sa" (null when unauthenticated, plaintext) and source IPv4 address. */
    record Client(String identity, String ip) {}

    record Request(Client client, Pod pod, int port, String method, String path, Map<String, String> headers) {
        @Override
        public String toString() {
            return (client.identity == null ? "plaintext" : client.identity) + "@" + client.ip + " → " + pod.labels
                    + ":" + port + " " + method + " " + path + (headers.isEmpty() ? "" : " " + headers);
        }
    }

    private static final List<String> CLUSTER_NETWORKS = List.of("10.0.0.0/8", "100.64.0.0/10", "172.16.0.0/12",
            "192.168.0.0/16");

    private AuthorizationModels() {}

    static List<Pod> pods(ManifestSet in) {
        List<Pod> out = new ArrayList<>();
        for (Manifest m : in.all()) {
            JsonNode t = switch (m.kind()) {
                case "Deployment", "StatefulSet", "DaemonSet" -> m.tree().path("spec").path("template");
                case "Pod" -> m.tree();
                default -> null;
            };
            if (t == null) {
                continue;
            }
            Map<String, Integer> ports = new HashMap<>();
            for (JsonNode c : t.path("spec").path("containers")) {
                for (JsonNode p : c.path("ports")) {
                    ports.put(p.path("name").asText("#" + p.path("containerPort").asInt()), p.path("containerPort").asInt());
                }
            }
            out.add(new Pod(m.id().namespaceOr("default"), map(t.path("metadata").path("labels")),
                    map(t.path("metadata").path("annotations")), ports));
        }
        return out;
    }

    private static Map<String, String> map(JsonNode n) {
        Map<String, String> out = new HashMap<>();
        n.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
        return out;
    }

    // ---------------------------------------------------------------- Linkerd

    static boolean linkerd(ManifestSet in, Request r) {
        // Overlapping Servers: the oldest decides, then the first by name (Linkerd 2.18+, linkerd2#13676).
        Manifest server = null;
        for (Manifest s : in.ofKind("Server")) {
            JsonNode spec = s.tree().path("spec");
            if (ns(s).equals(r.pod.namespace) && selects(spec.path("podSelector"), r.pod.labels)
                    && portOf(spec.path("port"), r.pod) == r.port && (server == null || ORDER.compare(s, server) < 0)) {
                server = s;
            }
        }
        if (server == null) {
            String def = r.pod.annotations.getOrDefault("config.linkerd.io/default-inbound-policy",
                    namespaceDefault(in, r.pod.namespace));
            return byDefault(def, r.client);
        }
        String serverName = server.id().name();
        List<Manifest> routes = new ArrayList<>();
        for (Manifest route : in.all()) {
            if (!route.kind().equals("HTTPRoute") && !route.kind().equals("GRPCRoute")) {
                continue;
            }
            for (JsonNode p : route.tree().path("spec").path("parentRefs")) {
                if (p.path("kind").asText().equals("Server") && p.path("name").asText().equals(serverName)
                        && ns(route).equals(ns(server))) {
                    routes.add(route);
                }
            }
        }
        // One route handles the request: the best-ranked match, on a tie the oldest route, then by name.
        Manifest winner = null;
        int[] best = null;
        routes.sort(ORDER);
        for (Manifest route : routes) {
            int[] score = routeScore(route, r);
            if (score != null && (best == null || java.util.Arrays.compare(score, best) > 0)) {
                winner = route;
                best = score;
            }
        }
        if (!routes.isEmpty() && winner == null) {
            return false; // 404
        }
        List<String> matchedRoutes = winner == null ? List.of() : List.of(winner.kind() + "/" + winner.id().name());
        boolean serverLevel = routes.isEmpty();
        for (Manifest ap : in.ofKind("AuthorizationPolicy")) {
            if (!ns(ap).equals(ns(server)) || !ap.id().apiVersion().startsWith("policy.linkerd.io")) {
                continue;
            }
            JsonNode t = ap.tree().path("spec").path("targetRef");
            String kind = t.path("kind").asText();
            // With routes, only the policies of the chosen route apply (policy-controller inbound index.rs).
            boolean targets = serverLevel && kind.equals("Server") && t.path("name").asText().equals(serverName)
                    || serverLevel && kind.equals("Namespace") && t.path("name").asText().equals(ns(ap))
                    || matchedRoutes.contains(kind + "/" + t.path("name").asText());
            if (targets && allAuthenticated(in, ap, r.client)) {
                return true;
            }
        }
        for (Manifest sa : in.ofKind("ServerAuthorization")) {
            JsonNode srv = sa.tree().path("spec").path("server");
            boolean selects = ns(sa).equals(ns(server)) && (srv.has("name") ? srv.path("name").asText().equals(serverName)
                    : selects(srv.path("selector"), map(server.tree().path("metadata").path("labels"))));
            if (serverLevel && selects && serverAuthorizationAdmits(sa, r.client)) {
                return true;
            }
        }
        return serverLevel && byDefault(server.tree().path("spec").path("accessPolicy").asText("deny"), r.client);
    }

    private static String namespaceDefault(ManifestSet in, String namespace) {
        for (Manifest n : in.ofKind("Namespace")) {
            if (n.id().name().equals(namespace)) {
                return n.tree().path("metadata").path("annotations").path("config.linkerd.io/default-inbound-policy")
                        .asText("all-unauthenticated");
            }
        }
        return "all-unauthenticated";
    }

    private static boolean byDefault(String policy, Client c) {
        boolean cluster = CLUSTER_NETWORKS.stream().anyMatch(n -> inCidr(c.ip, n));
        return switch (policy) {
            case "all-unauthenticated", "audit" -> true;
            case "all-authenticated" -> c.identity != null;
            case "cluster-unauthenticated" -> cluster;
            case "cluster-authenticated" -> cluster && c.identity != null;
            default -> false;
        };
    }

    private static boolean allAuthenticated(ManifestSet in, Manifest ap, Client c) {
        for (JsonNode ref : ap.tree().path("spec").path("requiredAuthenticationRefs")) {
            String ns = ref.path("namespace").asText(ns(ap));
            String name = ref.path("name").asText();
            boolean ok = switch (ref.path("kind").asText()) {
                case "ServiceAccount" -> Objects.equals(c.identity, ns + "/" + name);
                case "MeshTLSAuthentication" -> find(in, "MeshTLSAuthentication", ns, name)
                        .map(m -> meshTlsAdmits(m, c)).orElse(false);
                case "NetworkAuthentication" -> find(in, "NetworkAuthentication", ns, name)
                        .map(m -> networksAdmit(m.tree().path("spec").path("networks"), c)).orElse(false);
                default -> false;
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static java.util.Optional<Manifest> find(ManifestSet in, String kind, String ns, String name) {
        return in.ofKind(kind).stream().filter(m -> ns(m).equals(ns) && m.id().name().equals(name)).findFirst();
    }

    private static boolean meshTlsAdmits(Manifest m, Client c) {
        if (c.identity == null) {
            return false;
        }
        String[] id = c.identity.split("/");
        for (JsonNode i : m.tree().path("spec").path("identities")) {
            String s = i.asText();
            if (s.equals("*") || s.equals("*." + id[0] + ".serviceaccount.identity.linkerd.cluster.local")
                    || s.equals(id[1] + "." + id[0] + ".serviceaccount.identity.linkerd.cluster.local")
                    || s.equals("spiffe://cluster.local/ns/" + id[0] + "/sa/" + id[1])) {
                return true;
            }
        }
        for (JsonNode ref : m.tree().path("spec").path("identityRefs")) {
            String ns = ref.path("namespace").asText(ns(m));
            if (ref.path("kind").asText().equals("ServiceAccount") && c.identity.equals(ns + "/" + ref.path("name").asText())
                    || ref.path("kind").asText().equals("Namespace") && id[0].equals(ref.path("name").asText())) {
                return true;
            }
        }
        return false;
    }

    private static boolean networksAdmit(JsonNode networks, Client c) {
        for (JsonNode n : networks) {
            boolean excepted = false;
            for (JsonNode e : n.path("except")) {
                excepted |= inCidr(c.ip, e.asText());
            }
            if (inCidr(c.ip, n.path("cidr").asText()) && !excepted) {
                return true;
            }
        }
        return false;
    }

    private static boolean serverAuthorizationAdmits(Manifest sa, Client c) {
        JsonNode client = sa.tree().path("spec").path("client");
        if (client.has("networks") && !networksAdmit(client.path("networks"), c)) {
            return false;
        }
        if (client.path("unauthenticated").asBoolean(false)) {
            return true;
        }
        if (c.identity == null) {
            return false;
        }
        String[] id = c.identity.split("/");
        JsonNode mtls = client.path("meshTLS");
        if (!mtls.has("identities") && !mtls.has("serviceAccounts")) {
            return true;
        }
        for (JsonNode i : mtls.path("identities")) {
            String s = i.asText();
            if (s.equals("*") || s.equals("*." + id[0] + ".serviceaccount.identity.linkerd.cluster.local")
                    || s.equals(id[1] + "." + id[0] + ".serviceaccount.identity.linkerd.cluster.local")) {
                return true;
            }
        }
        for (JsonNode a : mtls.path("serviceAccounts")) {
            if (c.identity.equals(a.path("namespace").asText(ns(sa)) + "/" + a.path("name").asText())) {
                return true;
            }
        }
        return false;
    }

    /** Resources by creationTimestamp (those with one first), then name. */
    private static final java.util.Comparator<Manifest> ORDER = java.util.Comparator
            .<Manifest, String>comparing(m -> m.tree().path("metadata").path("creationTimestamp").asText("~"))
            .thenComparing(m -> m.id().name());

    /**
     * The route's best match score, or null: matched path length, header count, query count, method (linkerd2-proxy
     * http/match.rs); gRPC: service name length, method name length, header count.
     */
    private static int[] routeScore(Manifest route, Request r) {
        JsonNode rules = route.tree().path("spec").path("rules");
        if (rules.isMissingNode()) {
            return new int[] {1, 0, 0, 0};
        }
        int[] best = null;
        for (JsonNode rule : rules) {
            JsonNode matches = rule.path("matches");
            List<int[]> scores = new ArrayList<>();
            if (matches.isEmpty()) {
                scores.add(new int[] {1, 0, 0, 0});
            }
            for (JsonNode m : matches) {
                if (route.kind().equals("GRPCRoute") ? grpcMatch(m, r) : httpMatch(m, r)) {
                    scores.add(route.kind().equals("GRPCRoute") ? grpcScore(m) : httpScore(m, r));
                }
            }
            for (int[] s : scores) {
                if (best == null || java.util.Arrays.compare(s, best) > 0) {
                    best = s;
                }
            }
        }
        return best;
    }

    private static int[] httpScore(JsonNode m, Request r) {
        JsonNode p = m.path("path");
        String type = p.path("type").asText("PathPrefix");
        String v = p.path("value").asText("/");
        int length = p.isMissingNode() || (type.equals("PathPrefix") && v.equals("/")) ? 1
                : type.equals("PathPrefix") ? v.replaceAll("/+$", "").length() : r.path.length();
        return new int[] {length, m.path("headers").size(), m.path("queryParams").size(), m.has("method") ? 1 : 0};
    }

    private static int[] grpcScore(JsonNode m) {
        JsonNode method = m.path("method");
        return new int[] {method.path("service").asText("").length(), method.path("method").asText("").length(),
                m.path("headers").size(), 0};
    }

    private static boolean httpMatch(JsonNode m, Request r) {
        JsonNode p = m.path("path");
        if (!p.isMissingNode()) {
            String v = p.path("value").asText("/");
            boolean ok = switch (p.path("type").asText("PathPrefix")) {
                case "Exact" -> r.path.equals(v);
                case "RegularExpression" -> {
                    java.util.regex.Matcher mm = java.util.regex.Pattern.compile(v).matcher(r.path);
                    yield mm.find() && mm.start() == 0 && mm.end() == r.path.length();
                }
                default -> {
                    String prefix = v.replaceAll("/+$", "");
                    String path = r.path.replaceAll("/+$", "");
                    yield path.startsWith(prefix) && (path.length() == prefix.length() || path.charAt(prefix.length()) == '/');
                }
            };
            if (!ok) {
                return false;
            }
        }
        if (m.has("method") && !m.path("method").asText().equals(r.method)) {
            return false;
        }
        for (JsonNode h : m.path("headers")) {
            String v = r.headers.get(h.path("name").asText().toLowerCase());
            if (v == null || !(h.path("type").asText("Exact").equals("Exact") ? v.equals(h.path("value").asText())
                    : v.matches(h.path("value").asText()))) {
                return false;
            }
        }
        return !m.has("queryParams") || m.path("queryParams").isEmpty();
    }

    private static boolean grpcMatch(JsonNode m, Request r) {
        JsonNode method = m.path("method");
        if (method.isMissingNode()) {
            return true;
        }
        String want = "/" + method.path("service").asText() + "/" + method.path("method").asText("");
        return r.method.equals("POST") && (method.has("method") ? r.path.equals(want) : r.path.startsWith(want));
    }

    private static boolean selects(JsonNode selector, Map<String, String> labels) {
        for (var it = selector.path("matchLabels").fields(); it.hasNext(); ) {
            var e = it.next();
            if (!e.getValue().asText().equals(labels.get(e.getKey()))) {
                return false;
            }
        }
        for (JsonNode e : selector.path("matchExpressions")) {
            String v = labels.get(e.path("key").asText());
            List<String> values = new ArrayList<>();
            e.path("values").forEach(x -> values.add(x.asText()));
            boolean ok = switch (e.path("operator").asText()) {
                case "In" -> values.contains(v);
                case "NotIn" -> !values.contains(v);
                case "Exists" -> v != null;
                case "DoesNotExist" -> v == null;
                default -> false;
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static int portOf(JsonNode port, Pod pod) {
        return port.isInt() ? port.asInt() : pod.namedPorts.getOrDefault(port.asText(), -1);
    }

    private static String ns(Manifest m) {
        return m.id().namespaceOr("default");
    }

    // ---------------------------------------------------------------- Istio

    static boolean istio(ManifestSet out, Request r) {
        if (r.client.identity == null && strict(out, r)) {
            return false;
        }
        boolean anyAllow = false;
        for (Manifest p : out.ofKind("AuthorizationPolicy")) {
            JsonNode spec = p.tree().path("spec");
            if (!p.id().apiVersion().startsWith("security.istio.io") || !ns(p).equals(r.pod.namespace)
                    || !selects(spec.path("selector"), r.pod.labels)) {
                continue;
            }
            if (!spec.path("action").asText("ALLOW").equals("ALLOW")) {
                throw new AssertionError("only ALLOW policies are modelled: " + p);
            }
            anyAllow = true;
            for (JsonNode rule : spec.path("rules")) {
                if (ruleMatches(rule, r)) {
                    return true;
                }
            }
        }
        return !anyAllow;
    }

    private static boolean strict(ManifestSet out, Request r) {
        String mode = "PERMISSIVE";
        boolean workloadLevel = false;
        for (Manifest pa : out.ofKind("PeerAuthentication")) {
            JsonNode spec = pa.tree().path("spec");
            if (!ns(pa).equals(r.pod.namespace) || !selects(spec.path("selector"), r.pod.labels)) {
                continue;
            }
            boolean hasSelector = spec.has("selector");
            if (hasSelector || !workloadLevel) {
                mode = spec.path("mtls").path("mode").asText("PERMISSIVE");
                JsonNode portLevel = spec.path("portLevelMtls").path(String.valueOf(r.port));
                if (hasSelector && !portLevel.isMissingNode()) {
                    mode = portLevel.path("mode").asText(mode);
                }
                workloadLevel |= hasSelector;
            }
        }
        return mode.equals("STRICT");
    }

    private static boolean ruleMatches(JsonNode rule, Request r) {
        if (rule.has("from")) {
            boolean any = false;
            for (JsonNode f : rule.path("from")) {
                any |= sourceMatches(f.path("source"), r.client);
            }
            if (!any) {
                return false;
            }
        }
        if (rule.has("to")) {
            boolean any = false;
            for (JsonNode t : rule.path("to")) {
                any |= operationMatches(t.path("operation"), r);
            }
            if (!any) {
                return false;
            }
        }
        for (JsonNode w : rule.path("when")) {
            String key = w.path("key").asText();
            String header = key.substring("request.headers[".length(), key.length() - 1);
            String v = r.headers.get(header);
            // values: one must match (an absent header matches none); notValues: none may match.
            boolean any = false;
            for (JsonNode value : w.path("values")) {
                any |= value.asText().equals(v);
            }
            if (w.has("values") && !any) {
                return false;
            }
            for (JsonNode value : w.path("notValues")) {
                if (value.asText().equals(v)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean sourceMatches(JsonNode s, Client c) {
        String principal = c.identity == null ? null
                : "cluster.local/ns/" + c.identity.split("/")[0] + "/sa/" + c.identity.split("/")[1];
        if (s.has("principals") && !anyString(s.path("principals"), principal)) {
            return false;
        }
        if (s.has("namespaces") && !anyString(s.path("namespaces"), c.identity == null ? null : c.identity.split("/")[0])) {
            return false;
        }
        if (s.has("ipBlocks")) {
            boolean in = false;
            for (JsonNode b : s.path("ipBlocks")) {
                in |= inCidr(c.ip, b.asText());
            }
            if (!in) {
                return false;
            }
        }
        for (JsonNode b : s.path("notIpBlocks")) {
            if (inCidr(c.ip, b.asText())) {
                return false;
            }
        }
        return true;
    }

    /** Istio string match: exact, prefix "x*", suffix "*x", presence "*" (authorization_policy.proto Rule). */
    private static boolean anyString(JsonNode values, String v) {
        if (v == null) {
            return false;
        }
        for (JsonNode n : values) {
            String p = n.asText();
            if (p.equals("*") || p.equals(v) || p.endsWith("*") && v.startsWith(p.substring(0, p.length() - 1))
                    || p.startsWith("*") && v.endsWith(p.substring(1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean operationMatches(JsonNode op, Request r) {
        if (op.has("ports") && !anyString(op.path("ports"), String.valueOf(r.port))) {
            return false;
        }
        if (op.has("notPorts") && anyString(op.path("notPorts"), String.valueOf(r.port))) {
            return false;
        }
        if (op.has("paths") && !anyString(op.path("paths"), r.path)) {
            return false;
        }
        if (op.has("notPaths") && anyString(op.path("notPaths"), r.path)) {
            return false;
        }
        if (op.has("notMethods") && anyString(op.path("notMethods"), r.method)) {
            return false;
        }
        return !op.has("methods") || anyString(op.path("methods"), r.method);
    }

    static boolean inCidr(String ip, String cidr) {
        if (cidr.contains(":") || ip.contains(":")) {
            return false;
        }
        String[] parts = cidr.split("/");
        int bits = parts.length > 1 ? Integer.parseInt(parts[1]) : 32;
        long mask = bits == 0 ? 0 : 0xFFFFFFFFL << (32 - bits) & 0xFFFFFFFFL;
        return (toLong(ip) & mask) == (toLong(parts[0]) & mask);
    }

    private static long toLong(String ip) {
        long out = 0;
        for (String p : ip.split("\\.")) {
            out = out << 8 | Integer.parseInt(p);
        }
        return out;
    }
}
