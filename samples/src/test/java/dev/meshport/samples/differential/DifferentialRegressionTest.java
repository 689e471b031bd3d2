package dev.meshport.samples.differential;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshport.samples.differential.Differential.Comparison;
import dev.meshport.samples.differential.IstioWorld.Destination;
import dev.meshport.samples.differential.IstioWorld.HttpEntry;
import dev.meshport.samples.differential.IstioWorld.MatchSpec;
import dev.meshport.samples.differential.IstioWorld.PolicySpec;
import dev.meshport.samples.differential.IstioWorld.RuleSpec;
import dev.meshport.samples.differential.IstioWorld.StringMatch;
import dev.meshport.samples.differential.IstioWorld.Svc;
import dev.meshport.samples.differential.IstioWorld.VirtualServiceSpec;
import dev.meshport.samples.differential.LinkerdWorld.ServerSpec;
import dev.meshport.simulator.Caller;
import dev.meshport.simulator.Request;
import dev.meshport.simulator.Verdict;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Shrunk counterexamples of {@link IstioToLinkerdDifferentialTest} and {@link LinkerdToIstioDifferentialTest}, kept as
 * plain tests. Each states the input, the request, and what both sides must decide. The disabled ones are translator
 * bugs (the translator is being changed on another branch): they pass once it is fixed. See docs/differential-testing.md.
 */
class DifferentialRegressionTest {

    private static final Svc WEB_TWO_VERSIONS = new Svc("web", "shop", List.of("v1", "v2"), false);
    private static final Svc API = new Svc("api", "shop", List.of("v1"), true);
    private static final Caller CLIENT = Caller.of("shop", "client");

    private final MeshPair pair = new IstioToLinkerdPair();

    /**
     * Found by the long run: a Linkerd NetworkAuthentication of 0.0.0.0/0 and ::/0 (what the translator writes for an
     * allow-all rule {@code {}}) was simulated as "needs the caller's address". A simulator bug, fixed in
     * LinkerdAuthorization (every address is in those networks).
     */
    @Test
    void allowAllRuleAllowsMeshedCallersWhateverTheirAddress() {
        IstioWorld world = new IstioWorld(List.of(new Svc("web", "shop", List.of("v1"), true), API), List.of(),
                List.of(new PolicySpec("policy-0", "shop", Map.of("app", "web"), "ALLOW", List.of(new RuleSpec(null, null, null, null, null)))));
        Comparison c = compare(world, request("GET", "/", Map.of(), CLIENT));
        assertThat(c.onlyFullFeatures()).as(c.describe()).isTrue();
        assertThat(c.differences()).as(c.describe()).isEmpty();
        assertThat(c.target().delivered()).isTrue();
    }

    /**
     * http[0] has no match (every request), http[1] matches GET, http[2] matches header x-user prefix "a". Istio sends
     * GET / with x-user: alice to http[0] (virtual_service.proto {@code http}: "The first rule matching an incoming
     * request is used"). The translator copies the later matches into rule 0 one by one (GET; x-user ^a.*$) and writes
     * their intersection (GET and x-user) into rule 1 only, so Linkerd's most specific match (linkerd2-proxy
     * {@code http/match.rs}: path length, header count, query count, method) is rule 1's intersection: the request
     * goes to subset v2. No gap reports it.
     */
    @Test
    void catchAllEntryKeepsRequestsThatTwoLaterEntriesBothMatch() {
        VirtualServiceSpec vs = new VirtualServiceSpec("web", "shop", List.of(
                new HttpEntry(List.of(), List.of(new Destination("web", null, null))),
                new HttpEntry(List.of(new MatchSpec(null, "GET", null, null)), List.of(new Destination("web", "v2", null))),
                new HttpEntry(List.of(new MatchSpec(new StringMatch("prefix", "/"), null, "x-user", new StringMatch("prefix", "a"))),
                        List.of(new Destination("web", "v1", null)))));
        IstioWorld world = new IstioWorld(List.of(WEB_TWO_VERSIONS, API), List.of(vs), List.of());
        Comparison c = compare(world, request("GET", "/", Map.of("x-user", "alice"), CLIENT));
        assertThat(c.source().route().matched().field()).isEqualTo("spec.http[0]");
        assertThat(c.onlyFullFeatures()).as(c.describe()).isTrue();
        assertThat(c.differences()).as(c.describe()).isEmpty();
    }

