package dev.meshport.translator.toistio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.meshport.model.CreationOrder;
import dev.meshport.model.FieldPath;
import dev.meshport.model.Manifest;
import dev.meshport.model.ManifestSet;
import dev.meshport.model.kinds.Mesh;
import dev.meshport.translator.Translation;
import dev.meshport.translator.TranslationContext;
import dev.meshport.translator.toistio.InboundRoutes.Operation;
import dev.meshport.translator.toistio.PodTemplates.PodTemplate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Linkerd inbound policy → Istio AuthorizationPolicy (ALLOW) and PeerAuthentication. Linkerd decides per Server (pods
 * and one port): authorizations that target the Server, its routes or its namespace (OR-ed; each one's required
 * authentications AND-ed), then the Server's accessPolicy (default deny); ports without a Server take the default
 * inbound policy (pod annotation, namespace annotation, install default all-unauthenticated). Sources: Linkerd
 * reference/authorization-policy.md, features/server-policy.md; policy-controller inbound authorization_policy.rs.
 *
 * <p>Istio allows a request when an ALLOW rule of any policy selecting the pod matches, and denies every request of
 * a pod that some ALLOW policy selects but no rule matches, on every port (authorization_policy.proto). So each
 * Server's policy carries a compensating rule with {@code notPorts} that gives the other ports their Linkerd default.
 * Everything that cannot be said exactly is said narrower, never wider, and reported.
 */
final class ServerAuthorizations implements Translation {

    static final String DEFAULT_POLICY_ANNOTATION = "config.linkerd.io/default-inbound-policy";
    /** Linkerd's install default (Helm value proxy.defaultInboundPolicy). */
    static final String CLUSTER_DEFAULT = "all-unauthenticated";
    /** Linkerd's default clusterNetworks (Helm value clusterNetworks). */
    static final List<String> CLUSTER_NETWORKS = List.of("10.0.0.0/8", "100.64.0.0/10", "172.16.0.0/12",
            "192.168.0.0/16", "fd00::/8");

    /**
     * One Server: its pods (as Istio selectors), its port number (empty when unresolved), the operations of a request
     * to it without routes, and the operations each of its inbound routes authorizes (by route key).
     */
    private record ServerInfo(Manifest manifest, String namespace, String name, List<Map<String, String>> selectors,
                              Optional<Integer> port, List<Operation> operations, boolean hasRoutes,
                              Map<String, List<Operation>> routeOperations) {
        String key() {
            return namespace + "/" + name;
        }
    }

    private TranslationContext ctx;
    private List<PodTemplate> pods;
    /** Authentications already read, so that each is accounted for and reported once. */
    private final Map<Manifest, Clients> authentications = new java.util.IdentityHashMap<>();

    @Override
    public void translate(TranslationContext context) {
        this.ctx = context;
        ManifestSet in = ctx.manifests();
        this.pods = PodTemplates.of(in);
        Map<Manifest, List<InboundRouteOrder.Match>> routeMatches = new java.util.IdentityHashMap<>();
        Map<String, List<Manifest>> routesByServer = new LinkedHashMap<>();
        for (Manifest route : in.all()) {
            if (LinkerdToIstio.ROUTE_KINDS.contains(route.kind()) && InboundRoutes.isInbound(route)) {
                routeMatches.put(route, InboundRoutes.matches(ctx, route));
                for (String server : InboundRoutes.servers(route)) {
                    routesByServer.computeIfAbsent(server, k -> new ArrayList<>()).add(route);
                }
            }
        }
        List<ServerInfo> servers = new ArrayList<>();
        for (Manifest s : in.ofKind(Mesh.LINKERD, "Server")) {
            servers.add(server(s, routesByServer, routeMatches));
        }
        Map<ServerInfo, Authorizations> authorizations = new LinkedHashMap<>();
        for (ServerInfo s : servers) {
            authorizations.put(s, authorizations(s));
        }
        Set<ServerInfo> overruled = overlappingServers(servers, authorizations);
        for (ServerInfo s : servers) {
            emitServerPolicy(s, servers, overruled.contains(s) ? new Authorizations(Set.of(), authorizations.get(s).causes())
                    : authorizations.get(s));
        }
        emitDefaults(servers);
        for (Manifest ap : in.ofKind(Mesh.LINKERD, "AuthorizationPolicy")) {
            if (!ctx.tracker().covers(ap, FieldPath.of("spec", "targetRef"))) {
                ctx.gap(IstioGap.AUTHENTICATION_UNRESOLVED, ap, FieldPath.of("spec"), "the target "
                        + ap.tree().path("spec").path("targetRef").path("kind").asText() + " "
                        + ap.tree().path("spec").path("targetRef").path("name").asText()
                        + " is not a Server, inbound route or namespace with Servers in the inputs; nothing is written");
            }
        }
        for (Manifest sa : in.ofKind(Mesh.LINKERD, "ServerAuthorization")) {
            if (!ctx.tracker().covers(sa, FieldPath.of("spec", "server"))) {
                ctx.gap(IstioGap.AUTHENTICATION_UNRESOLVED, sa, FieldPath.of("spec"),
                        "no Server of the inputs is selected by spec.server; nothing is written");
            }
        }
        for (Manifest m : in.ofKind(Mesh.LINKERD, "MeshTLSAuthentication")) {
            meshTls(m);
        }
        for (Manifest m : in.ofKind(Mesh.LINKERD, "NetworkAuthentication")) {
            networkAuthentication(m);
        }
    }

