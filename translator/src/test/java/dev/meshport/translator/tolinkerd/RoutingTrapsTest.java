package dev.meshport.translator.tolinkerd;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.meshport.model.Gap;
import dev.meshport.model.ManifestSet;
import dev.meshport.model.Severity;
import dev.meshport.translator.TranslationResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The routing traps: each case would fail on the naive translation (one rule per http[] entry in order, PathPrefix for
 * prefixes, weights copied as written, hosts copied to hostnames). Every request of a finite set must go where Istio
 * sends it, unless a first-match gap names the entries concerned.
 */
class RoutingTrapsTest {

    private static final String SERVICES = Translate.SHOP_WEB_SERVICE + """
            apiVersion: networking.istio.io/v1
            kind: DestinationRule
            metadata: {name: web, namespace: shop}
            spec:
              host: web
              subsets:
              - {name: a, labels: {version: a}}
              - {name: b, labels: {version: b}}
              - {name: c, labels: {version: c}}
            ---
            """;

    private static final List<String> PATHS = List.of("/", "/api", "/api/", "/api/v1", "/api/v1/x", "/api/v1/x.js", "/api/v2", "/api/v2/x", "/apix", "/img",
            "/imgs", "/img/x", "/admin", "/ab", "/abc", "/x", "/API/V2");

    private static List<MeshRouters.Request> requests() {
        List<MeshRouters.Request> out = new ArrayList<>();
        for (String path : PATHS) {
            for (String method : List.of("GET", "POST")) {
                for (Map<String, String> headers : List.of(Map.<String, String>of(), Map.of("x-user", "qa"),
                        Map.of("x-user", "other"))) {
                    out.add(new MeshRouters.Request("web", 8080, method, path, headers));
                }
            }
        }
        return out;
    }

    private static TranslationResult virtualService(String http) {
        return Translate.run(SERVICES + Translate.webVirtualService(http));
    }

    /** Every request goes where Istio sends it; returns the number of requests checked. */
    private static void assertSameRouting(TranslationResult r, String http) {
        ManifestSet inputs = Translate.load(SERVICES + Translate.webVirtualService(http));
        List<String> wrong = new ArrayList<>();
        for (MeshRouters.Request req : requests()) {
            String istio = MeshRouters.istio(inputs, req);
            List<String> linkerd = MeshRouters.linkerd(r, req);
            if (!List.of(istio).equals(linkerd)) {
                wrong.add(req + ": Istio " + istio + ", Linkerd " + linkerd);
            }
        }
        assertThat(wrong).as("requests routed differently").isEmpty();
    }

    /**
     * http[0] with the first uri match (to subset a), http[1] with the second match (b), http[2] everything else (c):
     * every request goes where Istio sends it, and no first-match gap is reported.
     */
    private static TranslationResult assertSameRoutingWithoutOrderGap(String firstUri, String secondMatch) {
        String http = """
                - match: [{uri: %s}]
                  route: [{destination: {host: web, subset: a}}]
                - match: [%s]
                  route: [{destination: {host: web, subset: b}}]
                - route: [{destination: {host: web, subset: c}}]
                """.formatted(firstUri, secondMatch);
        TranslationResult r = virtualService(http);
        assertSameRouting(r, http);
        assertThat(Translate.gaps(r, LinkerdGap.VS_MATCH_ORDER.id())).isEmpty();
        return r;
    }

    @Test
    void aLaterMoreSpecificMatchDoesNotStealRequestsFromAnEarlierPrefix() {
        assertSameRoutingWithoutOrderGap("{prefix: /api}", "{uri: {exact: /api/v2}}");
    }

    /**
     * The differential long run's counterexample (docs/differential-testing.md #4): a prefix, then a regex whose
     * literal prefix "/api/v" begins with it. Every value the regex matches begins with /api, so the intersection is
     * the regex (with GET), written into rule 0: every request goes where Istio sends it, and no gap.
     */
    @Test
    void aPrefixBeforeARegexThatBeginsWithItIsIntersectedExactly() {
        assertSameRoutingWithoutOrderGap("{prefix: /api}", "{uri: {regex: \"/api/v[0-9]+(/.*)?\"}, method: {exact: GET}}");
    }

