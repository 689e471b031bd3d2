package dev.meshport.translator.toistio;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.meshport.model.ManifestSet;
import dev.meshport.translator.TranslationResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The routing traps of Linkerd → Istio: each case fails on the naive translation (one entry per rule in the order
 * written, PathPrefix as an Istio prefix, regex copied without a word, no retries field). Every request of a finite
 * set must go where Linkerd sends it.
 */
class RoutingTrapsTest {

    private static final String SERVICE = """
            apiVersion: v1
            kind: Service
            metadata: {name: web, namespace: shop}
            spec:
              selector: {app: web}
              ports: [{name: http, port: 8080}]
            ---
            """;

    private static final List<String> PATHS = List.of("/", "/api", "/api/", "/api/v2", "/api/v2/x", "/apix", "/img",
            "/imgs", "/img/x", "/a", "/ab", "/abc", "/x");

    private static String route(String name, String rules) {
        return """
                apiVersion: gateway.networking.k8s.io/v1
                kind: HTTPRoute
                metadata: {name: %s, namespace: shop}
                spec:
                  parentRefs: [{group: core, kind: Service, name: web, port: 8080}]
                  rules:
                %s
                ---
                """.formatted(name, rules.indent(2).stripTrailing());
    }

    private static TranslationResult assertSameRouting(String yaml) {
        ManifestSet in = ToIstio.load(SERVICE + yaml);
        TranslationResult r = ToIstio.run(in);
        ManifestSet out = ToIstio.reload(r);
        List<String> wrong = new ArrayList<>();
        for (String path : PATHS) {
            for (String method : List.of("GET", "POST")) {
                for (Map<String, String> headers : List.of(Map.<String, String>of(), Map.of("x-canary", "true"))) {
                    RouteModels.Request req = new RouteModels.Request("web", 8080, method, path, headers);
                    Map<String, Integer> linkerd = RouteModels.linkerd(in, req);
                    Map<String, Integer> istio = RouteModels.istio(out, req);
                    boolean same = linkerd.keySet().equals(istio.keySet()) && linkerd.keySet().stream()
                            .allMatch(k -> Math.abs(linkerd.get(k) - istio.get(k)) <= 1);
                    if (!same) {
                        wrong.add(req + ": Linkerd " + linkerd + ", Istio " + istio);
                    }
                }
            }
        }
        assertThat(wrong).as("requests routed differently").isEmpty();
        return r;
    }

    @Test
    void aLongerMatchWrittenLaterStillWins() {
        assertSameRouting(route("web", """
                - matches: [{path: {type: PathPrefix, value: /api}}]
                  backendRefs: [{name: a, port: 8080}]
                - matches: [{path: {type: Exact, value: /api/v2}}]
                  backendRefs: [{name: b, port: 8080}]
                - backendRefs: [{name: c, port: 8080}]
                """));
    }

    @Test
    void precedenceSpansRoutesOnTheSameService() {
        assertSameRouting(route("a-catch-all", """
                - matches: [{path: {type: PathPrefix, value: /}}]
                  backendRefs: [{name: a, port: 8080}]
                """) + route("b-api", """
                - matches: [{path: {type: PathPrefix, value: /api}, method: POST}]
                  backendRefs: [{name: b, port: 8080}]
                - matches: [{path: {type: PathPrefix, value: /api}, headers: [{name: x-canary, value: "true"}]}]
                  backendRefs: [{name: c, port: 8080, weight: 1}, {name: d, port: 8080, weight: 3}]
                """));
    }

    @Test
    void prefixesAreWholePathSegments() {
        TranslationResult r = assertSameRouting(route("web", """
                - matches: [{path: {type: PathPrefix, value: /img/}}]
                  backendRefs: [{name: a, port: 8080}]
                - matches: [{path: {type: PathPrefix, value: /api}}]
                  backendRefs: [{name: b, port: 8080}]
                """));
        assertThat(ToIstio.outputs(r, "VirtualService").get(0).at("/spec/http/0/match/0/uri/regex").asText())
                .isEqualTo("/img(/.*)?");
    }

    @Test
    void aRegexThatLinkerdRejectsEarlyIsReported() {
        // Linkerd: /a|/ab finds /a in /ab, which does not span the path, so /ab goes to the catch-all;
        // RE2 full match accepts /ab. Routing then differs, and the gap must say so.
        String yaml = route("web", """
                - matches: [{path: {type: RegularExpression, value: "/a|/ab"}}]
                  backendRefs: [{name: a, port: 8080}]
                - backendRefs: [{name: c, port: 8080}]
                """);
        TranslationResult r = ToIstio.run(SERVICE + yaml);
        assertThat(ToIstio.gaps(r, IstioGap.ROUTE_REGEX)).extracting(g -> g.location().field().toString())
                .containsExactly("spec.rules[0].matches[0].path");
        assertSameRouting(route("web", """
                - matches: [{path: {type: RegularExpression, value: "/im[a-z]+/.*"}}]
                  backendRefs: [{name: a, port: 8080}]
                - backendRefs: [{name: c, port: 8080}]
                """));
    }

    @Test
    void aRouteWithoutRetriesSwitchesOffIstioDefaultRetries() {
        TranslationResult r = ToIstio.run(SERVICE + route("web", """
                - matches: [{path: {type: PathPrefix, value: /api}}]
                  backendRefs: [{name: a, port: 8080}]
                  timeouts: {request: 3s}
                """));
        JsonNode entry = ToIstio.outputs(r, "VirtualService").get(0).at("/spec/http/0");
        assertThat(entry.at("/retries/attempts").asInt(-1)).isZero();
        assertThat(entry.path("retries").has("retryOn")).isFalse();
        assertThat(entry.path("timeout").asText()).isEqualTo("3s");
    }

