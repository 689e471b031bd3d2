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

/**
 * Independent models of the allow/deny decision of each mesh for one inbound request, written from the upstream
 * semantics, not from the translator. Istio: RequestAuthentication rejects invalid JWTs; STRICT rejects plaintext;
 * CUSTOM (any ext-authz answer, so: deny), then DENY, then ALLOW — with ALLOW policies present only a matching rule
 * allows (authorization_policy.proto). Linkerd: the Server for the pod port, its most specific matching inbound route
 * (no route matches: 404), then an AuthorizationPolicy on that route or the Server whose authentications all hold;
 * without a Server, the default policy annotation (Linkerd docs reference/authorization-policy.md, server-policy.md).
 */
final class AuthzModels {

    enum Jwt { NONE, VALID, INVALID }

    /** A workload of the fixture: its name, namespace, pod labels and container ports by name. */
    record Workload(String name, String namespace, Map<String, String> labels, Map<String, Integer> ports) {}

    /** The caller: namespace/service account when meshed (null: plaintext), IP, JWT state, x-test header. */
    record Request(Workload to, int port, String method, String path, String fromNamespace, String fromAccount,
                   String ip, Jwt jwt, String xTest) {
        boolean authenticated() {
            return fromNamespace != null;
        }

        @Override
        public String toString() {
            return method + " " + to.name() + ":" + port + path + " from "
                    + (authenticated() ? fromNamespace + "/" + fromAccount : "plaintext") + " ip " + ip + " jwt " + jwt
                    + (xTest == null ? "" : " x-test=" + xTest);
        }
    }

    private AuthzModels() {}

    // ---- Istio ----

    static boolean istioAllows(ManifestSet in, Request r) {
        for (Manifest ra : applicable(in, "RequestAuthentication", r.to())) {
            if (r.jwt() == Jwt.INVALID && ra.tree().path("spec").has("jwtRules")) {
                return false;
            }
        }
        for (Manifest pa : applicable(in, "PeerAuthentication", r.to())) {
            if (pa.tree().at("/spec/mtls/mode").asText().equals("STRICT") && !r.authenticated()) {
                return false;
            }
        }
        List<Manifest> policies = applicable(in, "AuthorizationPolicy", r.to()).stream()
                .filter(p -> !p.tree().at("/metadata/annotations").path("istio.io/dry-run").asText().equals("true"))
                .toList();
        boolean anyAllow = false;
        boolean allowed = false;
        for (Manifest p : policies) {
            String action = p.tree().path("spec").path("action").asText("ALLOW");
            boolean matches = false;
            for (JsonNode rule : p.tree().path("spec").path("rules")) {
                matches |= ruleMatches(rule, r);
            }
            switch (action) {
                case "CUSTOM", "DENY" -> {
                    if (matches) {
                        return false;
                    }
                }
                case "ALLOW" -> {
                    anyAllow = true;
                    allowed |= matches;
                }
                default -> { }
            }
        }
        return !anyAllow || allowed;
    }

    private static List<Manifest> applicable(ManifestSet in, String kind, Workload w) {
        List<Manifest> out = new ArrayList<>();
        for (Manifest m : in.ofKind(Mesh.ISTIO, kind)) {
            String ns = m.id().namespaceOr("default");
            Map<String, String> sel = new TreeMap<>();
            m.tree().at("/spec/selector/matchLabels").fields().forEachRemaining(e -> sel.put(e.getKey(), e.getValue().asText()));
            if ((ns.equals(w.namespace()) || ns.equals("istio-system")) && w.labels().entrySet().containsAll(sel.entrySet())) {
                out.add(m);
            }
        }
        return out;
    }

    private static boolean ruleMatches(JsonNode rule, Request r) {
        boolean from = !rule.has("from") || rule.get("from").isEmpty();
        for (JsonNode f : rule.path("from")) {
            from |= sourceMatches(f.path("source"), r);
        }
        boolean to = !rule.has("to") || rule.get("to").isEmpty();
        for (JsonNode t : rule.path("to")) {
            to |= operationMatches(t.path("operation"), r);
        }
        boolean when = true;
        for (JsonNode c : rule.path("when")) {
            String key = c.path("key").asText();
            String value = key.equals("request.headers[x-test]") ? r.xTest()
                    : key.equals("source.namespace") ? r.fromNamespace() : null;
            if (c.has("values")) {
                when &= value != null && anyPattern(c.get("values"), value);
            }
            if (c.has("notValues")) {
                when &= value == null || !anyPattern(c.get("notValues"), value);
            }
        }
        return from && to && when;
    }