    private static String routeKey(Manifest route) {
        return route.kind() + "/" + route.id().namespaceOr("default") + "/" + route.id().name();
    }

    private ServerInfo server(Manifest s, Map<String, List<Manifest>> routesByServer,
                              Map<Manifest, List<InboundRouteOrder.Match>> routeMatches) {
        String ns = s.id().namespaceOr("default");
        JsonNode spec = s.tree().path("spec");
        Map<String, String> matchLabels = PodTemplates.strings(spec.path("podSelector").path("matchLabels"));
        JsonNode expressions = spec.path("podSelector").path("matchExpressions");
        List<Map<String, String>> selectors = new ArrayList<>();
        if (expressions.isEmpty()) {
            selectors.add(matchLabels);
            ctx.tracker().consume(s, "spec.podSelector");
        } else {
            // Istio selectors are matchLabels only: expand the expressions over the pods of the inputs.
            List<String> names = new ArrayList<>();
            for (PodTemplate p : pods) {
                if (p.namespace().equals(ns) && p.selectedBy(matchLabels) && matchesExpressions(p.labels(), expressions)) {
                    selectors.add(p.labels());
                    names.add(p.manifest().kind() + "/" + p.manifest().id().name());
                }
            }
            ctx.tracker().consume(s, "spec.podSelector");
            ctx.gap(selectors.isEmpty() ? IstioGap.SELECTOR_UNMATCHED : IstioGap.MATCH_EXPRESSIONS, s,
                    FieldPath.of("spec", "podSelector", "matchExpressions"),
                    selectors.isEmpty()
                            ? "matchExpressions cannot be written as an Istio selector and no workload of the inputs "
                              + "matches them: no policy is written for Server " + s.id().name()
                            : "matchExpressions cannot be written as an Istio selector; the policy is written for the "
                              + "workloads of the inputs that match: " + String.join(", ", names));
        }
        if (spec.has("externalWorkloadSelector")) {
            ctx.gap(IstioGap.EXTERNAL_WORKLOAD, s, FieldPath.of("spec", "externalWorkloadSelector"),
                    "a Server for external workloads has no Istio policy that meshport writes");
        }
        Optional<Integer> port = port(s, ns, matchLabels, expressions);
        if (spec.has("proxyProtocol")) {
            String protocol = spec.path("proxyProtocol").asText();
            if (protocol.equals("opaque")) {
                ctx.gap(IstioGap.OPAQUE_PORTS, s, FieldPath.of("spec", "proxyProtocol"),
                        "proxyProtocol opaque: name the Service port tcp-… or set appProtocol: tcp for Istio");
            } else {
                // Istio detects the protocol from the port name, appProtocol or by sniffing.
                ctx.tracker().consume(s, "spec.proxyProtocol");
            }
        }
        if (spec.has("accessPolicy")) {
            ctx.tracker().consume(s, "spec.accessPolicy");
        }
        List<Manifest> routes = routesByServer.getOrDefault(ns + "/" + s.id().name(), List.of());
        Map<Manifest, List<InboundRouteOrder.Match>> onServer = new LinkedHashMap<>();
        routes.stream().sorted(CreationOrder.OLDEST_FIRST).forEach(r -> onServer.put(r, routeMatches.get(r)));
        Map<String, List<Operation>> routeOperations = new LinkedHashMap<>();
        List<Operation> ops = new ArrayList<>();
        for (Manifest r : onServer.keySet()) {
            List<Operation> routeOps = InboundRouteOrder.operations(ctx, r, onServer, s.id().name());
            routeOperations.put(routeKey(r), routeOps);
            ops.addAll(routeOps);
        }
        if (routes.isEmpty()) {
            ops.add(Operation.ANY);
        } else {
            ctx.note(IstioGap.ROUTE_NOT_FOUND_STATUS, s, FieldPath.of("spec"), "requests to Server " + s.id().name()
                    + " that match none of its routes get 403 from Istio where Linkerd answered 404");
        }
        return new ServerInfo(s, ns, s.id().name(), selectors, port, ops, !routes.isEmpty(), routeOperations);
    }

    private Optional<Integer> port(Manifest s, String ns, Map<String, String> matchLabels, JsonNode expressions) {
        JsonNode port = s.tree().path("spec").path("port");
        if (port.isInt() || port.asText().matches("\\d+")) {
            ctx.tracker().consume(s, "spec.port");
            return Optional.of(port.asInt(Integer.parseInt(port.asText())));
        }
        Integer found = null;
        boolean conflict = false;
        for (PodTemplate p : pods) {
            if (p.namespace().equals(ns) && p.selectedBy(matchLabels) && matchesExpressions(p.labels(), expressions)
                    && p.namedPorts().containsKey(port.asText())) {
                int n = p.namedPorts().get(port.asText());
                conflict |= found != null && found != n;
                found = n;
            }
        }
        if (found == null || conflict) {
            ctx.gap(IstioGap.NAMED_PORT_UNRESOLVED, s, FieldPath.of("spec", "port"), "port '" + port.asText()
                    + "' is not " + (conflict ? "the same number on every" : "declared by any") + " workload of the "
                    + "inputs that the Server selects; the Istio policy for its pods allows nothing");
            return Optional.empty();
        }
        ctx.tracker().consume(s, "spec.port");
        return Optional.of(found);
    }