    /**
     * A prefix longer than the regex's literal prefix: the intersection is the prefix followed by the regex's
     * derivative by it ({@code /api/v1(?:[0-9]*(?:/.*)?)} with GET), written into rule 0.
     */
    @Test
    void aPrefixLongerThanARegexsLiteralPrefixIsIntersectedThroughTheDerivative() {
        TranslationResult r = assertSameRoutingWithoutOrderGap("{prefix: /api/v1}",
                "{uri: {regex: \"/api/v[0-9]+(/.*)?\"}, method: {exact: GET}}");
        assertThat(Translate.outputs(r, "HTTPRoute").get(0).at("/spec/rules/0/matches/1/path/value").asText())
                .isEqualTo("^(?:/api/v1(?:[0-9]*(?:/.*)?))$");
    }

    /** A regex whose literal prefix no value of the earlier prefix can begin with: disjoint, nothing to write. */
    @Test
    void aRegexDisjointFromAnEarlierPrefixNeedsNothing() {
        TranslationResult r = assertSameRoutingWithoutOrderGap("{prefix: /img}", "{uri: {regex: \"/api/v[0-9]+(/.*)?\"}}");
        assertThat(Translate.outputs(r, "HTTPRoute").get(0).at("/spec/rules/0/matches")).hasSize(1);
    }

    /**
     * An overlap meshport cannot write (two different regexes, {@code .*\.js} and {@code /api/v[0-9]+(/.*)?}): the
     * translation fails closed. A rule with the later match to a Service that does not exist comes just before the
     * later entry's rule, so Linkerd answers those requests with 500 (policy-controller outbound http.rs: a backend
     * Service that does not exist gets a 500 failure injector) and never sends a request to http[1]'s backend that
     * Istio sends to http[0]. The gap is an error at the later entry and says so.
     */
    @Test
    void anOverlapMeshportCannotWriteIsAnErrorAtTheLaterEntry() {
        String http = """
                - match: [{uri: {regex: '.*\\.js'}}]
                  route: [{destination: {host: web, subset: a}}]
                - match: [{uri: {regex: "/api/v[0-9]+(/.*)?"}, method: {exact: GET}}]
                  route: [{destination: {host: web, subset: b}}]
                - route: [{destination: {host: web, subset: c}}]
                """;
        TranslationResult r = virtualService(http);
        assertThat(Translate.gaps(r, LinkerdGap.VS_MATCH_ORDER.id())).singleElement().satisfies(g -> {
            assertThat(g.severity()).isEqualTo(Severity.ERROR);
            assertThat(g.location().field()).hasToString("spec.http[1].match");
            assertThat(g.message()).contains("500", VirtualServiceRoutes.UNRESOLVED_SERVICE, "^(?:/api/v[0-9]+(/.*)?)$",
                    "reorder");
        });
        JsonNode rules = Translate.outputs(r, "HTTPRoute").get(0).at("/spec/rules");
        assertThat(rules.get(1).at("/backendRefs/0/name").asText()).isEqualTo(VirtualServiceRoutes.UNRESOLVED_SERVICE);
        assertThat(rules.get(1).at("/backendRefs/0/port").asInt()).isEqualTo(8080);
        assertThat(rules.get(1).path("matches")).isEqualTo(rules.get(2).path("matches"));
        assertThat(OutputValidityTest.check(r)).as("schema-valid, lint-clean outputs").isPositive();
        ManifestSet inputs = Translate.load(SERVICES + Translate.webVirtualService(http));
        List<String> widened = new ArrayList<>();
        for (MeshRouters.Request req : requests()) {
            List<String> linkerd = MeshRouters.linkerd(r, req);
            boolean failed = linkerd.equals(List.of("{" + VirtualServiceRoutes.UNRESOLVED_SERVICE + "=1}"));
            if (!failed && !linkerd.equals(List.of(MeshRouters.istio(inputs, req)))) {
                widened.add(req + ": Istio " + MeshRouters.istio(inputs, req) + ", Linkerd " + linkerd);
            }
        }
        assertThat(widened).as("requests routed elsewhere than Istio routes them, and not failed").isEmpty();
        MeshRouters.Request overlap = new MeshRouters.Request("web", 8080, "GET", "/api/v1/app.js", Map.of());
        assertThat(MeshRouters.linkerd(r, overlap)).containsExactly("{" + VirtualServiceRoutes.UNRESOLVED_SERVICE + "=1}");
    }

