package dev.meshport.simulator.istio;

import static dev.meshport.simulator.Fixtures.load;
import static dev.meshport.simulator.Fixtures.request;
import static dev.meshport.simulator.Fixtures.serviceAndPods;
import static org.assertj.core.api.Assertions.assertThat;

import dev.meshport.model.ManifestSet;
import dev.meshport.simulator.Backend;
import dev.meshport.simulator.Caller;
import dev.meshport.simulator.Decision;
import dev.meshport.simulator.Fixtures;
import dev.meshport.simulator.Request;
import dev.meshport.simulator.RouteResult;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Each test names the upstream source of the rule it checks. */
class IstioRoutingTest {

    private static final String SERVICES = serviceAndPods("shop", "api") + "---\n" + serviceAndPods("shop", "v2api");

    private static RouteResult route(ManifestSet set, Request request) {
        return new IstioSimulator().simulate(set, request).route();
    }

    private static String vs(String http) {
        return """
                apiVersion: networking.istio.io/v1
                kind: VirtualService
                metadata: {name: api, namespace: shop}
                spec:
                  hosts: [api]
                  http:
                """ + http.indent(2);
    }

    private static List<String> services(RouteResult r) {
        return r.backends().stream().map(Backend::service).toList();
    }

    @Test
    @DisplayName("http[] is first match wins, not most specific (istio/api virtual_service.proto: rules evaluated in order)")
    void firstMatchWins() {
        ManifestSet set = load(SERVICES, vs("""
                - match: [{uri: {prefix: /api}}]
                  route: [{destination: {host: api}}]
                - match: [{uri: {exact: /api/v2}}]
                  route: [{destination: {host: v2api}}]
                """));
        RouteResult r = route(set, request("GET http://api.shop/api/v2"));
        assertThat(services(r)).containsExactly("api");
        assertThat(r.matched().field()).isEqualTo("spec.http[0].match[0]");
    }

    @Test
    @DisplayName("a VirtualService private to the caller's namespace (exportTo '.') beats a public one for the host, whatever"
            + " the names (pilot push_context.go VirtualServicesForGateway: private, then exported, then public)")
    void privateVirtualServiceOfTheCallersNamespaceWins() {
        String privateInClient = """
                apiVersion: networking.istio.io/v1
                kind: VirtualService
                metadata: {name: zz-api, namespace: client}
                spec:
                  hosts: [api.shop.svc.cluster.local]
                  exportTo: [.]
                  http:
                  - route: [{destination: {host: v2api.shop.svc.cluster.local}}]
                """;
        ManifestSet set = load(SERVICES, vs("""
                - route: [{destination: {host: api}}]
                """), privateInClient);
        assertThat(services(route(set, request(Fixtures.CLIENT, "GET http://api.shop/")))).containsExactly("v2api");
        assertThat(services(route(set, request(Caller.of("shop", "web"), "GET http://api.shop/")))).containsExactly("api");
    }

    @Test
    @DisplayName("uri prefix is a plain string prefix: /foo matches /foobar (virtual_service.proto StringMatch prefix)")
    void prefixIsAStringPrefix() {
        ManifestSet set = load(SERVICES, vs("""
                - match: [{uri: {prefix: /foo}}]
                  route: [{destination: {host: v2api}}]
                - route: [{destination: {host: api}}]
                """));
        assertThat(services(route(set, request("GET http://api.shop/foobar")))).containsExactly("v2api");
    }

    @Test
    @DisplayName("regex must match the whole path (StringMatch regex → Envoy safe_regex full match)")
    void regexIsAFullMatch() {
        ManifestSet set = load(SERVICES, vs("""
                - match: [{uri: {regex: '/items/\\d+'}}]
                  route: [{destination: {host: v2api}}]
                - route: [{destination: {host: api}}]
                """));
        assertThat(services(route(set, request("GET http://api.shop/items/42")))).containsExactly("v2api");
        assertThat(services(route(set, request("GET http://api.shop/items/42/reviews")))).containsExactly("api");
    }

