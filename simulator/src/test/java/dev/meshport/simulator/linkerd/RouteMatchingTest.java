package dev.meshport.simulator.linkerd;

import static dev.meshport.simulator.Fixtures.load;
import static dev.meshport.simulator.Fixtures.request;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.meshport.model.Manifest;
import dev.meshport.simulator.Request;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** linkerd2-proxy linkerd/http/route: each test names the file it follows. */
class RouteMatchingTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text.replace('\'', '"'));
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    static RouteMatching.Route route(String name, String rules) {
        Manifest m = load("""
                apiVersion: gateway.networking.k8s.io/v1
                kind: HTTPRoute
                metadata: {name: %s, namespace: shop}
                spec:
                  parentRefs: [{group: core, kind: Service, name: api, port: 80}]
                  rules:
                """.formatted(name) + rules.indent(2)).all().get(0);
        return new RouteMatching.Route(m, false);
    }

    private static String winner(Request request, RouteMatching.Route... routes) {
        RouteMatching.Selected s = RouteMatching.find(RouteMatching.ordered(List.of(routes)), request);
        return s == null ? null : s.route().manifest().id().name() + "#" + s.rule();
    }

    @Test
    @DisplayName("PathPrefix is segment-wise and ignores a trailing slash (http/match/path.rs MatchPath::Prefix)")
    void prefixIsSegmentWise() {
        JsonNode prefix = json("{'type':'PathPrefix','value':'/foo/'}");
        assertThat(RouteMatching.pathLength(prefix, "/foo")).isEqualTo(4);
        assertThat(RouteMatching.pathLength(prefix, "/foo/bar")).isEqualTo(4);
        assertThat(RouteMatching.pathLength(prefix, "/foobar")).isNull();
        assertThat(RouteMatching.pathLength(json("{'type':'PathPrefix','value':'/'}"), "/anything")).isEqualTo(1);
        assertThat(RouteMatching.pathLength(json("{'type':'Exact','value':'/foo'}"), "/foo/")).isNull();
    }

    @Test
    @DisplayName("regex path: the leftmost-first match must span the path (http/match/path.rs MatchPath::Regex)")
    void regexPath() {
        assertThat(RouteMatching.pathLength(json("{'type':'RegularExpression','value':'/a|/ab'}"), "/ab")).isNull();
        assertThat(RouteMatching.pathLength(json("{'type':'RegularExpression','value':'/foo/\\\\d+'}"), "/foo/42")).isEqualTo(7);
    }

    @Test
    @DisplayName("the longest matched path wins whatever the order (http/match.rs RequestMatch Ord)")
    void longestPathWins() {
        var general = route("a-general", "- matches: [{path: {type: PathPrefix, value: /api}}]");
        var specific = route("b-specific", "- matches: [{path: {type: PathPrefix, value: /api/v2}}]");
        assertThat(winner(request("GET http://api/api/v2/x"), general, specific)).isEqualTo("b-specific#0");
    }

    @Test
    @DisplayName("Exact and PathPrefix of equal length tie (PathMatch compares lengths only); the first route wins (lib.rs best)")
    void exactAndPrefixTie() {
        var prefix = route("a-prefix", "- matches: [{path: {type: PathPrefix, value: /api}}]");
        var exact = route("b-exact", "- matches: [{path: {type: Exact, value: /api}}]");
        assertThat(winner(request("GET http://api/api"), prefix, exact)).isEqualTo("a-prefix#0");
    }

    @Test
    @DisplayName("after the path, more headers beat a method match; method ranks last (http/match.rs: path, headers, query, method)")
    void headersBeforeMethod() {
        var byMethod = route("a-method", "- matches: [{path: {value: /}, method: GET}]");
        var byHeader = route("b-header", "- matches: [{path: {value: /}, headers: [{name: x-a, value: '1'}]}]");
        assertThat(winner(request("GET http://api/", "x-a: 1"), byMethod, byHeader)).isEqualTo("b-header#0");
        var byQuery = route("c-query", "- matches: [{path: {value: /}, queryParams: [{name: q, value: '1'}]}]");
        assertThat(winner(request("GET http://api/?q=1"), byMethod, byQuery)).isEqualTo("c-query#0");
        assertThat(winner(request("GET http://api/"), byMethod, route("d-plain", "- matches: [{path: {value: /}}]"))).isEqualTo("a-method#0");
    }

    @Test
    @DisplayName("a rule without matches matches everything as PathPrefix / (http/match.rs RequestMatch::default)")
    void implicitMatch() {
        var catchAll = route("a", "- backendRefs: [{name: api, port: 80}]");
        var api = route("b", "- matches: [{path: {value: /api}}]");
        assertThat(winner(request("GET http://api/other"), catchAll, api)).isEqualTo("a#0");
        assertThat(winner(request("GET http://api/api"), catchAll, api)).isEqualTo("b#0");
    }

    @Test
    @DisplayName("header regex needs a value whose leftmost-first match spans it (http/match/header.rs)")
    void headerRegex() {
        var r = route("a", "- matches: [{headers: [{type: RegularExpression, name: x-v, value: 'bar*'}]}]");
        assertThat(winner(request("GET http://api/", "x-v: barr"), r)).isEqualTo("a#0");
        assertThat(winner(request("GET http://api/", "x-v: barro"), r)).isNull();
        assertThat(winner(request("GET http://api/"), r)).isNull();
    }

    @Test
    @DisplayName("routes with creationTimestamp come first, oldest first, then by name (policy-controller grpc inbound/http.rs to_route_list)")
    void routeOrder() {
        var young = route("a-young", "- matches: [{path: {value: /}}]");
        Manifest oldManifest = load("""
                apiVersion: gateway.networking.k8s.io/v1
                kind: HTTPRoute
                metadata: {name: z-old, namespace: shop, creationTimestamp: '2024-01-01T00:00:00Z'}
                spec:
                  rules: [{matches: [{path: {value: /}}]}]
                """).all().get(0);
        var old = new RouteMatching.Route(oldManifest, false);
        assertThat(winner(request("GET http://api/"), young, old)).isEqualTo("z-old#0");
    }

    @Test
    @DisplayName("hostnames: a route naming the host beats one without; a mismatch excludes it (http/match/host.rs; lib.rs RouteMatch)")
    void hostnames() {
        Manifest named = load("""
                apiVersion: gateway.networking.k8s.io/v1
                kind: HTTPRoute
                metadata: {name: z-named, namespace: shop}
                spec:
                  hostnames: ['*.example.com']
                  rules: [{matches: [{path: {value: /}}]}]
                """).all().get(0);
        var anyHost = route("a-any", "- matches: [{path: {value: /api}}]");
        var hosted = new RouteMatching.Route(named, false);
        assertThat(winner(request("GET http://shop.example.com/api"), anyHost, hosted)).isEqualTo("z-named#0");
        assertThat(winner(request("GET http://api.shop/api"), anyHost, hosted)).isEqualTo("a-any#0");
    }

    @Test
    @DisplayName("gRPC: POST only; service length, method length, then headers (grpc/match.rs)")
    void grpcRanking() {
        JsonNode service = json("{'method':{'type':'Exact','service':'pkg.Svc'}}");
        JsonNode method = json("{'method':{'type':'Exact','service':'pkg.Svc','method':'Get'}}");
        Request get = request("POST http://api/pkg.Svc/Get");
        assertThat(RouteMatching.compare(RouteMatching.grpcScore(method, get), RouteMatching.grpcScore(service, get))).isPositive();
        assertThat(RouteMatching.grpcScore(method, request("GET http://api/pkg.Svc/Get"))).isNull();
        assertThat(RouteMatching.grpcScore(method, request("POST http://api/pkg.Svc/Put"))).isNull();
    }
}
