package dev.meshport.samples.differential;

import dev.meshport.samples.differential.IstioWorld.Destination;
import dev.meshport.samples.differential.IstioWorld.HttpEntry;
import dev.meshport.samples.differential.IstioWorld.MatchSpec;
import dev.meshport.samples.differential.IstioWorld.PolicySpec;
import dev.meshport.samples.differential.IstioWorld.RuleSpec;
import dev.meshport.samples.differential.IstioWorld.StringMatch;
import dev.meshport.samples.differential.IstioWorld.Svc;
import dev.meshport.samples.differential.IstioWorld.VirtualServiceSpec;
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
 * Generators of small Istio worlds and of requests against them. Every path, header, method and identity a
 * configuration may mention comes from the same small pools the requests draw from, so that matches and rules
 * actually apply (and half-apply: {@code /apiary} against prefix {@code /api}, {@code /api/} against exact {@code /api}).
 */
final class IstioWorlds {

    static final List<String> PATHS = List.of("/", "/api", "/api/", "/api/v1", "/api/v2/items", "/apiary", "/admin",
            "/admin/users", "/static/app.js", "/healthz");
    static final List<String> URI_PREFIXES = List.of("/", "/api", "/api/", "/admin", "/static");
    /** RE2 patterns that mean the same in Rust's regex crate once anchored (no alternation-order or Unicode traps). */
    static final List<String> URI_REGEXES = List.of("/api/v[0-9]+(/.*)?", "/(admin|static)/.*", "/a.*", ".*\\.js");
    static final List<String> HEADERS = List.of("x-user", "x-canary");
    static final List<String> HEADER_VALUES = List.of("alice", "bob", "yes");
    static final List<String> METHODS = List.of("GET", "POST", "DELETE");
    /** AuthorizationPolicy path patterns: exact, prefix ({@code /api*}), suffix ({@code *.js}) and presence ({@code *}). */
    static final List<String> POLICY_PATHS = List.of("/api", "/admin", "/healthz", "/api*", "/admin*", "/api/*", "*.js", "*");
    static final List<String> NAMESPACES = List.of("shop", "ops");
    static final String OUTSIDER_NAMESPACE = "other";

    private IstioWorlds() {}

    /** Services are drawn from this pool; {@code web} is always there, {@code db} sometimes. */
    static final List<String> SERVICES = List.of("web", "api", "db");

    /**
     * A world and requests to it. Every part is drawn independently (so that jqwik shrinks each part on its own) and
     * then made consistent: references to a Service that is absent or in another namespace go to the VirtualService's
     * own Service, subsets and versions a Service does not have become {@code v1}.
     */
    static Arbitrary<Scenario> scenarios() {
        return Combinators.combine(services(), virtualServices(), policies(), requests()).as(IstioWorlds::consistent);
    }

    /** A world with requests: what one try of a differential property checks. */
    record Scenario(IstioWorld world, List<Request> requests) {}

    /** A request before it is aimed at a Service of the world. */
    record RequestDraft(Caller caller, String service, String method, String path, Map<String, String> headers) {}

    /** web and api, sometimes db; each in shop or ops, with one or two versions. */
    static Arbitrary<List<Svc>> services() {
        List<Arbitrary<Svc>> each = new ArrayList<>();
        for (String name : SERVICES) {
            each.add(Combinators.combine(Arbitraries.of(NAMESPACES), Arbitraries.integers().between(1, 2), Arbitraries.of(true, false))
                    .as((ns, versions, named) -> new Svc(name, ns, versions == 1 ? List.of("v1") : List.of("v1", "v2"), named)));
        }
        return Combinators.combine(Combinators.combine(each).as(List::copyOf), Arbitraries.of(false, true))
                .as((all, withDb) -> withDb ? all : all.subList(0, 2));
    }