    /**
     * On a gRPC port: http[1]'s method lies inside http[0]'s service prefix, but the two have different retries, so
     * they go to two GRPCRoutes, where the intersection would only tie with http[1]'s match (Linkerd breaks ties
     * between routes by age). The GRPCRoute of http[1] fails those calls closed (policy-controller outbound grpc.rs:
     * a backend Service that does not exist gets a failure injector), and stays schema-valid.
     */
    @Test
    void aGrpcRouteFailsClosedToo() {
        String yaml = """
                {apiVersion: v1, kind: Service, metadata: {name: emoji, namespace: shop},
                 spec: {selector: {app: emoji}, ports: [{name: grpc, port: 8080}]}}
                ---
                {apiVersion: networking.istio.io/v1, kind: VirtualService, metadata: {name: emoji, namespace: shop},
                 spec: {hosts: [emoji], http: [
                   {match: [{uri: {prefix: /emojivoto.v1.EmojiService/}}], route: [{destination: {host: emoji}}],
                    retries: {attempts: 2, retryOn: unavailable}},
                   {match: [{uri: {exact: /emojivoto.v1.EmojiService/FindByShortcode}}],
                    route: [{destination: {host: emoji}}], retries: {attempts: 3, retryOn: unavailable}}]}}
                """;
        TranslationResult r = Translate.run(yaml);
        assertThat(Translate.gaps(r, LinkerdGap.VS_MATCH_ORDER.id())).singleElement()
                .satisfies(g -> assertThat(g.message()).contains("route age"));
        List<JsonNode> routes = Translate.outputs(r, "GRPCRoute");
        assertThat(routes).hasSize(2);
        JsonNode rules = routes.get(1).at("/spec/rules");
        assertThat(rules.get(0).at("/backendRefs/0/name").asText()).isEqualTo(VirtualServiceRoutes.UNRESOLVED_SERVICE);
        assertThat(rules.get(0).path("matches")).isEqualTo(rules.get(1).path("matches"));
        assertThat(OutputValidityTest.check(r)).isPositive();
    }

    @Test
    void aCatchAllFirstShadowsEverythingAfterIt() {
        String http = """
                - route: [{destination: {host: web, subset: a}}]
                - match: [{headers: {x-user: {exact: qa}}}, {uri: {exact: /x}}]
                  route: [{destination: {host: web, subset: b}}]
                """;
        TranslationResult r = virtualService(http);
        assertSameRouting(r, http);
    }

    @Test
    void aMethodMatchBeforeAPathMatchKeepsItsRequests() {
        String http = """
                - match: [{method: {exact: GET}}]
                  route: [{destination: {host: web, subset: a}}]
                - match: [{uri: {prefix: /img}, headers: {x-user: {prefix: q}}}]
                  route: [{destination: {host: web, subset: b}}]
                - match: [{uri: {prefix: /a}}]
                  route: [{destination: {host: web, subset: c}}]
                """;
        TranslationResult r = virtualService(http);
        assertSameRouting(r, http);
    }

    @Test
    void prefixMatchesAreStringPrefixesNotPathSegments() {
        String http = """
                - match: [{uri: {prefix: /img}}]
                  route: [{destination: {host: web, subset: a}}]
                - match: [{uri: {prefix: /api/}}]
                  route: [{destination: {host: web, subset: b}}]
                - route: [{destination: {host: web, subset: c}}]
                """;
        TranslationResult r = virtualService(http);
        assertSameRouting(r, http);
        JsonNode path = Translate.outputs(r, "HTTPRoute").get(0).at("/spec/rules/0/matches/0/path");
        assertThat(path.path("type").asText()).isEqualTo("RegularExpression");
        assertThat(MeshRouters.wholeSpan(path.path("value").asText(), "/imgs")).isTrue();
    }

    @Test
    void regexMatchesAreAnchoredSoThatAlternationsMatchTheWholePath() {
        String http = """
                - match: [{uri: {regex: "/a|/ab"}}]
                  route: [{destination: {host: web, subset: a}}]
                - route: [{destination: {host: web, subset: c}}]
                """;
        TranslationResult r = virtualService(http);
        assertSameRouting(r, http);
        assertThat(Translate.gaps(r, LinkerdGap.VS_REGEX.id())).hasSize(1);
    }

    @Test
    void ignoreUriCaseBecomesACaseInsensitiveRegex() {
        String http = """
                - match: [{uri: {prefix: /api/v2}, ignoreUriCase: true}]
                  route: [{destination: {host: web, subset: a}}]
                - route: [{destination: {host: web, subset: c}}]
                """;
        assertSameRouting(virtualService(http), http);
    }