    /**
     * The same bug widens authorization: Istio routes {@code GET /api/v2/items} with {@code x-user: alice} to
     * http[0] ({@code web}, whose ALLOW policy without rules denies everything); Linkerd takes the intersection of
     * http[2] and http[3] from a later rule and delivers the request to {@code api}. A request Istio denies must not
     * be delivered.
     */
    @Test
    void catchAllEntryToADenyingWorkloadIsNotBypassed() {
        Svc web = new Svc("web", "ops", List.of("v1"), true);
        Svc api = new Svc("api", "ops", List.of("v1"), true);
        VirtualServiceSpec vs = new VirtualServiceSpec("api", "ops", List.of(
                new HttpEntry(List.of(), List.of(new Destination("web", null, 100))),
                new HttpEntry(List.of(), List.of(new Destination("api", null, 100))),
                new HttpEntry(List.of(new MatchSpec(null, null, "x-user", new StringMatch("exact", "alice"))), List.of(new Destination("api", null, 100))),
                new HttpEntry(List.of(new MatchSpec(new StringMatch("exact", "/api/v2/items"), null, null, null)), List.of(new Destination("api", null, 100)))));
        PolicySpec denyAll = new PolicySpec("policy-0", "ops", Map.of("app", "web"), "ALLOW", List.of());
        IstioWorld world = new IstioWorld(List.of(web, api), List.of(vs), List.of(denyAll));
        Comparison c = compare(world, new Request("GET", "http", "api.ops", IstioWorld.PORT, "/api/v2/items", Map.of(),
                Map.of("x-user", "alice"), CLIENT));
        assertThat(c.source().authorization().decision()).isEqualTo(Verdict.DENY);
        assertThat(c.widens()).as(c.describe()).isFalse();
    }

    /**
     * http[0] matches uri exact "/", http[1] matches method POST (to subset v1). Istio sends {@code POST /} to http[0].
     * The translator writes rule 0 {@code Exact /} and rule 1 {@code method: POST} (implicit {@code PathPrefix /})
     * without copying their intersection into rule 0, which holds only if Exact outranks a PathPrefix of the same
     * length. The Linkerd 2.18 proxy (the translator's default target) compares only the matched length, then headers,
     * query parameters and method (linkerd2-proxy {@code http/match.rs}, {@code http/match/path.rs}), so rule 1 wins.
     * linkerd2-proxy#4604 (August 2026) ranks Exact over PathPrefix of equal length and method before headers; with
     * that proxy the translation is right. No gap says the result depends on the proxy version.
     */
    @Test
    void exactPathEntryKeepsRequestsThatALaterMethodEntryMatches() {
        assertExactRootEntryWins(new MatchSpec(null, "POST", null, null),
                new Request("POST", "http", "web.shop", IstioWorld.PORT, "/", Map.of(), Map.of(), CLIENT));
    }

    /** The same tie with a header match instead of a method: the first failure of the documented long run (seed 100000). */
    @Test
    void exactPathEntryKeepsRequestsThatALaterHeaderEntryMatches() {
        assertExactRootEntryWins(new MatchSpec(null, null, "x-user", new StringMatch("exact", "alice")),
                new Request("GET", "http", "web.shop", IstioWorld.PORT, "/", Map.of(), Map.of("x-user", "alice"), CLIENT));
    }

    /** http[0] matches uri exact "/" (whole Service), http[1] the given match (subset v1); Istio must take http[0]. */
    private void assertExactRootEntryWins(MatchSpec later, Request request) {
        Svc web = new Svc("web", "shop", List.of("v1"), true);
        VirtualServiceSpec vs = new VirtualServiceSpec("web", "shop", List.of(
                new HttpEntry(List.of(new MatchSpec(new StringMatch("exact", "/"), null, null, null)), List.of(new Destination("web", null, 100))),
                new HttpEntry(List.of(later), List.of(new Destination("web", "v1", 100)))));
        Comparison c = compare(new IstioWorld(List.of(web, API), List.of(vs), List.of()), request);
        assertThat(c.source().route().matched().field()).isEqualTo("spec.http[0].match[0]");
        assertThat(c.onlyFullFeatures()).as(c.describe()).isTrue();
        assertThat(c.differences()).as(c.describe()).isEmpty();
    }