    @Test
    @DisplayName("ignoreUriCase applies to exact and prefix (virtual_service.proto HTTPMatchRequest.ignoreUriCase)")
    void ignoreUriCase() {
        ManifestSet set = load(SERVICES, vs("""
                - match: [{uri: {exact: /Login}, ignoreUriCase: true}]
                  route: [{destination: {host: v2api}}]
                - route: [{destination: {host: api}}]
                """));
        assertThat(services(route(set, request("GET http://api.shop/LOGIN")))).containsExactly("v2api");
    }

    @Test
    @DisplayName("an empty header StringMatch means present; withoutHeaders negates (route.go translateHeaderMatch; virtual_service.proto)")
    void headerPresenceAndAbsence() {
        ManifestSet set = load(SERVICES, vs("""
                - match: [{headers: {x-debug: {}}}]
                  route: [{destination: {host: v2api}}]
                - match: [{withoutHeaders: {x-user: {exact: admin}}}]
                  route: [{destination: {host: api}}]
                """));
        assertThat(services(route(set, request("GET http://api.shop/", "X-Debug: yes")))).containsExactly("v2api");
        assertThat(services(route(set, request("GET http://api.shop/")))).containsExactly("api");
        RouteResult admin = route(set, request("GET http://api.shop/", "x-user: admin"));
        assertThat(admin.status()).isEqualTo(404);
    }

    @Test
    @DisplayName("no http route matches → Envoy answers 404 (NR) for the VirtualService's host")
    void noRouteIs404() {
        ManifestSet set = load(SERVICES, vs("""
                - match: [{method: {exact: POST}}]
                  route: [{destination: {host: api}}]
                """));
        assertThat(route(set, request("GET http://api.shop/")).status()).isEqualTo(404);
    }

    @Test
    @DisplayName("one destination gets 100% whatever its weight; with several, weight/sum and omitted = 0 (HTTPRouteDestination.weight)")
    void weights() {
        ManifestSet single = load(SERVICES, vs("""
                - route: [{destination: {host: api}, weight: 10}]
                """));
        assertThat(route(single, request("GET http://api.shop/")).backends().get(0).weight()).isEqualTo(100.0);
        ManifestSet split = load(SERVICES, vs("""
                - route:
                  - {destination: {host: api}, weight: 3}
                  - {destination: {host: v2api}, weight: 1}
                  - {destination: {host: api}}
                """));
        assertThat(route(split, request("GET http://api.shop/")).backends()).extracting(Backend::weight).containsExactly(75.0, 25.0, 0.0);
    }

    @Test
    @DisplayName("short hosts resolve in the VirtualService's namespace; a dotted host is literal (virtual_service.proto hosts)")
    void hostResolution() {
        String otherNamespace = """
                apiVersion: networking.istio.io/v1
                kind: VirtualService
                metadata: {name: elsewhere, namespace: other}
                spec:
                  hosts: [api]
                  http: [{route: [{destination: {host: v2api.shop.svc.cluster.local}}]}]
                """;
        String literal = """
                apiVersion: networking.istio.io/v1
                kind: VirtualService
                metadata: {name: literal, namespace: shop}
                spec:
                  hosts: [api.shop]
                  http: [{route: [{destination: {host: v2api.shop.svc.cluster.local}}]}]
                """;
        RouteResult r = route(load(SERVICES, otherNamespace, literal), request("GET http://api.shop/"));
        assertThat(r.matched()).isNull();
        assertThat(services(r)).containsExactly("api");
        String fqdn = literal.replace("[api.shop]", "[api.shop.svc.cluster.local]");
        assertThat(services(route(load(SERVICES, fqdn), request("GET http://api.shop/")))).containsExactly("v2api");
        String wildcard = literal.replace("[api.shop]", "['*.shop.svc.cluster.local']");
        assertThat(services(route(load(SERVICES, wildcard), request("GET http://api.shop/")))).containsExactly("v2api");
    }