    @Test
    void anOverlapMeshportCannotIntersectIsReportedAtTheLaterEntry() {
        String http = """
                - match: [{uri: {regex: "/a[a-z]*"}}]
                  route: [{destination: {host: web, subset: a}}]
                - match: [{uri: {regex: "/ab[a-z]*"}, headers: {x-user: {exact: qa}}}]
                  route: [{destination: {host: web, subset: b}}]
                """;
        TranslationResult r = virtualService(http);
        List<Gap> order = Translate.gaps(r, LinkerdGap.VS_MATCH_ORDER.id());
        assertThat(order).extracting(g -> g.location().field().toString()).containsExactly("spec.http[1].match");
        // the requests it warns about would be routed differently (Istio: a; Linkerd's ranking: b): they fail instead
        MeshRouters.Request req = new MeshRouters.Request("web", 8080, "GET", "/abc", Map.of("x-user", "qa"));
        assertThat(MeshRouters.linkerd(r, req)).containsExactly("{" + VirtualServiceRoutes.UNRESOLVED_SERVICE + "=1}");
        assertThat(MeshRouters.istio(Translate.load(SERVICES + Translate.webVirtualService(http)), req))
                .isEqualTo("{web-a=100}");
    }

    @Test
    void differentRetryPoliciesSplitRoutesWithoutChangingWhereRequestsGo() {
        String http = """
                - match: [{headers: {x-user: {exact: qa}}}]
                  route: [{destination: {host: web, subset: a}}]
                  retries: {attempts: 2, retryOn: 5xx}
                - match: [{uri: {exact: /x}}]
                  route: [{destination: {host: web, subset: b}}]
                - route: [{destination: {host: web, subset: c}}]
                  retries: {attempts: 3, perTryTimeout: 1.5s, retryOn: "gateway-error,503,connect-failure"}
                """;
        TranslationResult r = virtualService(http);
        List<JsonNode> routes = Translate.outputs(r, "HTTPRoute");
        assertThat(routes).hasSize(3);
        assertThat(routes.get(0).at("/metadata/annotations").toString()).contains("\"retry.linkerd.io/limit\":\"2\"");
        assertThat(routes.get(2).at("/metadata/annotations/retry.linkerd.io~1timeout").asText()).isEqualTo("1500ms");
        assertThat(routes.get(2).at("/metadata/annotations/retry.linkerd.io~1http").asText()).isEqualTo("503,gateway-error");
        assertThat(Translate.gaps(r, LinkerdGap.VS_RETRY_CONDITIONS.id())).extracting(Gap::message)
                .singleElement().asString().contains("connect-failure");
        // qa + /x: Istio's first match is http[0]; in Linkerd the header route and the path route are different
        // HTTPRoutes: the intersection added to http[0]'s route outranks /x, unless meshport reports the overlap.
        List<String> wrong = new ArrayList<>();
        ManifestSet inputs = Translate.load(SERVICES + Translate.webVirtualService(http));
        boolean reported = !Translate.gaps(r, LinkerdGap.VS_MATCH_ORDER.id()).isEmpty();
        for (MeshRouters.Request req : requests()) {
            if (!List.of(MeshRouters.istio(inputs, req)).equals(MeshRouters.linkerd(r, req))) {
                wrong.add(req.toString());
            }
        }
        assertThat(reported || wrong.isEmpty()).as("misrouted without a gap: " + wrong).isTrue();
    }

    @Test
    void tlsEntriesKeepFirstMatchOrderBySni() {
        TranslationResult r = Translate.run(SERVICES + """
                apiVersion: networking.istio.io/v1
                kind: VirtualService
                metadata: {name: web, namespace: shop}
                spec:
                  hosts: [web]
                  tls:
                  - match: [{sniHosts: ["*.example.com"]}]
                    route: [{destination: {host: web, subset: a}}]
                  - match: [{sniHosts: [a.example.com, b.example.org]}]
                    route: [{destination: {host: web, subset: b}}]
                """);
        List<JsonNode> routes = Translate.outputs(r, "TLSRoute");
        assertThat(routes).extracting(n -> n.at("/spec/hostnames").toString() + " " + n.at("/spec/rules/0/backendRefs/0/name").asText())
                .as("a.example.com goes to the first entry in Istio, so the second route must not claim it (exact SNI "
                        + "names outrank wildcards in Gateway API)")
                .containsExactly("[\"*.example.com\"] web-a", "[\"b.example.org\"] web-b");
    }

    @Test
    void aSecondVirtualServiceForTheSameServiceIsReported() {
        TranslationResult r = Translate.run(SERVICES + Translate.webVirtualService("- route: [{destination: {host: web, subset: a}}]")
                + Translate.webVirtualService("- route: [{destination: {host: web.shop.svc.cluster.local, subset: b}}]")
                        .replace("name: web,", "name: web-b,"));
        assertThat(Translate.gaps(r, LinkerdGap.VS_MATCH_ORDER.id()))
                .extracting(g -> g.location().resource().name() + " " + g.location().field())
                .containsExactly("web-b spec.hosts[0]");
    }