    /**
     * Disagreement #4, found by the long run (seed 100000, try 9,165): VirtualService {@code db} with http[0] uri prefix
     * {@code /api} → {@code web} and http[1] uri regex {@code /api/v[0-9]+(/.*)?} + GET → {@code db}; an ALLOW policy
     * without rules on {@code web} denies everything. Istio sends {@code GET /api/v1} to http[0] (first match) and
     * denies it. The translator could not write the intersection of a prefix and a regex, so Linkerd's most specific
     * match (the regex with a method) delivered it to {@code db}. Every value the regex matches begins with its literal
     * prefix {@code /api/v}, so the intersection is the regex with GET, now written into rule 0.
     */
    @Test
    void aLaterRegexEntryDoesNotTakeRequestsOfAnEarlierPrefixEntry() {
        Comparison c = compareMatchOrder(new StringMatch("prefix", "/api"), "/api/v1");
        assertThat(c.source().authorization().decision()).isEqualTo(Verdict.DENY);
        assertThat(c.widens()).as(c.describe()).isFalse();
        assertThat(c.target().authorization().decision()).as(c.describe()).isEqualTo(Verdict.DENY);
    }

    /** The same with http[0] uri prefix {@code /api/v1}, written as the prefix and the regex's derivative by it. */
    @Test
    void aLaterRegexEntryDoesNotTakeRequestsOfALongerEarlierPrefixEntry() {
        Comparison c = compareMatchOrder(new StringMatch("prefix", "/api/v1"), "/api/v1");
        assertThat(c.widens()).as(c.describe()).isFalse();
        assertThat(c.target().authorization().decision()).as(c.describe()).isEqualTo(Verdict.DENY);
    }

    /**
     * The same with http[0] uri regex {@code .*\.js} and {@code GET /api/v1/app.js}: meshport cannot write the
     * intersection of two different regexes, so the translation fails closed. The later match's requests go to a
     * Service that does not exist, and Linkerd answers them with 500 (policy-controller outbound http.rs: "Service not
     * found"): the request Istio denies is not delivered.
     */
    @Test
    void anOverlapThatCannotBeWrittenFailsClosed() {
        Comparison c = compareMatchOrder(new StringMatch("regex", ".*\\.js"), "/api/v1/app.js");
        assertThat(c.source().authorization().decision()).isEqualTo(Verdict.DENY);
        assertThat(c.widens()).as(c.describe()).isFalse();
        assertThat(c.target().route().status()).as(c.describe()).isEqualTo(500);
    }

    private Comparison compareMatchOrder(StringMatch earlierUri, String path) {
        Svc web = new Svc("web", "shop", List.of("v1"), true);
        Svc db = new Svc("db", "shop", List.of("v1"), true);
        VirtualServiceSpec vs = new VirtualServiceSpec("db", "shop", List.of(
                new HttpEntry(List.of(new MatchSpec(earlierUri, null, null, null)), List.of(new Destination("web", null, 100))),
                new HttpEntry(List.of(new MatchSpec(new StringMatch("regex", "/api/v[0-9]+(/.*)?"), "GET", null, null)),
                        List.of(new Destination("db", null, 100)))));
        PolicySpec denyAll = new PolicySpec("policy-0", "shop", Map.of("app", "web"), "ALLOW", List.of());
        IstioWorld world = new IstioWorld(List.of(web, API, db), List.of(vs), List.of(denyAll));
        return compare(world, new Request("GET", "http", "db.shop", IstioWorld.PORT, path, Map.of(), Map.of(), CLIENT));
    }