    @Test
    @DisplayName("an exact host beats a wildcard (Envoy virtual host domain selection; istio host.Name)")
    void exactHostBeatsWildcard() {
        String wildcard = """
                apiVersion: networking.istio.io/v1
                kind: VirtualService
                metadata: {name: a-wild, namespace: shop}
                spec:
                  hosts: ['*.shop.svc.cluster.local']
                  http: [{route: [{destination: {host: v2api}}]}]
                """;
        ManifestSet set = load(SERVICES, wildcard, vs("- route: [{destination: {host: api}}]\n"));
        assertThat(services(route(set, request("GET http://api.shop/")))).containsExactly("api");
    }

    @Test
    @DisplayName("gateways: omitted means mesh only; a gateway-bound VirtualService does not route sidecar traffic (virtual_service.proto gateways)")
    void gatewayScope() {
        String bound = """
                apiVersion: networking.istio.io/v1
                kind: VirtualService
                metadata: {name: edge, namespace: shop}
                spec:
                  hosts: [shop.example.com]
                  gateways: [edge-gw]
                  http: [{route: [{destination: {host: api}}]}]
                """;
        ManifestSet set = load(SERVICES, bound);
        assertThat(route(set, request("GET http://shop.example.com/")).status()).isEqualTo(404);
        Request viaGateway = request(Caller.unauthenticated().viaGateway("shop/edge-gw"), "GET http://shop.example.com/");
        assertThat(services(route(set, viaGateway))).containsExactly("api");
    }

    @Test
    @DisplayName("sourceLabels match the caller's pod labels (virtual_service.proto HTTPMatchRequest.sourceLabels)")
    void sourceLabels() {
        ManifestSet set = load(SERVICES, serviceAndPods("shop", "web", "version", "beta"), vs("""
                - match: [{sourceLabels: {version: beta}}]
                  route: [{destination: {host: v2api}}]
                - route: [{destination: {host: api}}]
                """));
        assertThat(services(route(set, request(Caller.of("shop", "web"), "GET http://api.shop/")))).containsExactly("v2api");
        assertThat(services(route(set, request(Caller.of("shop", "api"), "GET http://api.shop/")))).containsExactly("api");
    }

    @Test
    @DisplayName("no VirtualService → the Service itself, with Istio's default retries (retry.go DefaultPolicy)")
    void noVirtualService() {
        RouteResult r = route(load(SERVICES), request("GET http://api.shop/"));
        assertThat(r.matched()).isNull();
        assertThat(services(r)).containsExactly("api");
        assertThat(r.retries().attempts()).isEqualTo(2);
        assertThat(r.retries().on()).isEqualTo("connect-failure,refused-stream,unavailable,cancelled,retriable-status-codes");
    }

    @Test
    @DisplayName("retries: attempts 0 disables, retryOn unset keeps the default conditions (retry.go ConvertPolicy)")
    void retries() {
        RouteResult off = route(load(SERVICES, vs("- route: [{destination: {host: api}}]\n  retries: {attempts: 0}\n")), request("GET http://api.shop/"));
        assertThat(off.retries()).isNull();
        RouteResult three = route(load(SERVICES, vs("- route: [{destination: {host: api}}]\n  retries: {attempts: 3, perTryTimeout: 2s}\n")),
                request("GET http://api.shop/"));
        assertThat(three.retries().attempts()).isEqualTo(3);
        assertThat(three.retries().perTryTimeout()).isEqualTo("2s");
        assertThat(three.retries().on()).startsWith("connect-failure");
    }