    /** For each Service of the pool, maybe a VirtualService with one to four http entries. */
    static Arbitrary<List<VirtualServiceSpec>> virtualServices() {
        List<Arbitrary<List<VirtualServiceSpec>>> each = new ArrayList<>();
        for (String name : SERVICES) {
            Arbitrary<VirtualServiceSpec> vs = httpEntry().list().ofMinSize(1).ofMaxSize(4)
                    .map(http -> new VirtualServiceSpec(name, "", http));
            // An empty list stands for "no VirtualService for this Service".
            each.add(Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(List.of())), Tuple.of(3, vs.map(List::of))));
        }
        return Combinators.combine(each).as(lists -> lists.stream().<VirtualServiceSpec>flatMap(List::stream).toList());
    }

    static Arbitrary<HttpEntry> httpEntry() {
        return Combinators.combine(match().list().ofMaxSize(2), route()).as(HttpEntry::new);
    }

    static Arbitrary<MatchSpec> match() {
        Arbitrary<StringMatch> uri = Arbitraries.oneOf(
                Arbitraries.of(PATHS).map(p -> new StringMatch("exact", p)),
                Arbitraries.of(URI_PREFIXES).map(p -> new StringMatch("prefix", p)),
                Arbitraries.of(URI_REGEXES).map(p -> new StringMatch("regex", p)));
        Arbitrary<StringMatch> headerValue = Arbitraries.oneOf(
                Arbitraries.of(HEADER_VALUES).map(v -> new StringMatch("exact", v)),
                Arbitraries.of("a", "b", "ye").map(v -> new StringMatch("prefix", v)),
                Arbitraries.of("(alice|bob)", "y.*").map(v -> new StringMatch("regex", v)));
        return Combinators.combine(uri.injectNull(0.3), Arbitraries.of(METHODS).injectNull(0.6),
                Arbitraries.of(HEADERS).injectNull(0.6), headerValue)
                .as((u, method, header, value) -> new MatchSpec(u, method, header, header == null ? null : value))
                // An empty block ({}) matches every request, as an entry without match does; that form is generated.
                .filter(m -> m.uri() != null || m.method() != null || m.header() != null);
    }

    /**
     * One destination (weight written or not), or two with weights adding up to 100. The Service "" is the
     * VirtualService's own; the subset "" is the whole Service.
     */
    static Arbitrary<List<Destination>> route() {
        Arbitrary<String> service = Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.just("")), Tuple.of(1, Arbitraries.of(SERVICES)));
        Arbitrary<Destination> destination = Combinators.combine(service, Arbitraries.of("", "v1", "v2"))
                .as((s, subset) -> new Destination(s, subset, null));
        Arbitrary<List<Destination>> single = Combinators.combine(destination, Arbitraries.of(true, false))
                .as((d, weighted) -> List.of(weighted ? new Destination(d.service(), d.subset(), 100) : d));
        Arbitrary<List<Destination>> split = Combinators.combine(destination, destination, Arbitraries.of(0, 20, 50, 80, 100))
                .as((a, b, w) -> List.of(new Destination(a.service(), a.subset(), w), new Destination(b.service(), b.subset(), 100 - w)));
        return Arbitraries.frequencyOf(Tuple.of(3, single), Tuple.of(2, split));
    }

    /**
     * Up to three AuthorizationPolicies, each in the namespace of a Service of the pool, namespace-wide (empty
     * selector) or selecting the Service ({@code app}) or one of its versions ({@code app} and {@code version}).
     */
    static Arbitrary<List<PolicySpec>> policies() {
        Arbitrary<Map<String, String>> selector = Arbitraries.of(SERVICES).flatMap(name -> Arbitraries.oneOf(
                Arbitraries.just(orderedMap("app", name)),
                Arbitraries.just(Map.<String, String>of()).map(empty -> orderedMap("app", name, "scope", "namespace")),
                Arbitraries.of("v1", "v2").map(v -> orderedMap("app", name, "version", v))));
        Arbitrary<PolicySpec> policy = Combinators.combine(selector, Arbitraries.of("ALLOW", "DENY"), rule().list().ofMaxSize(2))
                .as((sel, action, rules) -> new PolicySpec("", "", sel, action, rules));
        return policy.list().ofMaxSize(3);
    }

    static Arbitrary<RuleSpec> rule() {
        List<String> principals = new ArrayList<>();
        for (String ns : List.of("shop", "ops")) {
            for (String sa : List.of("client", "web", "api", "db")) {
                principals.add("cluster.local/ns/" + ns + "/sa/" + sa);
            }
        }
        principals.add("cluster.local/ns/" + OUTSIDER_NAMESPACE + "/sa/intruder");
        Arbitrary<List<String>> principal = Arbitraries.of(principals).list().ofMinSize(1).ofMaxSize(2).uniqueElements();
        Arbitrary<List<String>> namespaces = Arbitraries.of("shop", "ops", OUTSIDER_NAMESPACE).list().ofMinSize(1).ofMaxSize(2).uniqueElements();
        Arbitrary<List<String>> methods = Arbitraries.of(METHODS).list().ofMinSize(1).ofMaxSize(2).uniqueElements();
        Arbitrary<List<String>> paths = Arbitraries.of(POLICY_PATHS).list().ofMinSize(1).ofMaxSize(2).uniqueElements();
        Arbitrary<List<String>> ports = Arbitraries.of(List.of(String.valueOf(IstioWorld.PORT)), List.of("9090"));
        return Combinators.combine(principal.injectNull(0.6), namespaces.injectNull(0.7), methods.injectNull(0.6),
                paths.injectNull(0.5), ports.injectNull(0.8)).as(RuleSpec::new);
    }

    /** Requests from ServiceAccounts of the pool, an outsider and a client without identity, to Services of the pool. */
    static Arbitrary<List<RequestDraft>> requests() {
        List<Caller> callers = new ArrayList<>();
        for (String ns : NAMESPACES) {
            callers.add(Caller.of(ns, "client"));
            SERVICES.forEach(s -> callers.add(Caller.of(ns, s)));
        }
        callers.add(Caller.of(OUTSIDER_NAMESPACE, "intruder"));
        callers.add(Caller.unauthenticated());
        Arbitrary<Map<String, String>> headers = Combinators.combine(Arbitraries.of(HEADER_VALUES).injectNull(0.5),
                Arbitraries.of(HEADER_VALUES).injectNull(0.7)).as((user, canary) -> {
                    Map<String, String> out = new LinkedHashMap<>();
                    if (user != null) {
                        out.put("x-user", user);
                    }
                    if (canary != null) {
                        out.put("x-canary", canary);
                    }
                    return out;
                });
        return Combinators.combine(Arbitraries.of(callers), Arbitraries.of(SERVICES), Arbitraries.of(METHODS), Arbitraries.of(PATHS), headers)
                .as(RequestDraft::new).list().ofMinSize(1).ofMaxSize(12);
    }

    /** The drafts made consistent with the Services that are there (see {@link #scenarios()}). */
    static Scenario consistent(List<Svc> services, List<VirtualServiceSpec> vsDrafts, List<PolicySpec> policyDrafts,
                               List<RequestDraft> requestDrafts) {
        Map<String, Svc> byName = new LinkedHashMap<>();
        services.forEach(s -> byName.put(s.name(), s));
        List<VirtualServiceSpec> virtualServices = new ArrayList<>();
        for (VirtualServiceSpec draft : vsDrafts) {
            Svc host = byName.get(draft.service());
            if (host == null) {
                continue;
            }
            List<HttpEntry> http = new ArrayList<>();
            for (HttpEntry e : draft.http()) {
                List<Destination> route = new ArrayList<>();
                for (Destination d : e.route()) {
                    Svc target = byName.get(d.service());
                    if (target == null || !target.namespace().equals(host.namespace())) {
                        target = host;
                    }
                    String subset = d.subset().isEmpty() ? null : target.versions().contains(d.subset()) ? d.subset() : "v1";
                    route.add(new Destination(target.name(), subset, d.weight()));
                }
                http.add(new HttpEntry(e.matches(), route));
            }
            virtualServices.add(new VirtualServiceSpec(host.name(), host.namespace(), http));
        }
        List<PolicySpec> policies = new ArrayList<>();
        for (PolicySpec draft : policyDrafts) {
            Svc target = byName.getOrDefault(draft.selector().get("app"), services.get(0));
            Map<String, String> selector = new LinkedHashMap<>();
            if (!draft.selector().containsKey("scope")) {
                selector.put("app", target.name());
                String version = draft.selector().get("version");
                if (version != null) {
                    selector.put("version", target.versions().contains(version) ? version : "v1");
                }
            }
            policies.add(new PolicySpec("policy-" + policies.size(), target.namespace(), selector, draft.action(), draft.rules()));
        }
        List<Request> requests = new ArrayList<>();
        for (RequestDraft r : requestDrafts) {
            Svc target = byName.getOrDefault(r.service(), services.get(0));
            requests.add(new Request(r.method(), "http", target.host(), IstioWorld.PORT, r.path(), Map.of(), r.headers(), r.caller()));
        }
        return new Scenario(new IstioWorld(services, virtualServices, policies), requests);
    }

    private static Map<String, String> orderedMap(String k1, String v1) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put(k1, v1);
        return out;
    }

    private static Map<String, String> orderedMap(String k1, String v1, String k2, String v2) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put(k1, v1);
        out.put(k2, v2);
        return out;
    }
}