    /**
     * Linkerd → Istio bug L1 (found by {@link LinkerdToIstioDifferentialTest#neverWidens}): two Servers select port
     * {@code http} of {@code app: web}, {@code web-0} without accessPolicy (deny) and {@code web-1} with
     * {@code all-unauthenticated}. Since Linkerd 2.18 (edge-25.2.2, linkerd2#13676) overlapping Servers are admitted and
     * the policy controller uses the oldest, then the first by name (reference linkerd-model.md "Server"): web-0, so
     * {@code GET /} from {@code shop/client} is denied (403). The translator writes an Istio ALLOW policy for web-1 and
     * none for web-0; Istio allows what any ALLOW policy matches (authorization_policy.proto), so the request gets
     * through. No gap reported the conflict. Fixed: Servers that overlap on a port are resolved by creationTimestamp
     * and name when both carry one; otherwise neither Server's rules are written and {@code linkerd-server-overlap}
     * (error) is reported on both.
     */
    @Test
    void theOldestOfTwoServersOnOnePortDecides() {
        LinkerdWorld world = new LinkerdWorld(List.of(new LinkerdWorld.Svc("web", "shop", true, null), new LinkerdWorld.Svc("api", "shop", true, null)),
                Map.of(), List.of(), List.of(new ServerSpec("web-0", "shop", "web", true, null),
                        new ServerSpec("web-1", "shop", "web", true, "all-unauthenticated")), List.of(), List.of());
        Comparison c = compareLinkerdToIstio(world, request("GET", "/", Map.of(), CLIENT));
        assertThat(c.source().authorization().decision()).isEqualTo(Verdict.DENY);
        assertThat(c.widens()).as(c.describe()).isFalse();
        assertThat(c.differences()).as(c.describe()).isEmpty();
    }

    /**
     * Linkerd → Istio bug L2 (found by {@link LinkerdToIstioDifferentialTest#neverWidens}): Server {@code web-0} has an
     * inbound HTTPRoute ({@code Exact /}) and an AuthorizationPolicy targets the Server (MeshTLSAuthentication
     * {@code *}). Once a Server has routes, each route carries only the policies that target the route
     * (policy-controller {@code k8s/index/src/inbound/index.rs} {@code http_routes} → {@code route_client_authzs}) and
     * the proxy checks only the matched route's authorizations (linkerd2-proxy {@code inbound/src/policy/http.rs}):
     * {@code GET /} from {@code shop/client} is denied (403). The translator gives the Server-targeted policy every
     * operation of the Server, so Istio allows it. The same holds for a Namespace-targeted policy and for the Server's
     * {@code accessPolicy} ({@link #aServersAccessPolicyDoesNotAuthorizeRequestsOnItsRoutes}).
     */
    @Test
    void aServerPolicyDoesNotAuthorizeRequestsOnTheServersRoutes() {
        LinkerdWorld world = new LinkerdWorld(List.of(new LinkerdWorld.Svc("web", "shop", true, null), new LinkerdWorld.Svc("api", "shop", true, null)),
                Map.of(), List.of(), List.of(new ServerSpec("web-0", "shop", "web", true, null)),
                List.of(new LinkerdWorld.InboundRouteSpec("web-0-route-0", "shop", "web-0", "Exact", "/", null)),
                List.of(new LinkerdWorld.PolicySpec("policy-0", "shop", "Server", "web-0", "identities", List.of("*"), null)));
        Comparison c = compareLinkerdToIstio(world, request("GET", "/", Map.of(), CLIENT));
        assertThat(c.source().authorization().decision()).isEqualTo(Verdict.DENY);
        assertThat(c.widens()).as(c.describe()).isFalse();
        assertThat(c.differences()).as(c.describe()).isEmpty();
    }