    private static boolean sourceMatches(JsonNode s, Request r) {
        String principal = r.authenticated() ? "cluster.local/ns/" + r.fromNamespace() + "/sa/" + r.fromAccount() : null;
        String requestPrincipal = r.jwt() == Jwt.VALID ? "issuer/alice" : null;
        boolean ok = true;
        ok &= !s.has("principals") || principal != null && anyPattern(s.get("principals"), principal);
        ok &= !s.has("notPrincipals") || principal == null || !anyPattern(s.get("notPrincipals"), principal);
        ok &= !s.has("namespaces") || r.fromNamespace() != null && anyPattern(s.get("namespaces"), r.fromNamespace());
        ok &= !s.has("notNamespaces") || r.fromNamespace() == null || !anyPattern(s.get("notNamespaces"), r.fromNamespace());
        ok &= !s.has("requestPrincipals") || requestPrincipal != null && anyPattern(s.get("requestPrincipals"), requestPrincipal);
        ok &= !s.has("ipBlocks") || inAny(s.get("ipBlocks"), r.ip());
        ok &= !s.has("notIpBlocks") || !inAny(s.get("notIpBlocks"), r.ip());
        return ok;
    }

    private static boolean operationMatches(JsonNode op, Request r) {
        boolean ok = true;
        if (op.has("ports")) {
            boolean any = false;
            for (JsonNode p : op.get("ports")) {
                any |= p.asInt() == r.port();
            }
            ok &= any;
        }
        ok &= !op.has("methods") || anyPattern(op.get("methods"), r.method());
        ok &= !op.has("notMethods") || !anyPattern(op.get("notMethods"), r.method());
        ok &= !op.has("paths") || anyPattern(op.get("paths"), r.path());
        ok &= !op.has("notPaths") || !anyPattern(op.get("notPaths"), r.path());
        ok &= !op.has("hosts") || anyPattern(op.get("hosts"), r.to().name() + "." + r.to().namespace());
        return ok;
    }

    private static boolean anyPattern(JsonNode patterns, String value) {
        for (JsonNode p : patterns) {
            String s = p.asText();
            boolean m = s.equals("*") || s.equals(value)
                    || s.endsWith("*") && value.startsWith(s.substring(0, s.length() - 1))
                    || s.startsWith("*") && value.endsWith(s.substring(1));
            if (m) {
                return true;
            }
        }
        return false;
    }

    private static boolean inAny(JsonNode cidrs, String ip) {
        for (JsonNode c : cidrs) {
            if (inCidr(c.asText(), ip)) {
                return true;
            }
        }
        return false;
    }

    static boolean inCidr(String cidr, String ip) {
        if (cidr.contains(":") || ip.contains(":")) {
            return cidr.equals("::/0") && ip.contains(":");
        }
        String[] parts = cidr.split("/");
        int bits = parts.length == 2 ? Integer.parseInt(parts[1]) : 32;
        long mask = bits == 0 ? 0 : -1L << (32 - bits) & 0xffffffffL;
        return (v4(parts[0]) & mask) == (v4(ip) & mask);
    }

    private static long v4(String ip) {
        long v = 0;
        for (String o : ip.split("\\.")) {
            v = v << 8 | Integer.parseInt(o);
        }
        return v;
    }

    // ---- Linkerd ----

    static boolean linkerdAllows(TranslationResult out, Request r) {
        List<JsonNode> servers = Translate.outputs(out, "Server").stream()
                .filter(s -> s.at("/metadata/namespace").asText().equals(r.to().namespace()))
                .filter(s -> selects(s.at("/spec/podSelector/matchLabels"), r.to().labels()))
                .filter(s -> port(s.at("/spec/port"), r.to()) == r.port())
                .toList();
        if (servers.isEmpty()) {
            return defaultPolicy(out, r);
        }
        JsonNode server = servers.get(0);
        String serverName = server.at("/metadata/name").asText();
        List<JsonNode> routes = Translate.outputs(out, "HTTPRoute").stream()
                .filter(h -> h.path("apiVersion").asText().startsWith("policy.linkerd.io"))
                .filter(h -> h.at("/metadata/namespace").asText().equals(r.to().namespace()))
                .filter(h -> h.at("/spec/parentRefs/0/name").asText().equals(serverName))
                .toList();
        List<String> targets = new ArrayList<>();
        targets.add("Server/" + serverName);
        if (!routes.isEmpty()) {
            int[] best = null;
            List<String> tied = new ArrayList<>();
            for (JsonNode route : routes) {
                for (JsonNode m : route.at("/spec/rules/0/matches")) {
                    int[] score = score(m, r);
                    if (score == null) {
                        continue;
                    }
                    int c = best == null ? 1 : compare(score, best);
                    if (c > 0) {
                        best = score;
                        tied = new ArrayList<>();
                    }
                    if (c >= 0) {
                        tied.add("HTTPRoute/" + route.at("/metadata/name").asText());
                    }
                }
            }
            if (tied.isEmpty()) {
                return false;
            }
            targets.addAll(tied);
        }
        for (JsonNode ap : Translate.outputs(out, "AuthorizationPolicy")) {
            JsonNode t = ap.at("/spec/targetRef");
            if (ap.at("/metadata/namespace").asText().equals(r.to().namespace())
                    && targets.contains(t.path("kind").asText() + "/" + t.path("name").asText())
                    && authenticated(out, ap, r)) {
                return true;
            }
        }
        return routes.isEmpty() && accessPolicy(server.at("/spec/accessPolicy").asText("deny"), r);
    }

