package dev.meshport.samples.differential;

import dev.meshport.samples.differential.LinkerdWorld.BackendSpec;
import dev.meshport.samples.differential.LinkerdWorld.InboundRouteSpec;
import dev.meshport.samples.differential.LinkerdWorld.MatchSpec;
import dev.meshport.samples.differential.LinkerdWorld.PolicySpec;
import dev.meshport.samples.differential.LinkerdWorld.ProfileSpec;
import dev.meshport.samples.differential.LinkerdWorld.RouteSpec;
import dev.meshport.samples.differential.LinkerdWorld.RuleSpec;
import dev.meshport.samples.differential.LinkerdWorld.ServerSpec;
import dev.meshport.samples.differential.LinkerdWorld.SplitBackend;
import dev.meshport.samples.differential.LinkerdWorld.SplitSpec;
import dev.meshport.samples.differential.LinkerdWorld.Svc;
import dev.meshport.simulator.Caller;
import dev.meshport.simulator.Request;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Generators of small Linkerd worlds and of requests against them. Paths, headers, methods and identities come from
 * the pools of {@link IstioWorlds}, which the requests draw from too, so that matches and policies apply (and
 * half-apply: {@code /apiary} against PathPrefix {@code /api}).
 */
final class LinkerdWorlds {

    static final List<String> SERVICES = IstioWorlds.SERVICES;
    static final List<String> NAMESPACES = IstioWorlds.NAMESPACES;
    /** PathPrefix values: Gateway API prefixes match whole segments ({@code /api} does not match {@code /apiary}). */
    static final List<String> PATH_PREFIXES = List.of("/", "/api", "/admin", "/static", "/api/v1");
    static final List<String> DEFAULT_POLICIES = List.of("all-unauthenticated", "all-authenticated", "deny");
    static final List<String> ACCESS_POLICIES = List.of("deny", "all-unauthenticated", "all-authenticated",
            "cluster-authenticated", "cluster-unauthenticated");
    /** NetworkAuthentication networks: the cluster's pod range, everything, and the pod range but the client range. */
    static final List<List<String>> NETWORKS = List.of(List.of("10.0.0.0/8"), List.of("0.0.0.0/0", "::/0"),
            List.of("10.0.0.0/8!10.2.0.0/16"), List.of("203.0.113.0/24"));
    /** Meshed callers are in the pod range; a client without identity is in the cluster or outside, by turns. */
    static final String MESHED_IP = "10.1.0.7";
    static final List<String> UNMESHED_IPS = List.of("10.2.0.9", "203.0.113.9");

    private LinkerdWorlds() {}

    /** A world and requests to it. */
    record Scenario(LinkerdWorld world, List<Request> requests) {}

    /** Every part is drawn independently (so that each shrinks on its own) and then made consistent. */
    static Arbitrary<Scenario> scenarios() {
        Arbitrary<Scenario> base = Combinators.combine(services(), namespaceDefaults(), routes(), servers(), inboundRoutes(),
                        policies(), splits(), IstioWorlds.requests())
                .as(LinkerdWorlds::consistent);
        return Combinators.combine(base, profiles()).as(LinkerdWorlds::withProfiles);
    }

    /** web and api, sometimes db; each in shop or ops, its pods sometimes with a default-inbound-policy annotation. */
    static Arbitrary<List<Svc>> services() {
        List<Arbitrary<Svc>> each = new ArrayList<>();
        for (String name : SERVICES) {
            each.add(Combinators.combine(Arbitraries.of(NAMESPACES), Arbitraries.of(true, false), Arbitraries.of(DEFAULT_POLICIES).injectNull(0.8))
                    .as((ns, named, policy) -> new Svc(name, ns, named, policy)));
        }
        return Combinators.combine(Combinators.combine(each).as(List::copyOf), Arbitraries.of(false, true))
                .as((all, withDb) -> withDb ? all : all.subList(0, 2));
    }