    /** Bug L2 with the Server's accessPolicy all-unauthenticated instead of a policy (the next failure of the property). */
    @Test
    void aServersAccessPolicyDoesNotAuthorizeRequestsOnItsRoutes() {
        LinkerdWorld world = new LinkerdWorld(List.of(new LinkerdWorld.Svc("web", "shop", true, null), new LinkerdWorld.Svc("api", "shop", true, null)),
                Map.of(), List.of(), List.of(new ServerSpec("web-0", "shop", "web", true, "all-unauthenticated")),
                List.of(new LinkerdWorld.InboundRouteSpec("web-0-route-0", "shop", "web-0", "Exact", "/", null)), List.of());
        Comparison c = compareLinkerdToIstio(world, request("GET", "/", Map.of(), CLIENT));
        assertThat(c.source().authorization().decision()).isEqualTo(Verdict.DENY);
        assertThat(c.widens()).as(c.describe()).isFalse();
    }

    /**
     * Linkerd → Istio bug L3 (found by the long run, seed 100000, try 16,205, shrunk in 30 steps): Server {@code api-0}
     * has two inbound HTTPRoutes with the same match ({@code Exact /static/app.js}); an AuthorizationPolicy targets
     * the second, {@code api-0-route-1}. Linkerd uses one route per request: the most specific match, and among equal
     * ones the oldest route, then the first by namespace/name (Gateway API HTTPRouteRule "matching precedence";
     * policy-controller {@code inbound/index.rs} sends the routes, linkerd2-proxy {@code http-route} picks one), so
     * {@code api-0-route-0}, which carries no authorization: 403. The translator ORs the paths of every authorized
     * route into the Istio rule without leaving out the requests a route it does not authorize takes first, so Istio
     * allows. The same happens when a more specific unauthorized route lies inside an authorized PathPrefix. Fixed
     * (translator {@code InboundRouteOrder}): each route's operations leave out the requests another route of the
     * Server may win; a tie without creationTimestamps leaves them out of both and is reported.
     */
    @Test
    void anInboundRouteThatWinsTheMatchKeepsItsOwnAuthorization() {
        LinkerdWorld world = new LinkerdWorld(List.of(new LinkerdWorld.Svc("web", "shop", true, null), new LinkerdWorld.Svc("api", "shop", true, null)),
                Map.of(), List.of(), List.of(new ServerSpec("api-0", "shop", "api", true, null)),
                List.of(new LinkerdWorld.InboundRouteSpec("api-0-route-0", "shop", "api-0", "Exact", "/static/app.js", null),
                        new LinkerdWorld.InboundRouteSpec("api-0-route-1", "shop", "api-0", "Exact", "/static/app.js", null)),
                List.of(new LinkerdWorld.PolicySpec("policy-0", "shop", "HTTPRoute", "api-0-route-1", "identities", List.of("shop/client"), null)));
        Comparison c = compareLinkerdToIstio(world, new Request("GET", "http", "api.shop", IstioWorld.PORT, "/static/app.js", Map.of(), Map.of(), CLIENT));
        assertThat(c.source().authorization().decision()).isEqualTo(Verdict.DENY);
        assertThat(c.widens()).as(c.describe()).isFalse();
    }

    /**
     * Found by {@link LinkerdToIstioDifferentialTest#fullFeaturesDecideAlike} (simulator bug, fixed in IstioRouting):
     * producer route {@code api} in ops (every request) and consumer route {@code api} in shop (header x-user: alice).
     * For {@code GET /} from {@code shop/client} without the header, Linkerd uses the consumer route, which does not
     * match: 404 (GEP-1426). The translation's consumer VirtualService {@code api-ops} in shop is exported to "." only;
     * Istio puts the caller namespace's private VirtualServices before public ones (pilot push_context.go
     * VirtualServicesForGateway), so it decides too: no entry matches, 404. The simulator took the public one by name.
     */
    @Test
    void aConsumerRouteThatDoesNotMatchIsNotBypassedByTheProducerRoute() {
        LinkerdWorld.Svc web = new LinkerdWorld.Svc("web", "shop", true, null);
        LinkerdWorld.Svc api = new LinkerdWorld.Svc("api", "ops", true, null);
        LinkerdWorld world = new LinkerdWorld(List.of(web, api), Map.of(), List.of(
                new LinkerdWorld.RouteSpec("api", "ops", "ops", List.of(new LinkerdWorld.RuleSpec(List.of(), List.of(new LinkerdWorld.BackendSpec("api", 1))))),
                new LinkerdWorld.RouteSpec("api", "shop", "ops", List.of(new LinkerdWorld.RuleSpec(
                        List.of(new LinkerdWorld.MatchSpec(null, null, null, "x-user", "alice")), List.of(new LinkerdWorld.BackendSpec("api", 1)))))),
                List.of(), List.of(), List.of());
        Comparison c = compareLinkerdToIstio(world, new Request("GET", "http", "api.ops", IstioWorld.PORT, "/", Map.of(), Map.of(), CLIENT));
        assertThat(c.source().route().status()).isEqualTo(404);
        assertThat(c.differences()).as(c.describe()).isEmpty();
    }