    static boolean matchesExpressions(Map<String, String> labels, JsonNode expressions) {
        for (JsonNode e : expressions) {
            String key = e.path("key").asText();
            Set<String> values = new TreeSet<>();
            e.path("values").forEach(v -> values.add(v.asText()));
            boolean ok = switch (e.path("operator").asText()) {
                case "In" -> labels.containsKey(key) && values.contains(labels.get(key));
                case "NotIn" -> !labels.containsKey(key) || !values.contains(labels.get(key));
                case "Exists" -> labels.containsKey(key);
                case "DoesNotExist" -> !labels.containsKey(key);
                default -> false;
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    // ----- Authorizations of one Server

    /** The Istio rules a Server's authorizations come to, and the resources they come from. */
    private record Authorizations(Set<ObjectNode> rules, List<Manifest> causes) {}

    private Authorizations authorizations(ServerInfo s) {
        Set<ObjectNode> rules = new LinkedHashSet<>();
        List<Manifest> causes = new ArrayList<>();
        // With an unknown port no rule can be written: the policy then allows nothing on the Server's pods.
        int port = s.port().orElse(-1);
        for (Manifest ap : ctx.manifests().ofKind(Mesh.LINKERD, "AuthorizationPolicy")) {
            List<Operation> ops = targetOperations(ap, s);
            if (ops != null) {
                Clients clients = clientsOf(ap);
                if (port >= 0) {
                    addRules(rules, clients, ops, port);
                }
                causes.add(ap);
            }
        }
        // Once a Server has inbound routes, only the policies that target a route authorize its requests: Server- and
        // Namespace-targeted policies, ServerAuthorizations and the accessPolicy no longer apply to them
        // (policy-controller inbound/index.rs route_client_authzs; Linkerd docs tasks/configuring-per-route-policy).
        for (Manifest sa : ctx.manifests().ofKind(Mesh.LINKERD, "ServerAuthorization")) {
            if (!s.hasRoutes() && serverAuthorizationSelects(sa, s)) {
                Clients clients = serverAuthorizationClients(sa);
                if (port >= 0) {
                    addRules(rules, clients, s.operations(), port);
                }
                causes.add(sa);
            }
        }
        String access = s.manifest().tree().path("spec").path("accessPolicy").asText("deny");
        Clients fallback = defaultClients(access, s.manifest(), FieldPath.of("spec", "accessPolicy"));
        if (port >= 0 && !s.hasRoutes()) {
            addRules(rules, fallback, s.operations(), port);
        }
        return new Authorizations(rules, causes);
    }

    /**
     * Servers that select the same port of a common pod: Linkerd (2.18 and later, linkerd2#13676) uses the oldest,
     * then the first by name (reference linkerd-model.md "Server"), while Istio would admit what either Server's ALLOW
     * rules admit. Returns the Servers whose rules must not be written: the one that does not decide when both carry a
     * creationTimestamp, otherwise both (unless their rules are the same).
     */
    private Set<ServerInfo> overlappingServers(List<ServerInfo> servers, Map<ServerInfo, Authorizations> authorizations) {
        Set<ServerInfo> out = new LinkedHashSet<>();
        for (int i = 0; i < servers.size(); i++) {
            for (int j = i + 1; j < servers.size(); j++) {
                ServerInfo a = servers.get(i);
                ServerInfo b = servers.get(j);
                // The same Server written twice is one Server (a conflict of outputs, reported as such), not two.
                if (!a.namespace().equals(b.namespace()) || a.name().equals(b.name()) || a.port().isEmpty() || !a.port().equals(b.port())
                        || !shareAPod(a, b)
                        || authorizations.get(a).rules().equals(authorizations.get(b).rules())) {
                    continue;
                }
                String what = "Servers " + a.name() + " and " + b.name() + " both select port " + a.port().get()
                        + " of pods " + a.selectors().get(0) + "; Linkerd uses the older one, then the first by name";
                if (CreationOrder.timestamp(a.manifest()).isEmpty() || CreationOrder.timestamp(b.manifest()).isEmpty()) {
                    out.add(a);
                    out.add(b);
                    for (ServerInfo s : List.of(a, b)) {
                        ctx.gap(IstioGap.SERVER_OVERLAP, s.manifest(), FieldPath.of("spec", "port"), what + ", and the "
                                + "manifests carry no creationTimestamp: neither Server's authorizations are written, "
                                + "so Istio denies this port of their pods");
                    }
                    continue;
                }
                boolean aFirst = CreationOrder.OLDEST_FIRST.compare(a.manifest(), b.manifest()) < 0;
                ServerInfo winner = aFirst ? a : b;
                ServerInfo loser = aFirst ? b : a;
                out.add(loser);
                boolean contained = loser.selectors().stream()
                        .allMatch(l -> winner.selectors().stream().anyMatch(w -> l.entrySet().containsAll(w.entrySet())));
                if (!contained) {
                    ctx.gap(IstioGap.SERVER_OVERLAP, loser.manifest(), FieldPath.of("spec", "port"), what + ": "
                            + winner.name() + " decides there; Istio cannot leave out those pods from the policy of "
                            + loser.name() + ", so its authorizations are not written for any of its pods");
                }
            }
        }
        return out;
    }

    /**
     * Do two Servers of a namespace select a common pod? Decided on the workloads of the inputs when the namespace has
     * any; otherwise on the selectors alone, where two selectors overlap unless they want different values of a key.
     */
    private boolean shareAPod(ServerInfo a, ServerInfo b) {
        List<PodTemplate> inNamespace = pods.stream().filter(p -> p.namespace().equals(a.namespace())).toList();
        if (inNamespace.isEmpty()) {
            return a.selectors().stream().anyMatch(x -> b.selectors().stream().anyMatch(y -> mayOverlap(x, y)));
        }
        return inNamespace.stream().anyMatch(p -> a.selectors().stream().anyMatch(p::selectedBy)
                && b.selectors().stream().anyMatch(p::selectedBy));
    }

    private void emitServerPolicy(ServerInfo s, List<ServerInfo> servers, Authorizations authorizations) {
        Set<ObjectNode> rules = authorizations.rules();
        List<Manifest> causes = authorizations.causes();
        int port = s.port().orElse(-1);
        boolean plaintext = port >= 0 && rules.stream().anyMatch(ServerAuthorizations::admitsPlaintext);
        for (int i = 0; i < s.selectors().size(); i++) {
            Map<String, String> selector = s.selectors().get(i);
            if (plaintext && namespaceDefault(s.namespace()).equals("all-authenticated")) {
                permissivePort(s, selector, port, i);
            }
            Set<ObjectNode> all = new LinkedHashSet<>(rules);
            compensation(s, selector, servers, i == 0).ifPresent(all::add);
            String name = s.selectors().size() == 1 ? s.name() : s.name() + "-" + (i + 1);
            ObjectNode policy = authorizationPolicy(name, s.namespace(), selector.isEmpty() ? null : selector, all);
            ctx.emit(policy, s.manifest(), FieldPath.of("spec"));
            for (Manifest c : causes) {
                ctx.emit(policy, c, FieldPath.of("spec"));
            }
        }
    }

    /** True when a rule admits a client without identity (no principals or namespaces in some source). */
    private static boolean admitsPlaintext(ObjectNode rule) {
        if (!rule.has("from")) {
            return true;
        }
        for (JsonNode f : rule.path("from")) {
            if (!f.path("source").has("principals") && !f.path("source").has("namespaces")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The namespace is STRICT (default all-authenticated) but the Server admits plaintext clients on its port: a
     * workload PeerAuthentication keeps the port PERMISSIVE (peer_authentication.proto portLevelMtls), unless a
     * workload-level default of one of its pods already does.
     */
    private void permissivePort(ServerInfo s, Map<String, String> selector, int port, int index) {
        for (PodTemplate p : pods) {
            String own = p.annotations().get(DEFAULT_POLICY_ANNOTATION);
            if (p.namespace().equals(s.namespace()) && p.selectedBy(selector) && own != null
                    && Set.of("all-unauthenticated", "cluster-unauthenticated", "audit").contains(own)) {
                return;
            }
        }
        String name = s.selectors().size() == 1 ? s.name() : s.name() + "-" + (index + 1);
        ObjectNode pa = peerAuthentication(name, s.namespace(), selector.isEmpty() ? null : selector, "STRICT");
        if (!selector.isEmpty()) {
            ((ObjectNode) pa.get("spec")).putObject("portLevelMtls").putObject(String.valueOf(port)).put("mode", "PERMISSIVE");
            ctx.emit(pa, s.manifest(), FieldPath.of("spec", "port"));
        }
    }

    /** The operations an AuthorizationPolicy allows on this Server, or null when it does not target it. */
    private List<Operation> targetOperations(Manifest ap, ServerInfo s) {
        JsonNode target = ap.tree().path("spec").path("targetRef");
        String ns = ap.id().namespaceOr("default");
        String kind = target.path("kind").asText();
        String name = target.path("name").asText();
        if (!ns.equals(s.namespace())) {
            return null;
        }
        return switch (kind) {
            case "Server" -> name.equals(s.name()) && !s.hasRoutes() ? s.operations() : null;
            case "Namespace" -> name.equals(ns) && !s.hasRoutes() ? s.operations() : null;
            case "HTTPRoute", "GRPCRoute" -> {
                Optional<Manifest> route = ctx.manifests().ofKind(kind).stream()
                        .filter(r -> r.id().name().equals(name) && r.id().namespaceOr("default").equals(ns))
                        .filter(r -> InboundRoutes.servers(r).contains(s.key())).findFirst();
                yield route.map(r -> s.routeOperations().get(routeKey(r))).orElse(null);
            }
            default -> null;
        };
    }

    private boolean serverAuthorizationSelects(Manifest sa, ServerInfo s) {
        if (!sa.id().namespaceOr("default").equals(s.namespace())) {
            return false;
        }
        JsonNode server = sa.tree().path("spec").path("server");
        if (server.has("name")) {
            return server.path("name").asText().equals(s.name());
        }
        Map<String, String> labels = PodTemplates.strings(s.manifest().tree().path("metadata").path("labels"));
        Map<String, String> want = PodTemplates.strings(server.path("selector").path("matchLabels"));
        return want.entrySet().stream().allMatch(e -> e.getValue().equals(labels.get(e.getKey())))
                && matchesExpressions(labels, server.path("selector").path("matchExpressions"));
    }

    private void addRules(Set<ObjectNode> rules, Clients clients, List<Operation> ops, int port) {
        if (clients.alternatives().isEmpty() || ops.isEmpty()) {
            return;
        }
        // Operations without header conditions share one rule; each header condition needs a rule of its own.
        List<Operation> plain = ops.stream().filter(o -> !o.hasHeaderConditions()).toList();
        if (!plain.isEmpty()) {
            rules.add(rule(clients, plain, port, null));
        }
        for (Operation o : ops) {
            if (o.hasHeaderConditions()) {
                rules.add(rule(clients, List.of(o), port, o));
            }
        }
    }

    /** One rule for the operations; {@code conditions}, when given, contributes its header conditions as {@code when}. */
    private static ObjectNode rule(Clients clients, List<Operation> ops, int port, Operation conditions) {
        ObjectNode rule = from(clients);
        ArrayNode to = rule.putArray("to");
        for (Operation o : ops) {
            to.add(o.toJson(port));
        }
        if (conditions != null) {
            ArrayNode when = rule.putArray("when");
            conditions.headers().forEach((k, v) -> when.addObject().put("key", "request.headers[" + k + "]").putArray("values").add(v));
            conditions.notHeaders().forEach((k, v) -> {
                ArrayNode values = when.addObject().put("key", "request.headers[" + k + "]").putArray("notValues");
                v.forEach(values::add);
            });
        }
        return rule;
    }

    /** The rule that gives the pod's ports outside every Server their Linkerd default, if any is allowed. */
    private Optional<ObjectNode> compensation(ServerInfo s, Map<String, String> selector, List<ServerInfo> servers,
                                              boolean report) {
        String value = effectiveDefault(s.namespace(), selector);
        Clients clients = defaultClients(value, null, null);
        if (clients.alternatives().isEmpty()) {
            return Optional.empty();
        }
        Set<Integer> serverPorts = new TreeSet<>();
        for (ServerInfo o : servers) {
            if (o.namespace().equals(s.namespace()) && o.selectors().stream().anyMatch(sel -> mayOverlap(sel, selector))) {
                if (o.port().isEmpty()) {
                    if (report) {
                        ctx.note(IstioGap.PER_PORT_DEFAULT, s.manifest(), FieldPath.of("spec", "port"), "the port of Server "
                            + o.name() + " is unknown, so the other ports of the pods of Server " + s.name()
                            + " cannot keep their Linkerd default (" + value + "): Istio denies them");
                    }
                    return Optional.empty();
                }
                serverPorts.add(o.port().get());
            }
        }
        if (report) {
            ctx.note(IstioGap.PER_PORT_DEFAULT, s.manifest(), FieldPath.of("spec", "port"), "the Istio policy for Server "
                + s.name() + " gets a rule with notPorts " + serverPorts + " so that the other ports of its pods keep "
                + "their Linkerd default (" + value + ")");
        }
        return Optional.of(notPortsRule(clients, serverPorts));
    }

    private static ObjectNode notPortsRule(Clients clients, Set<Integer> ports) {
        ObjectNode rule = from(clients);
        if (!ports.isEmpty()) {
            ArrayNode notPorts = rule.putArray("to").addObject().putObject("operation").putArray("notPorts");
            ports.forEach(p -> notPorts.add(String.valueOf(p)));
        }
        return rule;
    }

    /** A new rule whose {@code from} admits the clients (none when they are everyone). */
    private static ObjectNode from(Clients clients) {
        ObjectNode rule = TranslationContext.object();
        if (!clients.admitsAnyone()) {
            ArrayNode from = rule.putArray("from");
            for (Clients.Source src : clients.alternatives()) {
                from.addObject().set("source", src.toJson());
            }
        }
        return rule;
    }

    /** Two matchLabels selectors may pick a common pod unless they want different values of one key. */
    private static boolean mayOverlap(Map<String, String> a, Map<String, String> b) {
        return a.entrySet().stream().noneMatch(e -> b.containsKey(e.getKey()) && !b.get(e.getKey()).equals(e.getValue()));
    }

    /**
     * The default policy of the pods a selector picks: the strictest value among the pod templates it selects, else
     * the namespace's, else the install default.
     */
    private String effectiveDefault(String namespace, Map<String, String> selector) {
        String ns = namespaceDefault(namespace);
        String strictest = null;
        for (PodTemplate p : pods) {
            if (p.namespace().equals(namespace) && p.selectedBy(selector)) {
                String v = p.annotations().getOrDefault(DEFAULT_POLICY_ANNOTATION, ns);
                strictest = strictest == null || strictness(v) > strictness(strictest) ? v : strictest;
            }
        }
        return strictest == null ? ns : strictest;
    }

    /** Higher is stricter; an unknown value counts as deny. */
    private static int strictness(String value) {
        return switch (value) {
            case "all-unauthenticated", "audit" -> 0;
            case "cluster-unauthenticated" -> 1;
            case "all-authenticated" -> 2;
            case "cluster-authenticated" -> 3;
            default -> 4;
        };
    }

    private String namespaceDefault(String namespace) {
        for (Manifest n : ctx.manifests().ofKind(Mesh.KUBERNETES, "Namespace")) {
            if (n.id().name().equals(namespace)) {
                JsonNode v = n.tree().path("metadata").path("annotations").path(DEFAULT_POLICY_ANNOTATION);
                if (!v.isMissingNode()) {
                    return v.asText();
                }
            }
        }
        return CLUSTER_DEFAULT;
    }

    /**
     * The clients a Linkerd default policy value admits (features/server-policy.md "Default policies"). When {@code at}
     * is given, the value is reported there if it is lost in part.
     */
    private Clients defaultClients(String value, Manifest m, FieldPath at) {
        Clients networks = new Clients(CLUSTER_NETWORKS.stream()
                .map(c -> new Clients.Source(null, null, List.of(c), null)).toList());
        return switch (value) {
            case "all-unauthenticated" -> Clients.ANYONE;
            case "audit" -> {
                if (m != null) {
                    ctx.gap(IstioGap.ACCESS_POLICY_AUDIT, m, at, "audit allows every request; Istio allows them too "
                            + "but does not label the unauthorized ones");
                }
                yield Clients.ANYONE;
            }
            case "all-authenticated" -> Clients.AUTHENTICATED;
            case "cluster-unauthenticated", "cluster-authenticated" -> {
                if (m != null) {
                    ctx.gap(IstioGap.CLUSTER_NETWORKS, m, at, value + " is written with the default clusterNetworks "
                            + CLUSTER_NETWORKS);
                }
                yield value.startsWith("cluster-auth") ? networks.and(Clients.AUTHENTICATED) : networks;
            }
            default -> Clients.NOBODY;
        };
    }

    // ----- Clients of authorizations

    private Clients clientsOf(Manifest ap) {
        ctx.tracker().consume(ap, "spec.targetRef");
        JsonNode refs = ap.tree().path("spec").path("requiredAuthenticationRefs");
        Clients clients = Clients.ANYONE;
        for (int i = 0; i < refs.size(); i++) {
            JsonNode ref = refs.get(i);
            FieldPath at = FieldPath.of("spec", "requiredAuthenticationRefs").index(i);
            String ns = ref.path("namespace").asText(ap.id().namespaceOr("default"));
            String name = ref.path("name").asText();
            Optional<Clients> c = switch (ref.path("kind").asText()) {
                case "MeshTLSAuthentication" -> find("MeshTLSAuthentication", ns, name).map(this::meshTls);
                case "NetworkAuthentication" -> find("NetworkAuthentication", ns, name).map(this::networkAuthentication);
                case "ServiceAccount" -> Optional.of(Clients.of(new Clients.Source(List.of(principal(ns, name)), null, null, null)));
                default -> Optional.empty();
            };
            if (c.isEmpty()) {
                ctx.gap(IstioGap.AUTHENTICATION_UNRESOLVED, ap, at, ref.path("kind").asText() + " " + ns + "/" + name
                        + " is not in the inputs; the policy authorizes nobody");
                clients = Clients.NOBODY;
            } else {
                ctx.tracker().consume(ap, at);
                clients = clients.and(c.get());
            }
        }
        if (refs.isEmpty() && ap.tree().path("spec").has("requiredAuthenticationRefs")) {
            ctx.tracker().consume(ap, "spec.requiredAuthenticationRefs");
        }
        return clients;
    }

    private Optional<Manifest> find(String kind, String ns, String name) {
        return ctx.manifests().ofKind(Mesh.LINKERD, kind).stream()
                .filter(m -> m.id().name().equals(name) && m.id().namespaceOr("default").equals(ns)).findFirst();
    }

    private String principal(String namespace, String serviceAccount) {
        return ctx.options().trustDomain() + "/ns/" + namespace + "/sa/" + serviceAccount;
    }

    private Clients networkAuthentication(Manifest m) {
        return authentications.computeIfAbsent(m,
                k -> networks(m, m.tree().path("spec").path("networks"), FieldPath.of("spec", "networks")));
    }

    private Clients meshTls(Manifest m) {
        return authentications.computeIfAbsent(m, this::readMeshTls);
    }

    /** MeshTLSAuthentication identities and identityRefs as principals and namespaces. */
    private Clients readMeshTls(Manifest m) {
        List<String> principals = new ArrayList<>();
        List<String> namespaces = new ArrayList<>();
        JsonNode ids = m.tree().path("spec").path("identities");
        for (int i = 0; i < ids.size(); i++) {
            identity(m, FieldPath.of("spec", "identities").index(i), ids.get(i).asText(), principals, namespaces);
        }
        JsonNode refs = m.tree().path("spec").path("identityRefs");
        for (int i = 0; i < refs.size(); i++) {
            JsonNode ref = refs.get(i);
            FieldPath at = FieldPath.of("spec", "identityRefs").index(i);
            String ns = ref.path("namespace").asText(m.id().namespaceOr("default"));
            switch (ref.path("kind").asText()) {
                case "ServiceAccount" -> {
                    principals.add(principal(ns, ref.path("name").asText()));
                    ctx.tracker().consume(m, at);
                }
                case "Namespace" -> {
                    namespaces.add(ref.path("name").asText());
                    ctx.tracker().consume(m, at);
                }
                default -> ctx.gap(IstioGap.IDENTITY_FORMAT, m, at, "identityRef of kind " + ref.path("kind").asText()
                        + " has no Istio source; it is left out");
            }
        }
        return sources(principals, namespaces);
    }

    private static Clients sources(List<String> principals, List<String> namespaces) {
        if (principals.contains("*")) {
            return Clients.AUTHENTICATED;
        }
        List<Clients.Source> out = new ArrayList<>();
        if (!principals.isEmpty()) {
            out.add(new Clients.Source(List.copyOf(new LinkedHashSet<>(principals)), null, null, null));
        }
        if (!namespaces.isEmpty()) {
            out.add(new Clients.Source(null, List.copyOf(new LinkedHashSet<>(namespaces)), null, null));
        }
        return new Clients(out);
    }

    /**
     * One Linkerd identity: {@code *}, {@code *.<ns>.serviceaccount.identity.…}, {@code <sa>.<ns>.serviceaccount.identity.…}
     * (policy-controller cluster_info.rs) or a SPIFFE id.
     */
    private void identity(Manifest m, FieldPath at, String id, List<String> principals, List<String> namespaces) {
        String marker = ".serviceaccount.identity.";
        int cut = id.indexOf(marker);
        if (id.equals("*")) {
            principals.add("*");
        } else if (id.startsWith("spiffe://")) {
            principals.add(id.substring("spiffe://".length()));
        } else if (cut > 0 && id.substring(0, cut).split("\\.").length == 2) {
            String[] parts = id.substring(0, cut).split("\\.");
            if (parts[0].equals("*")) {
                namespaces.add(parts[1]);
            } else {
                principals.add(principal(parts[1], parts[0]));
            }
            String suffix = id.substring(cut + marker.length());
            String expected = ctx.options().linkerdNamespace() + "." + ctx.options().trustDomain();
            if (!suffix.equals(expected)) {
                ctx.gap(IstioGap.IDENTITY_FORMAT, m, at, "identity " + id + " is of control plane and trust domain '"
                        + suffix + "', not '" + expected + "'; it is written with trust domain "
                        + ctx.options().trustDomain());
                return;
            }
        } else {
            ctx.gap(IstioGap.IDENTITY_FORMAT, m, at, "identity '" + id + "' is not a Linkerd service-account identity;"
                    + " it is left out, so the rule allows less");
            return;
        }
        ctx.tracker().consume(m, at);
    }

    private Clients networks(Manifest m, JsonNode networks, FieldPath at) {
        List<Clients.Source> out = new ArrayList<>();
        for (int i = 0; i < networks.size(); i++) {
            JsonNode n = networks.get(i);
            List<String> except = new ArrayList<>();
            n.path("except").forEach(e -> except.add(e.asText()));
            out.add(new Clients.Source(null, null, List.of(n.path("cidr").asText()), except.isEmpty() ? null : except));
            ctx.tracker().consume(m, at.index(i));
        }
        if (networks.isEmpty() && m.has(at)) {
            ctx.tracker().consume(m, at);
        }
        return new Clients(out);
    }

    /** ServerAuthorization client (policy.linkerd.io/v1beta1; reference/authorization-policy.md ServerAuthorization). */
    private Clients serverAuthorizationClients(Manifest sa) {
        JsonNode client = sa.tree().path("spec").path("client");
        FieldPath base = FieldPath.of("spec", "client");
        ctx.tracker().consume(sa, "spec.server");
        if (sa.tree().path("spec").path("server").has("selector")) {
            ctx.note(IstioGap.SERVER_SELECTOR, sa, FieldPath.of("spec", "server", "selector"),
                    "server.selector is expanded over the Servers of the inputs");
        }
        Clients networks = client.has("networks")
                ? networks(sa, client.path("networks"), base.key("networks")) : Clients.ANYONE;
        Clients identities;
        if (client.path("unauthenticated").asBoolean(false)) {
            identities = Clients.ANYONE;
            ctx.tracker().consume(sa, base.key("unauthenticated"));
        } else {
            JsonNode mtls = client.path("meshTLS");
            List<String> principals = new ArrayList<>();
            List<String> namespaces = new ArrayList<>();
            JsonNode ids = mtls.path("identities");
            for (int i = 0; i < ids.size(); i++) {
                identity(sa, base.key("meshTLS").key("identities").index(i), ids.get(i).asText(), principals, namespaces);
            }
            JsonNode accounts = mtls.path("serviceAccounts");
            for (int i = 0; i < accounts.size(); i++) {
                JsonNode a = accounts.get(i);
                principals.add(principal(a.path("namespace").asText(sa.id().namespaceOr("default")), a.path("name").asText()));
                ctx.tracker().consume(sa, base.key("meshTLS").key("serviceAccounts").index(i));
            }
            if (mtls.path("unauthenticatedTLS").asBoolean(false)) {
                ctx.gap(IstioGap.UNAUTHENTICATED_TLS, sa, base.key("meshTLS").key("unauthenticatedTLS"),
                        "TLS clients without identity cannot be admitted by an Istio rule; they are left out");
            } else if (mtls.has("unauthenticatedTLS")) {
                ctx.tracker().consume(sa, base.key("meshTLS").key("unauthenticatedTLS"));
            }
            if (client.has("unauthenticated")) {
                ctx.tracker().consume(sa, base.key("unauthenticated"));
            }
            if (mtls.isObject() && mtls.isEmpty()) {
                ctx.tracker().consume(sa, base.key("meshTLS"));
            }
            // meshTLS without identities or service accounts admits any meshed client.
            identities = ids.isEmpty() && accounts.isEmpty() ? Clients.AUTHENTICATED : sources(principals, namespaces);
        }
        return identities.and(networks);
    }

    // ----- Default policies of namespaces and pods

    /**
     * The default inbound policy of namespaces and pod templates, for the pods and ports no Server covers: STRICT
     * PeerAuthentication for all-authenticated, an allow-nothing policy for deny, and per-workload rules otherwise.
     */
    private void emitDefaults(List<ServerInfo> servers) {
        Map<String, Manifest> namespaces = new TreeMap<>();
        for (Manifest n : ctx.manifests().ofKind(Mesh.KUBERNETES, "Namespace")) {
            if (n.tree().path("metadata").path("annotations").has(DEFAULT_POLICY_ANNOTATION)) {
                namespaces.put(n.id().name(), n);
            }
        }
        for (Manifest n : namespaces.values()) {
            String ns = n.id().name();
            String value = namespaceDefault(ns);
            FieldPath at = FieldPath.of("metadata", "annotations", DEFAULT_POLICY_ANNOTATION);
            fixedAtCreation(n, at, value);
            switch (value) {
                case "all-unauthenticated" -> { }
                case "all-authenticated" -> ctx.emit(peerAuthentication("default", ns, null, "STRICT"), n, at);
                default -> {
                    // Istio cannot exclude pods from a namespace-wide ALLOW rule: the namespace allows nothing and
                    // each workload of the inputs gets its own policy below.
                    defaultClients(value, n, at);
                    ctx.emit(authorizationPolicy("linkerd-default-inbound-policy", ns, null, Set.of()), n, at);
                }
            }
        }
        for (PodTemplate p : pods) {
            String nsValue = namespaceDefault(p.namespace());
            String own = p.annotations().get(DEFAULT_POLICY_ANNOTATION);
            String value = own == null ? nsValue : own;
            // A namespace default other than all-(un)authenticated allows nothing namespace-wide: every workload then
            // needs a policy of its own.
            boolean perWorkload = !nsValue.equals("all-unauthenticated") && !nsValue.equals("all-authenticated");
            FieldPath at = own == null ? FieldPath.of("metadata", "name") : p.annotation(DEFAULT_POLICY_ANNOTATION);
            if (own != null) {
                fixedAtCreation(p.manifest(), at, value);
            }
            if (!perWorkload && value.equals(nsValue)) {
                continue;
            }
            Manifest cause = p.manifest();
            String name = p.manifest().id().name() + "-default-inbound-policy";
            boolean plaintext = Set.of("all-unauthenticated", "cluster-unauthenticated", "audit").contains(value);
            if (value.equals("all-authenticated") && !nsValue.equals("all-authenticated")) {
                ctx.emit(peerAuthentication(name, p.namespace(), p.labels(), "STRICT"), cause, at);
            }
            if (nsValue.equals("all-authenticated") && plaintext) {
                ctx.emit(peerAuthentication(name, p.namespace(), p.labels(), "PERMISSIVE"), cause, at);
            }
            boolean mtlsOnly = value.equals("all-authenticated");
            if (!perWorkload && (value.equals("all-unauthenticated") || value.equals("audit") || mtlsOnly)) {
                if (value.equals("audit")) {
                    defaultClients(value, cause, at);
                }
                continue;
            }
            Clients clients = defaultClients(value, own == null ? null : cause, at);
            Set<Integer> serverPorts = new TreeSet<>();
            boolean unknown = false;
            for (ServerInfo s : servers) {
                if (s.namespace().equals(p.namespace()) && s.selectors().stream().anyMatch(p::selectedBy)) {
                    unknown |= s.port().isEmpty();
                    s.port().ifPresent(serverPorts::add);
                }
            }
            Set<ObjectNode> rules = new LinkedHashSet<>();
            if (!clients.alternatives().isEmpty() && !unknown) {
                rules.add(notPortsRule(clients, serverPorts));
            }
            ctx.emit(authorizationPolicy(name, p.namespace(), p.labels(), rules), cause, at);
        }
    }

    private void fixedAtCreation(Manifest m, FieldPath at, String value) {
        ctx.gap(IstioGap.DEFAULT_POLICY_FIXED_AT_CREATION, m, at, "default-inbound-policy " + value
                + " is written as Istio policy that applies at once; Linkerd applied it to pods created after it was set");
    }

    private static ObjectNode authorizationPolicy(String name, String ns, Map<String, String> selector, Set<ObjectNode> rules) {
        ObjectNode o = securityObject("AuthorizationPolicy", name, ns, selector);
        ObjectNode spec = (ObjectNode) o.get("spec");
        spec.put("action", "ALLOW");
        if (!rules.isEmpty()) {
            ArrayNode r = spec.putArray("rules");
            rules.forEach(r::add);
        }
        return o;
    }

    private static ObjectNode peerAuthentication(String name, String ns, Map<String, String> selector, String mode) {
        ObjectNode o = securityObject("PeerAuthentication", name, ns, selector);
        ((ObjectNode) o.get("spec")).putObject("mtls").put("mode", mode);
        return o;
    }

    /** A security.istio.io object with its workload selector (none: the whole namespace). */
    private static ObjectNode securityObject(String kind, String name, String ns, Map<String, String> selector) {
        ObjectNode o = TranslationContext.object();
        o.put("apiVersion", LinkerdToIstio.ISTIO_SECURITY).put("kind", kind);
        o.putObject("metadata").put("name", name).put("namespace", ns);
        ObjectNode spec = o.putObject("spec");
        if (selector != null) {
            ObjectNode ml = spec.putObject("selector").putObject("matchLabels");
            selector.forEach(ml::put);
        }
        return o;
    }
}