    /** For each namespace, maybe a default-inbound-policy annotation. */
    static Arbitrary<Map<String, String>> namespaceDefaults() {
        return Combinators.combine(Arbitraries.of(DEFAULT_POLICIES).injectNull(0.6), Arbitraries.of(DEFAULT_POLICIES).injectNull(0.6))
                .as((shop, ops) -> {
                    Map<String, String> out = new LinkedHashMap<>();
                    if (shop != null) {
                        out.put("shop", shop);
                    }
                    if (ops != null) {
                        out.put("ops", ops);
                    }
                    return out;
                });
    }

    /**
     * For each Service of the pool, maybe an HTTPRoute (sometimes two) with one to three rules, a producer route or,
     * sometimes, a consumer route.
     */
    static Arbitrary<List<RouteSpec>> routes() {
        List<Arbitrary<List<RouteSpec>>> each = new ArrayList<>();
        for (String name : SERVICES) {
            // The namespace "consumer" stands for "a consumer route, in the other namespace".
            Arbitrary<RouteSpec> route = Combinators.combine(rule().list().ofMinSize(1).ofMaxSize(3),
                            Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.just("")), Tuple.of(1, Arbitraries.just("consumer"))))
                    .as((rules, where) -> new RouteSpec(name, where, "", rules));
            each.add(Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.just(List.of())), Tuple.of(4, route.map(List::of)),
                    Tuple.of(1, route.list().ofSize(2))));
        }
        return Combinators.combine(each).as(lists -> lists.stream().<RouteSpec>flatMap(List::stream).toList());
    }

    static Arbitrary<RuleSpec> rule() {
        return Combinators.combine(match().list().ofMaxSize(2), backends()).as(RuleSpec::new);
    }

    static Arbitrary<MatchSpec> match() {
        Arbitrary<Tuple.Tuple2<String, String>> path = Arbitraries.oneOf(
                Arbitraries.of(IstioWorlds.PATHS).map(p -> Tuple.of("Exact", p)),
                Arbitraries.of(PATH_PREFIXES).map(p -> Tuple.of("PathPrefix", p)));
        return Combinators.combine(path.injectNull(0.3), Arbitraries.of(IstioWorlds.METHODS).injectNull(0.6),
                Arbitraries.of(IstioWorlds.HEADERS).injectNull(0.6), Arbitraries.of(IstioWorlds.HEADER_VALUES))
                .as((p, method, header, value) -> new MatchSpec(p == null ? null : p.get1(), p == null ? null : p.get2(),
                        method, header, header == null ? null : value))
                .filter(m -> m.path() != null || m.method() != null || m.header() != null);
    }

    /** One backendRef (weight written or not), or two with weights; "" is the route's own Service. */
    static Arbitrary<List<BackendSpec>> backends() {
        Arbitrary<String> service = Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just("")), Tuple.of(1, Arbitraries.of(SERVICES)));
        Arbitrary<List<BackendSpec>> single = Combinators.combine(service, Arbitraries.of(true, false))
                .as((s, weighted) -> List.of(new BackendSpec(s, weighted ? 1 : null)));
        Arbitrary<List<BackendSpec>> split = Combinators.combine(service, service, Arbitraries.of(0, 20, 50, 80, 100))
                .as((a, b, w) -> List.of(new BackendSpec(a, w), new BackendSpec(b, 100 - w)));
        return Arbitraries.frequencyOf(Tuple.of(3, single), Tuple.of(2, split));
    }

    /** Creation times, or none (manifests written by hand); two, so that both orders and ties occur. */
    private static final Arbitrary<String> CREATED = Arbitraries.of("2026-01-01T00:00:00Z", "2026-02-01T00:00:00Z").injectNull(0.5);

    /**
     * Up to two Servers, each selecting a Service of the pool (both may select the same pods and port), port by name or
     * number, accessPolicy or not, with a creationTimestamp or not.
     */
    static Arbitrary<List<ServerSpec>> servers() {
        Arbitrary<List<String>> appIn = Arbitraries.of(SERVICES).list().ofMinSize(1).ofMaxSize(2).uniqueElements().injectNull(0.75);
        return Combinators.combine(Arbitraries.of(SERVICES), Arbitraries.of(true, false), Arbitraries.of(ACCESS_POLICIES).injectNull(0.5), CREATED, appIn)
                .as((service, byName, access, created, in) -> new ServerSpec("", "", service, byName, access, created, in)).list().ofMaxSize(2);
    }

    /**
     * Up to two inbound HTTPRoutes, on Server 0 or 1, matching a path (Exact, PathPrefix or, which Istio authorization
     * cannot say, RegularExpression) and maybe a method.
     */
    static Arbitrary<List<InboundRouteSpec>> inboundRoutes() {
        Arbitrary<Tuple.Tuple2<String, String>> path = Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.of(IstioWorlds.PATHS).map(p -> Tuple.of("Exact", p))),
                Tuple.of(2, Arbitraries.of(PATH_PREFIXES).map(p -> Tuple.of("PathPrefix", p))),
                Tuple.of(1, Arbitraries.of(IstioWorlds.URI_REGEXES).map(p -> Tuple.of("RegularExpression", p))));
        return Combinators.combine(Arbitraries.of("0", "1"), path, Arbitraries.of(IstioWorlds.METHODS).injectNull(0.7), CREATED)
                .as((server, p, method, created) -> new InboundRouteSpec("", "", server, p.get1(), p.get2(), method, created))
                .list().ofMaxSize(2);
    }

    /**
     * Up to three AuthorizationPolicies targeting a Server or an inbound route (by index) or the namespace of a Service,
     * or ServerAuthorizations of a Server.
     */
    static Arbitrary<List<PolicySpec>> policies() {
        List<String> clients = new ArrayList<>();
        for (String ns : NAMESPACES) {
            clients.add(ns + "/client");
            SERVICES.forEach(s -> clients.add(ns + "/" + s));
        }
        clients.add(IstioWorlds.OUTSIDER_NAMESPACE + "/intruder");
        Arbitrary<List<String>> who = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.of(clients).list().ofMinSize(1).ofMaxSize(2).uniqueElements()),
                Tuple.of(1, Arbitraries.just(List.of("*"))));
        Arbitrary<String> target = Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.of("Server:0", "Server:1")),
                Tuple.of(1, Arbitraries.of("ServerAuthorization:0", "ServerAuthorization:1")),
                Tuple.of(2, Arbitraries.of("HTTPRoute:0", "HTTPRoute:1")),
                Tuple.of(1, Arbitraries.of(SERVICES).map(s -> "Namespace:" + s)));
        return Combinators.combine(target, Arbitraries.of("identities", "identityRefs", "serviceAccount", "none"), who,
                        Arbitraries.of(NETWORKS).injectNull(0.7))
                .as((t, authn, c, networks) -> new PolicySpec("", "", t, "", authn.equals("none") && networks == null ? "identities" : authn, c, networks))
                .list().ofMaxSize(3);
    }

    /** Weights as Kubernetes quantities, as the SMI v1alpha1 TrafficSplit writes them. */
    static final List<String> SPLIT_WEIGHTS = List.of("0", "1", "2", "100m", "250m", "500m", "900m");

    /** At most one TrafficSplit, of a Service of the pool, to it and another Service (of its namespace, once consistent). */
    static Arbitrary<List<SplitSpec>> splits() {
        return Combinators.combine(Arbitraries.of(SERVICES), Arbitraries.of(SERVICES), Arbitraries.of(SPLIT_WEIGHTS), Arbitraries.of(SPLIT_WEIGHTS))
                .as((apex, other, a, b) -> new SplitSpec(apex, "", List.of(new SplitBackend(apex, a), new SplitBackend(other, b))))
                .list().ofMaxSize(1);
    }

    /** Path regexes of ServiceProfile routes (wrapped in ^…$ by the proxy). */
    static final List<String> PROFILE_PATH_REGEXES = List.of("/api/.*", "/api/v[0-9]+(/.*)?", "/static/.*\\.js", "/", "/admin(/.*)?");

    /**
     * At most one ServiceProfile, of a Service of the pool, in its namespace or (consumer) the other one, with one or
     * two routes and sometimes dstOverrides to it and another Service.
     */
    static Arbitrary<List<ProfileSpec>> profiles() {
        Arbitrary<LinkerdWorld.ProfileRoute> route = Combinators.combine(Arbitraries.of(IstioWorlds.METHODS).injectNull(0.6),
                        Arbitraries.of(PROFILE_PATH_REGEXES).injectNull(0.3))
                .as(LinkerdWorld.ProfileRoute::new).filter(r -> r.method() != null || r.pathRegex() != null);
        Arbitrary<List<SplitBackend>> overrides = Combinators.combine(Arbitraries.of(SERVICES), Arbitraries.of(SERVICES),
                        Arbitraries.of(SPLIT_WEIGHTS), Arbitraries.of(SPLIT_WEIGHTS))
                .as((a, b, wa, wb) -> List.of(new SplitBackend(a, wa), new SplitBackend(b, wb)));
        return Combinators.combine(Arbitraries.of(SERVICES), Arbitraries.of(true, false), route.list().ofMinSize(1).ofMaxSize(2),
                        overrides.injectNull(0.5))
                .as((service, consumer, routes, dst) -> new ProfileSpec(service, "", consumer ? "consumer" : "",
                        routes, dst == null ? List.of() : dst))
                .list().ofMaxSize(1);
    }

    /** Weighted backends made Services of the apex's namespace (others become the apex), each named once. */
    private static List<SplitBackend> localBackends(List<SplitBackend> drafts, Svc apex, Map<String, Svc> byName) {
        List<SplitBackend> out = new ArrayList<>();
        for (SplitBackend b : drafts) {
            Svc target = byName.get(b.service());
            String name = target != null && target.namespace().equals(apex.namespace()) ? target.name() : apex.name();
            if (out.stream().noneMatch(x -> x.service().equals(name))) {
                out.add(new SplitBackend(name, b.weight()));
            }
        }
        return out;
    }

    /** The ServiceProfile drafts made consistent with the Services of the scenario. */
    static Scenario withProfiles(Scenario scenario, List<ProfileSpec> drafts) {
        LinkerdWorld w = scenario.world();
        Map<String, Svc> byName = new LinkedHashMap<>();
        w.services().forEach(s -> byName.put(s.name(), s));
        List<ProfileSpec> profiles = new ArrayList<>();
        for (ProfileSpec draft : drafts) {
            Svc svc = byName.get(draft.service());
            if (svc == null) {
                continue;
            }
            String namespace = draft.namespace().equals("consumer")
                    ? NAMESPACES.stream().filter(n -> !n.equals(svc.namespace())).findFirst().orElseThrow() : svc.namespace();
            profiles.add(new ProfileSpec(svc.name(), svc.namespace(), namespace, draft.routes(),
                    localBackends(draft.dstOverrides(), svc, byName)));
        }
        return new Scenario(new LinkerdWorld(w.services(), w.namespaceDefaults(), w.routes(), w.servers(), w.inboundRoutes(),
                w.policies(), w.splits(), profiles), scenario.requests());
    }

    /** The drafts made consistent with the Services that are there. */
    static Scenario consistent(List<Svc> services, Map<String, String> defaults, List<RouteSpec> routeDrafts,
                               List<ServerSpec> serverDrafts, List<InboundRouteSpec> inboundDrafts, List<PolicySpec> policyDrafts,
                               List<SplitSpec> splitDrafts, List<IstioWorlds.RequestDraft> requestDrafts) {
        Map<String, Svc> byName = new LinkedHashMap<>();
        services.forEach(s -> byName.put(s.name(), s));
        List<RouteSpec> routes = new ArrayList<>();
        for (RouteSpec draft : routeDrafts) {
            Svc host = byName.get(draft.service());
            if (host == null) {
                continue;
            }
            List<RuleSpec> rules = new ArrayList<>();
            for (RuleSpec rule : draft.rules()) {
                List<BackendSpec> backends = new ArrayList<>();
                for (BackendSpec b : rule.backends()) {
                    Svc target = byName.get(b.service());
                    if (target == null || !target.namespace().equals(host.namespace())) {
                        target = host;
                    }
                    backends.add(new BackendSpec(target.name(), b.weight()));
                }
                rules.add(new RuleSpec(rule.matches(), backends));
            }
            String namespace = draft.namespace().equals("consumer")
                    ? NAMESPACES.stream().filter(n -> !n.equals(host.namespace())).findFirst().orElseThrow() : host.namespace();
            routes.add(new RouteSpec(host.name(), namespace, host.namespace(), rules));
        }
        List<ServerSpec> servers = new ArrayList<>();
        for (ServerSpec draft : serverDrafts) {
            Svc target = byName.getOrDefault(draft.service(), services.get(0));
            // Two Servers may select the same pod port (translator bug L1, fixed).
            // matchExpressions select the Service's pods and maybe those of another Service of the pool.
            List<String> appIn = draft.appIn() == null ? null
                    : java.util.stream.Stream.concat(java.util.stream.Stream.of(target.name()), draft.appIn().stream()).distinct().toList();
            servers.add(new ServerSpec(target.name() + "-" + servers.size(), target.namespace(), target.name(), draft.portByName(),
                    draft.accessPolicy(), draft.created(), appIn));
        }
        List<InboundRouteSpec> inboundRoutes = new ArrayList<>();
        for (InboundRouteSpec draft : inboundDrafts) {
            if (!servers.isEmpty()) {
                ServerSpec server = servers.get(Math.min(Integer.parseInt(draft.server()), servers.size() - 1));
                // Two routes may share a Server and overlap (translator bug L3, fixed).
                inboundRoutes.add(new InboundRouteSpec(server.name() + "-route-" + inboundRoutes.size(), server.namespace(), server.name(),
                        draft.pathType(), draft.path(), draft.method(), draft.created()));
            }
        }
        List<PolicySpec> policies = new ArrayList<>();
        for (PolicySpec draft : policyDrafts) {
            String[] target = draft.targetKind().split(":");
            List<String> clients = draft.clients().contains("*") && !draft.authn().equals("identities")
                    ? List.of(LinkerdWorld.HOME + "/client") : draft.clients();
            String name = "policy-" + policies.size();
            if (target[0].equals("HTTPRoute") && !inboundRoutes.isEmpty()) {
                InboundRouteSpec route = inboundRoutes.get(Math.min(Integer.parseInt(target[1]), inboundRoutes.size() - 1));
                policies.add(new PolicySpec(name, route.namespace(), "HTTPRoute", route.name(), draft.authn(), clients, draft.networks()));
            } else if (target[0].startsWith("Server") && !servers.isEmpty()) {
                ServerSpec server = servers.get(Math.min(Integer.parseInt(target[1]), servers.size() - 1));
                policies.add(new PolicySpec(name, server.namespace(), target[0], server.name(), draft.authn(), clients, draft.networks()));
            } else {
                Svc svc = byName.getOrDefault(target.length > 1 ? target[1] : "", services.get(0));
                policies.add(new PolicySpec(name, svc.namespace(), "Namespace", svc.namespace(), draft.authn(), clients, draft.networks()));
            }
        }
        // Server-level authorization on a Server with routes (translator bug L2, fixed) is generated again.
        List<InboundRouteSpec> keptRoutes = inboundRoutes;
        List<PolicySpec> keptPolicies = policies;
        List<Request> requests = new ArrayList<>();
        for (IstioWorlds.RequestDraft r : requestDrafts) {
            Svc target = byName.getOrDefault(r.service(), services.get(0));
            String ip = r.caller().authenticated() ? MESHED_IP : UNMESHED_IPS.get(requests.size() % UNMESHED_IPS.size());
            requests.add(new Request(r.method(), "http", target.host(), LinkerdWorld.PORT, r.path(), Map.of(), r.headers(), r.caller().withIp(ip)));
        }
        List<SplitSpec> splits = new ArrayList<>();
        for (SplitSpec draft : splitDrafts) {
            Svc apex = byName.get(draft.service());
            if (apex == null) {
                continue;
            }
            splits.add(new SplitSpec(apex.name(), apex.namespace(), localBackends(draft.backends(), apex, byName)));
        }
        return new Scenario(new LinkerdWorld(services, defaults, routes, servers, keptRoutes, keptPolicies, splits), requests);
    }
}