    private static boolean defaultPolicy(TranslationResult out, Request r) {
        String policy = null;
        for (JsonNode d : Translate.outputs(out, "Deployment")) {
            if (d.at("/metadata/name").asText().equals(r.to().name())) {
                policy = d.at("/spec/template/metadata/annotations").path("config.linkerd.io/default-inbound-policy").asText(null);
            }
        }
        if (policy == null) {
            for (JsonNode n : Translate.outputs(out, "Namespace")) {
                if (n.at("/metadata/name").asText().equals(r.to().namespace())) {
                    policy = n.at("/metadata/annotations").path("config.linkerd.io/default-inbound-policy").asText(null);
                }
            }
        }
        return accessPolicy(policy == null ? "all-unauthenticated" : policy, r);
    }

    private static boolean accessPolicy(String policy, Request r) {
        return switch (policy) {
            case "all-unauthenticated", "audit", "cluster-unauthenticated" -> true;
            case "all-authenticated", "cluster-authenticated" -> r.authenticated();
            default -> false;
        };
    }

    private static boolean authenticated(TranslationResult out, JsonNode ap, Request r) {
        for (JsonNode ref : ap.at("/spec/requiredAuthenticationRefs")) {
            JsonNode authn = Translate.outputs(out, ref.path("kind").asText()).stream()
                    .filter(a -> a.at("/metadata/name").asText().equals(ref.path("name").asText())
                            && a.at("/metadata/namespace").asText().equals(r.to().namespace()))
                    .findFirst().orElseThrow(() -> new AssertionError("missing " + ref));
            boolean ok = false;
            if (ref.path("kind").asText().equals("MeshTLSAuthentication")) {
                if (r.authenticated()) {
                    for (JsonNode id : authn.at("/spec/identities")) {
                        ok |= id.asText().equals("*") || id.asText().equals(r.fromAccount() + "." + r.fromNamespace()
                                + ".serviceaccount.identity.linkerd.cluster.local");
                    }
                    for (JsonNode id : authn.at("/spec/identityRefs")) {
                        ok |= id.path("kind").asText().equals("ServiceAccount") && id.path("name").asText().equals(r.fromAccount())
                                && id.path("namespace").asText(authn.at("/metadata/namespace").asText()).equals(r.fromNamespace());
                        ok |= id.path("kind").asText().equals("Namespace") && id.path("name").asText().equals(r.fromNamespace());
                    }
                }
            } else {
                for (JsonNode n : authn.at("/spec/networks")) {
                    boolean except = false;
                    for (JsonNode e : n.path("except")) {
                        except |= inCidr(e.asText(), r.ip());
                    }
                    ok |= inCidr(n.path("cidr").asText(), r.ip()) && !except;
                }
            }
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static boolean selects(JsonNode matchLabels, Map<String, String> labels) {
        boolean ok = true;
        for (var it = matchLabels.fields(); it.hasNext(); ) {
            var e = it.next();
            ok &= e.getValue().asText().equals(labels.get(e.getKey()));
        }
        return ok;
    }

    private static int port(JsonNode port, Workload w) {
        return port.isInt() ? port.asInt() : w.ports().getOrDefault(port.asText(), -1);
    }

    private static int[] score(JsonNode m, Request r) {
        int pathScore = 1;
        JsonNode p = m.path("path");
        String v = p.path("value").asText("/");
        switch (p.path("type").asText("PathPrefix")) {
            case "Exact" -> {
                if (!r.path().equals(v)) {
                    return null;
                }
                pathScore = v.length();
            }
            case "RegularExpression" -> {
                if (!MeshRouters.wholeSpan(v, r.path())) {
                    return null;
                }
                pathScore = r.path().length();
            }
            default -> {
                if (!v.equals("/")) {
                    String prefix = v.replaceAll("/+$", "");
                    String rest = r.path().startsWith(prefix) ? r.path().substring(prefix.length()) : null;
                    if (rest == null || !rest.isEmpty() && !rest.startsWith("/")) {
                        return null;
                    }
                    pathScore = prefix.length();
                }
            }
        }
        if (m.has("method") && !m.get("method").asText().equals(r.method())) {
            return null;
        }
        return new int[] {pathScore, 0, 0, m.has("method") ? 1 : 0};
    }

    private static int compare(int[] a, int[] b) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) {
                return Integer.compare(a[i], b[i]);
            }
        }
        return 0;
    }
}