    @Test
    void retryAndTimeoutAnnotationsOverrideTheService() {
        String yaml = """
                apiVersion: v1
                kind: Service
                metadata:
                  name: web
                  namespace: shop
                  annotations: {retry.linkerd.io/http: "5xx", retry.linkerd.io/limit: "5"}
                spec:
                  selector: {app: web}
                  ports: [{name: http, port: 8080}]
                ---
                apiVersion: gateway.networking.k8s.io/v1
                kind: HTTPRoute
                metadata:
                  name: web
                  namespace: shop
                  annotations: {retry.linkerd.io/http: "gateway-error,429,500-502", timeout.linkerd.io/request: 2s}
                spec:
                  parentRefs: [{group: core, kind: Service, name: web, port: 8080}]
                  rules:
                  - backendRefs: [{name: web, port: 8080}]
                    timeouts: {request: 9s}
                """;
        TranslationResult r = ToIstio.run(yaml);
        JsonNode entry = ToIstio.outputs(r, "VirtualService").get(0).at("/spec/http/0");
        assertThat(entry.path("timeout").asText()).isEqualTo("2s");
        assertThat(entry.at("/retries/attempts").asInt()).isEqualTo(1);
        assertThat(entry.at("/retries/retryOn").asText()).isEqualTo("gateway-error,429,500,501,502");
    }

    @Test
    void gatewayApiRoutesCanBeKeptForIstio() {
        String yaml = SERVICE + route("web", """
                - matches: [{path: {type: PathPrefix, value: /api}}]
                  backendRefs: [{name: a, port: 8080}]
                """);
        TranslationResult r = LinkerdToIstio.translator(LinkerdToIstio.RouteApi.GATEWAY_API)
                .translate(ToIstio.load(yaml), dev.meshport.translator.TranslationOptions.defaults());
        assertThat(ToIstio.outputs(r, "VirtualService")).isEmpty();
        assertThat(ToIstio.outputs(r, "HTTPRoute")).singleElement()
                .satisfies(route -> assertThat(route.at("/spec/rules/0/matches/0/path/value").asText()).isEqualTo("/api"));
    }

    @Test
    void aRouteInTheClientNamespaceAppliesToThatNamespaceOnly() {
        TranslationResult r = ToIstio.run(SERVICE + """
                apiVersion: gateway.networking.k8s.io/v1
                kind: HTTPRoute
                metadata: {name: web-for-ops, namespace: ops}
                spec:
                  parentRefs: [{group: core, kind: Service, name: web, namespace: shop, port: 8080}]
                  rules:
                  - backendRefs: [{name: web, namespace: shop, port: 8080}]
                """);
        JsonNode vs = ToIstio.outputs(r, "VirtualService").get(0);
        assertThat(vs.at("/metadata/namespace").asText()).isEqualTo("ops");
        assertThat(vs.at("/spec/hosts/0").asText()).isEqualTo("web.shop.svc.cluster.local");
        assertThat(vs.at("/spec/exportTo/0").asText()).isEqualTo(".");
    }

    private static String split(String a, String b) {
        return SERVICE + """
                apiVersion: split.smi-spec.io/v1alpha1
                kind: TrafficSplit
                metadata: {name: web-split, namespace: shop}
                spec:
                  service: web
                  backends: [{service: web, weight: "%s"}, {service: web-canary, weight: "%s"}]
                """.formatted(a, b);
    }

    @Test
    void weightsWhoseRatioPercentagesCannotKeepAreReported() {
        TranslationResult thirds = ToIstio.run(split("1", "2"));
        assertThat(ToIstio.outputs(thirds, "VirtualService").get(0).at("/spec/http/0/route/1/weight").asInt()).isEqualTo(67);
        assertThat(ToIstio.gaps(thirds, IstioGap.WEIGHT_ROUNDED)).singleElement()
                .satisfies(g -> assertThat(g.location().field().toString()).isEqualTo("spec.backends"));
        assertThat(ToIstio.gaps(ToIstio.run(split("250m", "750m")), IstioGap.WEIGHT_ROUNDED)).isEmpty();
    }

    @Test
    void aTrafficSplitWhoseWeightsAreAllZeroAbortsEveryRequest() {
        TranslationResult r = ToIstio.run(split("0", "0"));
        JsonNode entry = ToIstio.outputs(r, "VirtualService").get(0).at("/spec/http/0");
        assertThat(entry.at("/fault/abort/httpStatus").asInt()).isEqualTo(500);
        assertThat(entry.at("/fault/abort/percentage/value").asDouble()).isEqualTo(100.0);
        assertThat(ToIstio.gaps(r, IstioGap.TRAFFIC_SPLIT_ZERO)).hasSize(1);
    }

    @Test
    void aTrafficSplitShadowsTheHttpRoutesOfItsApex() {
        TranslationResult r = ToIstio.run(split("1", "1") + "---\n" + route("web", """
                - matches: [{path: {type: PathPrefix, value: /api}}]
                  backendRefs: [{name: web-canary, port: 8080}]
                """));
        assertThat(ToIstio.gaps(r, IstioGap.ROUTE_SHADOWED)).singleElement()
                .satisfies(g -> assertThat(g.message()).contains("TrafficSplit web-split"));
        assertThat(ToIstio.outputs(r, "VirtualService")).singleElement()
                .satisfies(vs -> assertThat(vs.at("/spec/http").size()).isEqualTo(1));
    }
}