    @Test
    @DisplayName("a subset adds the DestinationRule subset's labels to the Service selector (destination_rule.proto Subset)")
    void subsets() {
        String dr = """
                apiVersion: networking.istio.io/v1
                kind: DestinationRule
                metadata: {name: api, namespace: shop}
                spec:
                  host: api
                  subsets: [{name: beta, labels: {version: beta}}]
                """;
        Decision d = new IstioSimulator().simulate(load(SERVICES, dr, vs("- route: [{destination: {host: api, subset: beta}}]\n")),
                request("GET http://api.shop/"));
        assertThat(d.route().backends().get(0).labels()).containsEntry("app", "api").containsEntry("version", "beta");
        Decision missing = new IstioSimulator().simulate(load(SERVICES, vs("- route: [{destination: {host: api, subset: gone}}]\n")),
                request("GET http://api.shop/"));
        assertThat(missing.notes()).anyMatch(n -> n.contains("subset 'gone'"));
    }

    @Test
    @DisplayName("redirect defaults to 301; fault and mirror (100% when mirrorPercentage is absent) are reported (virtual_service.proto)")
    void redirectFaultMirror() {
        RouteResult redirect = route(load(SERVICES, vs("- redirect: {uri: /new}\n")), request("GET http://api.shop/old"));
        assertThat(redirect.redirect().status()).isEqualTo(301);
        assertThat(redirect.redirect().location()).isEqualTo("http://api.shop/new");
        RouteResult faulty = route(load(SERVICES, vs("""
                - route: [{destination: {host: api}}]
                  fault: {abort: {httpStatus: 503, percentage: {value: 5}}}
                  mirror: {host: v2api}
                """)), request("GET http://api.shop/"));
        assertThat(faulty.fault().abortStatus()).isEqualTo(503);
        assertThat(faulty.fault().abortPercent()).isEqualTo(5.0);
        assertThat(faulty.mirror().service()).isEqualTo("v2api");
        assertThat(faulty.mirror().percent()).isEqualTo(100.0);
    }

    @Test
    @DisplayName("a Gateway must listen on the port and expose the host, [namespace/]dnsName (istio/api gateway.proto Server.hosts)")
    void gatewayServers() {
        String gw = """
                apiVersion: networking.istio.io/v1
                kind: Gateway
                metadata: {name: edge-gw, namespace: shop}
                spec:
                  selector: {istio: ingressgateway}
                  servers:
                  - port: {number: 80, name: http, protocol: HTTP}
                    hosts: ['./*.example.com']
                """;
        String bound = """
                apiVersion: networking.istio.io/v1
                kind: VirtualService
                metadata: {name: edge, namespace: shop}
                spec:
                  hosts: ['shop.example.com', 'other.example.org']
                  gateways: [edge-gw]
                  http: [{route: [{destination: {host: api}}]}]
                """;
        Caller ingress = Caller.unauthenticated().viaGateway("shop/edge-gw");
        ManifestSet set = load(SERVICES, gw, bound);
        assertThat(services(route(set, request(ingress, "GET http://shop.example.com/")))).containsExactly("api");
        RouteResult wrongHost = route(set, request(ingress, "GET http://other.example.org/"));
        assertThat(wrongHost.status()).isEqualTo(404);
        assertThat(wrongHost.explanation()).contains("exposes no host");
        assertThat(route(set, request(ingress, "GET http://shop.example.com:8080/")).explanation()).contains("no server on port 8080");
        ManifestSet elsewhere = load(SERVICES, gw.replace("./*", "other/*"), bound);
        assertThat(route(elsewhere, request(ingress, "GET http://shop.example.com/")).status()).isEqualTo(404);
    }

    @Test
    @DisplayName("a caller without sidecar (no identity) is not routed by mesh VirtualServices (virtual_service.proto gateways: mesh = sidecars)")
    void unmeshedCallerBypassesVirtualServices() {
        ManifestSet set = load(SERVICES, vs("- route: [{destination: {host: v2api}}]\n"));
        RouteResult r = route(set, request(Caller.unauthenticated(), "GET http://api.shop/"));
        assertThat(r.matched()).isNull();
        assertThat(services(r)).containsExactly("api");
        assertThat(r.explanation()).contains("no sidecar");
    }
}