    /**
     * Linkerd → Istio bug T1 (found by {@link LinkerdToIstioDifferentialTest#neverWidens} once TrafficSplits were
     * generated): HTTPRoute {@code web} sends every request for Service {@code web} to {@code api}, and a TrafficSplit
     * has {@code web} as its apex. The linkerd-smi adaptor turns the TrafficSplit into the apex's ServiceProfile, which
     * takes precedence over HTTPRoutes for the Service (Linkerd reference/httproute.md): the request stays on
     * {@code web}, whose Server denies it (403). The translator kept the HTTPRoute's VirtualService entry to
     * {@code api}, which allows. Fixed: HTTPRoutes of a TrafficSplit's apex are left out and reported
     * ({@code linkerd-route-shadowed}), as for a ServiceProfile.
     */
    @Test
    void aTrafficSplitOverridesTheHttpRoutesOfItsApex() {
        LinkerdWorld world = new LinkerdWorld(List.of(new LinkerdWorld.Svc("web", "shop", true, null), new LinkerdWorld.Svc("api", "shop", true, null)),
                Map.of(), List.of(new LinkerdWorld.RouteSpec("web", "shop", "shop", List.of(new LinkerdWorld.RuleSpec(List.of(),
                        List.of(new LinkerdWorld.BackendSpec("api", 1)))))),
                List.of(new ServerSpec("web-0", "shop", "web", true, null)), List.of(), List.of(),
                List.of(new LinkerdWorld.SplitSpec("web", "shop", List.of(new LinkerdWorld.SplitBackend("web", "1")))));
        Comparison c = compareLinkerdToIstio(world, request("GET", "/", Map.of(), CLIENT));
        assertThat(c.source().authorization().decision()).isEqualTo(Verdict.DENY);
        assertThat(c.widens()).as(c.describe()).isFalse();
        assertThat(c.differences()).as(c.describe()).isEmpty();
    }

    /**
     * Linkerd → Istio T2 (found by {@link LinkerdToIstioDifferentialTest#fullFeaturesDecideAlike}): a TrafficSplit whose
     * only backend weighs {@code 0} sends the request nowhere; the translation sent it to the apex with weight 0,
     * which Istio treats as all the traffic of a single destination, and reported nothing. Fixed: an abort of every
     * request (500), reported as {@code linkerd-traffic-split-zero}.
     */
    @Test
    void aTrafficSplitWhoseBackendsAllWeighZeroDeliversNothing() {
        LinkerdWorld world = new LinkerdWorld(List.of(new LinkerdWorld.Svc("web", "shop", true, null), new LinkerdWorld.Svc("api", "shop", true, null)),
                Map.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(new LinkerdWorld.SplitSpec("web", "shop", List.of(new LinkerdWorld.SplitBackend("web", "0")))));
        Comparison c = compareLinkerdToIstio(world, request("GET", "/", Map.of(), CLIENT));
        assertThat(c.target().delivered()).as(c.describe()).isFalse();
        assertThat(c.onlyFullFeatures()).as(c.describe()).isFalse();
    }

    private static final List<LinkerdWorld.Svc> WEB_API_DB = List.of(new LinkerdWorld.Svc("web", "shop", true, null),
            new LinkerdWorld.Svc("api", "shop", true, null), new LinkerdWorld.Svc("db", "shop", true, null));

    private static LinkerdWorld profiles(List<LinkerdWorld.SplitSpec> splits, LinkerdWorld.ProfileSpec profile) {
        return new LinkerdWorld(WEB_API_DB, Map.of(), List.of(), List.of(), List.of(), List.of(), splits, List.of(profile));
    }

