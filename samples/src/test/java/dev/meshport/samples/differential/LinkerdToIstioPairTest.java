package dev.meshport.samples.differential;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshport.model.Gap;
import dev.meshport.samples.differential.LinkerdWorld.BackendSpec;
import dev.meshport.samples.differential.LinkerdWorld.MatchSpec;
import dev.meshport.samples.differential.LinkerdWorld.PolicySpec;
import dev.meshport.samples.differential.LinkerdWorld.RouteSpec;
import dev.meshport.samples.differential.LinkerdWorld.RuleSpec;
import dev.meshport.samples.differential.LinkerdWorld.ServerSpec;
import dev.meshport.samples.differential.LinkerdWorld.Svc;
import dev.meshport.simulator.Caller;
import dev.meshport.simulator.Request;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rule that decides which gaps concern a request ({@link LinkerdToIstioPair#gapsInvolved}). */
class LinkerdToIstioPairTest {

    private static final Svc WEB = new Svc("web", "shop", true, null);
    private static final Svc API = new Svc("api", "shop", true, null);

    private final MeshPair pair = new LinkerdToIstioPair();

    private Differential.Comparison compare(LinkerdWorld world, String host, String method, String path, Caller caller) {
        Request request = new Request(method, "http", host, LinkerdWorld.PORT, path, Map.of(), Map.of(), caller);
        return Differential.compare(pair, Differential.translate(pair, world.yaml()), request);
    }

    /** web's HTTPRoute: rule 0 PathPrefix /api → api 20, web 80; rule 1 POST → api. Server api-0 admits shop/client only. */
    private final LinkerdWorld world = new LinkerdWorld(List.of(WEB, API), Map.of(), List.of(new RouteSpec("web", "shop", "shop", List.of(
            new RuleSpec(List.of(new MatchSpec("PathPrefix", "/api", null, null, null)), List.of(new BackendSpec("api", 20), new BackendSpec("web", 80))),
            new RuleSpec(List.of(new MatchSpec(null, null, "POST", null, null)), List.of(new BackendSpec("api", null)))))),
            List.of(new ServerSpec("api-0", "shop", "api", true, null)), List.of(),
            List.of(new PolicySpec("policy-0", "shop", "Server", "api-0", "identityRefs", List.of("shop/client"), null)));

    @Test
    void aRequestToAPortAServerCoversIsNotConcernedByTheOtherPortsGap() {
        Differential.Comparison c = compare(world, "api.shop", "GET", "/", Caller.of("ops", "web"));
        assertThat(c.source().authorization().policy()).isNotNull();
        assertThat(c.gaps()).extracting(Gap::gap).doesNotContain(LinkerdToIstioPair.PORTS_OUTSIDE_SERVERS);
        assertThat(c.onlyFullFeatures()).as(c.describe()).isTrue();
        assertThat(c.differences()).as(c.describe()).isEmpty();
    }

    @Test
    void theTranslatedRouteIsTheOneIstioUses() {
        Differential.Comparison c = compare(world, "web.shop", "POST", "/api/v1", Caller.of("shop", "client"));
        assertThat(c.source().route().matched().field()).isEqualTo("spec.rules[0].matches[0]");
        assertThat(c.target().route().matched().kind()).isEqualTo("VirtualService");
        assertThat(c.source().route().backends()).hasSize(2);
        assertThat(c.differences()).as(c.describe()).isEmpty();
    }

    @Test
    void aRuleThatCannotMatchTheRequestDoesNotConcernIt() {
        LinkerdToIstioPair pair = new LinkerdToIstioPair();
        assertThat(LinkerdToIstioPair.couldMatch(Differential.translate(pair, world.yaml()).source()
                .ofKind("HTTPRoute").get(0).tree().path("spec").path("rules").get(1),
                new Request("GET", "http", "web.shop", LinkerdWorld.PORT, "/api", Map.of(), Map.of(), Caller.of("shop", "client")))).isFalse();
    }

    /** A NetworkAuthentication alone (no identity required): the caller's address decides, alike on both sides. */
    @Test
    void aNetworkAuthenticationDecidesByTheCallersAddressOnBothSides() {
        LinkerdWorld networks = new LinkerdWorld(List.of(WEB, API), Map.of(), List.of(), List.of(new ServerSpec("api-0", "shop", "api", false, null)),
                List.of(), List.of(new PolicySpec("policy-0", "shop", "Server", "api-0", "none", List.of(), List.of("10.0.0.0/8!10.2.0.0/16"))));
        Differential.Comparison inside = compare(networks, "api.shop", "GET", "/", Caller.unauthenticated().withIp("10.1.0.7"));
        Differential.Comparison excepted = compare(networks, "api.shop", "GET", "/", Caller.unauthenticated().withIp("10.2.0.9"));
        assertThat(inside.target().delivered()).as(inside.describe()).isTrue();
        assertThat(excepted.source().delivered()).as(excepted.describe()).isFalse();
        assertThat(inside.differences()).as(inside.describe()).isEmpty();
        assertThat(excepted.differences()).as(excepted.describe()).isEmpty();
    }

    /** A consumer route (in ops, parent web in shop) applies to clients in ops only (GEP-1426), on both sides. */
    @Test
    void aConsumerRouteAppliesToClientsOfItsNamespaceOnly() {
        LinkerdWorld consumer = new LinkerdWorld(List.of(WEB, API), Map.of(), List.of(new RouteSpec("web", "ops", "shop", List.of(
                new RuleSpec(List.of(), List.of(new BackendSpec("api", null)))))), List.of(), List.of(), List.of());
        Differential.Comparison fromOps = compare(consumer, "web.shop", "GET", "/", Caller.of("ops", "client"));
        Differential.Comparison fromShop = compare(consumer, "web.shop", "GET", "/", Caller.of("shop", "client"));
        assertThat(fromOps.source().route().primaryBackend().service()).isEqualTo("api");
        assertThat(fromShop.source().route().primaryBackend().service()).isEqualTo("web");
        assertThat(fromOps.differences()).as(fromOps.describe()).isEmpty();
        assertThat(fromShop.differences()).as(fromShop.describe()).isEmpty();
    }
}