    @Test
    void weightsAreAlwaysExplicit() {
        TranslationResult r = virtualService("""
                - match: [{uri: {exact: /one}}]
                  route: [{destination: {host: web, subset: a}, weight: 0}]
                - route:
                  - {destination: {host: web, subset: b}, weight: 90}
                  - {destination: {host: web, subset: c}}
                """);
        JsonNode rules = Translate.outputs(r, "HTTPRoute").get(0).at("/spec/rules");
        assertThat(rules.at("/0/backendRefs/0/weight").asInt()).as("a lone destination takes everything").isEqualTo(100);
        assertThat(rules.at("/1/backendRefs/1/weight").isInt()).as("an omitted weight is written").isTrue();
        assertThat(rules.at("/1/backendRefs/1/weight").asInt()).as("Istio reads an omitted weight as 0").isZero();
    }

    @Test
    void hostsBecomeServiceParentsResolvedInTheVirtualServiceNamespaceNotHostnames() {
        TranslationResult r = Translate.run("""
                apiVersion: v1
                kind: Service
                metadata: {name: web, namespace: shop}
                spec: {selector: {app: web}, ports: [{name: http, port: 8080}, {name: admin, port: 9090}]}
                ---
                apiVersion: v1
                kind: Service
                metadata: {name: web, namespace: other}
                spec: {selector: {app: web}, ports: [{name: http, port: 80}]}
                ---
                apiVersion: networking.istio.io/v1
                kind: VirtualService
                metadata: {name: web, namespace: shop}
                spec:
                  hosts: [web, web.other.svc.cluster.local, "*.example.com"]
                  http:
                  - route: [{destination: {host: web, port: {number: 8080}}}]
                """);
        List<JsonNode> routes = Translate.outputs(r, "HTTPRoute");
        assertThat(routes).extracting(n -> n.at("/metadata/namespace").asText() + "/" + n.at("/metadata/name").asText())
                .containsExactly("other/web-web", "shop/web-web");
        assertThat(routes).allSatisfy(n -> assertThat(n.at("/spec").has("hostnames")).isFalse());
        assertThat(routes.get(1).at("/spec/parentRefs").toString())
                .contains("\"name\":\"web\",\"port\":8080").contains("\"port\":9090");
        assertThat(routes.get(0).at("/spec/rules/0/backendRefs/0").toString())
                .contains("\"namespace\":\"shop\"");
        assertThat(Translate.gaps(r, LinkerdGap.VS_HOST_UNRESOLVED.id()))
                .extracting(g -> g.location().field().toString()).containsExactly("spec.hosts[2]");
    }

    @Test
    void istioDefaultRetriesAreReportedAsABehaviourChange() {
        TranslationResult r = virtualService("""
                - route: [{destination: {host: web, subset: a}}]
                """);
        assertThat(Translate.gaps(r, LinkerdGap.ISTIO_DEFAULT_RETRIES.id()))
                .singleElement()
                .satisfies(g -> {
                    assertThat(g.severity()).isEqualTo(Severity.INFO);
                    assertThat(g.location().field().toString()).isEqualTo("spec.http[0]");
                });
        assertThat(Translate.outputs(r, "HTTPRoute").get(0).path("metadata").has("annotations")).isTrue();
        assertThat(Translate.outputs(r, "HTTPRoute").get(0).at("/metadata/annotations").toString()).doesNotContain("retry");
    }

    @Test
    void aMatchConditionWithoutEquivalentIsLeftOutNeverBroadened() {
        String http = """
                - match: [{withoutHeaders: {x-user: {exact: qa}}, uri: {prefix: /api}}]
                  route: [{destination: {host: web, subset: a}}]
                - route: [{destination: {host: web, subset: c}}]
                """;
        TranslationResult r = virtualService(http);
        JsonNode rules = Translate.outputs(r, "HTTPRoute").get(0).at("/spec/rules");
        assertThat(rules).hasSize(1);
        assertThat(rules.toString()).doesNotContain("web-a");
        assertThat(Translate.gaps(r, LinkerdGap.VS_UNSUPPORTED_MATCH.id())).extracting(g -> g.location().field().toString())
                .containsExactly("spec.http[0].match[0].withoutHeaders");
    }
}