    /**
     * Found once ServiceProfiles were generated: P1, ServiceProfile dstOverrides whose weights are all 0 deliver
     * nothing (as T2 for a TrafficSplit); the translation sent everything to the one override. P3: a TrafficSplit and
     * the apex's ServiceProfile with dstOverrides of its own: the linkerd-smi adaptor writes the split as the profile's
     * dstOverrides, so the split decides (here: {@code web}); the translation kept the profile's ({@code api}).
     */
    @Test
    void dstOverridesThatAllWeighZeroDeliverNothingAndASplitReplacesThem() {
        LinkerdWorld.ProfileSpec zero = new LinkerdWorld.ProfileSpec("db", "shop", "shop",
                List.of(new LinkerdWorld.ProfileRoute("GET", null)), List.of(new LinkerdWorld.SplitBackend("db", "0")));
        Comparison p1 = compareLinkerdToIstio(profiles(List.of(), zero), new Request("GET", "http", "db.shop", IstioWorld.PORT, "/", Map.of(), Map.of(), CLIENT));
        assertThat(p1.target().delivered()).as(p1.describe()).isFalse();
        assertThat(p1.onlyFullFeatures()).as(p1.describe()).isFalse();

        LinkerdWorld.ProfileSpec toApi = new LinkerdWorld.ProfileSpec("db", "shop", "shop",
                List.of(new LinkerdWorld.ProfileRoute(null, "/api/.*")), List.of(new LinkerdWorld.SplitBackend("api", "1")));
        LinkerdWorld.SplitSpec toWeb = new LinkerdWorld.SplitSpec("db", "shop", List.of(new LinkerdWorld.SplitBackend("web", "1")));
        Comparison p3 = compareLinkerdToIstio(profiles(List.of(toWeb), toApi), new Request("GET", "http", "db.shop", IstioWorld.PORT, "/", Map.of(), Map.of(), CLIENT));
        assertThat(p3.source().route().backends()).extracting(b -> b.service()).containsExactly("web");
        assertThat(p3.differences()).as(p3.describe()).isEmpty();
    }

    /**
     * Found once ServiceProfiles were generated (simulator bug P2): a ServiceProfile in the client's namespace is served
     * instead of the apex's (destination controller GetProfile), so a TrafficSplit, which the adaptor writes into the
     * apex namespace's profile, does not apply to that namespace's clients. The simulator applied the split anyway; the
     * translation's consumer VirtualService was right.
     */
    @Test
    void aClientNamespaceProfileHidesTheSplitFromItsClients() {
        LinkerdWorld.ProfileSpec consumer = new LinkerdWorld.ProfileSpec("db", "shop", "ops",
                List.of(new LinkerdWorld.ProfileRoute(null, "/api/.*")), List.of());
        LinkerdWorld.SplitSpec toWeb = new LinkerdWorld.SplitSpec("db", "shop", List.of(new LinkerdWorld.SplitBackend("web", "1")));
        Comparison c = compareLinkerdToIstio(profiles(List.of(toWeb), consumer),
                new Request("GET", "http", "db.shop", IstioWorld.PORT, "/", Map.of(), Map.of(), Caller.of("ops", "client")));
        assertThat(c.source().route().backends()).extracting(b -> b.service()).containsExactly("db");
        assertThat(c.differences()).as(c.describe()).isEmpty();
    }

    private static Comparison compareLinkerdToIstio(LinkerdWorld world, Request request) {
        MeshPair linkerdToIstio = new LinkerdToIstioPair();
        return Differential.compare(linkerdToIstio, Differential.translate(linkerdToIstio, world.yaml()), request);
    }

    private Comparison compare(IstioWorld world, Request request) {
        return Differential.compare(pair, Differential.translate(pair, world.yaml()), request);
    }

    private static Request request(String method, String path, Map<String, String> headers, Caller caller) {
        return new Request(method, "http", "web.shop", IstioWorld.PORT, path, Map.of(), headers, caller);
    }
}
