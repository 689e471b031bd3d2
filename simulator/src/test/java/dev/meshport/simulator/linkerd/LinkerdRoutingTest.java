package dev.meshport.simulator.linkerd;

import static dev.meshport.simulator.Fixtures.load;
import static dev.meshport.simulator.Fixtures.request;
import static dev.meshport.simulator.Fixtures.serviceAndPods;
import static org.assertj.core.api.Assertions.assertThat;

import dev.meshport.model.ManifestSet;
import dev.meshport.simulator.Backend;
import dev.meshport.simulator.Caller;
import dev.meshport.simulator.Decision;
import dev.meshport.simulator.Request;
import dev.meshport.simulator.RouteResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LinkerdRoutingTest {

    private static final String SERVICES = serviceAndPods("shop", "api") + "---\n" + serviceAndPods("shop", "canary");

    static String httpRoute(String name, String namespace, String annotations, String rules) {
        return """
                apiVersion: gateway.networking.k8s.io/v1
                kind: HTTPRoute
                metadata:
                  name: %s
                  namespace: %s
                  annotations: {%s}
                spec:
                  parentRefs: [{group: core, kind: Service, name: api, namespace: shop, port: 80}]
                  rules:
                """.formatted(name, namespace, annotations) + rules.indent(2);
    }

    private static Decision simulate(ManifestSet set, Request request) {
        return new LinkerdSimulator().simulate(set, request);
    }

    @Test
    @DisplayName("backendRef weight defaults to 1 and is relative; 0 gets no traffic (Gateway API BackendRef.Weight; outbound index weight.unwrap_or(1))")
    void weights() {
        ManifestSet set = load(SERVICES, httpRoute("r", "shop", "", """
                - backendRefs:
                  - {name: api, port: 80}
                  - {name: canary, port: 80, weight: 3}
                  - {name: canary, port: 80, weight: 0}
                """));
        RouteResult r = simulate(set, request("GET http://api.shop/")).route();
        assertThat(r.backends()).extracting(Backend::weight).containsExactly(25.0, 75.0, 0.0);
    }

    @Test
    @DisplayName("every backend at weight 0 → 500 (Gateway API HTTPBackendRef: all weights zero)")
    void allZero() {
        ManifestSet set = load(SERVICES, httpRoute("r", "shop", "", "- backendRefs: [{name: api, port: 80, weight: 0}]\n"));
        assertThat(simulate(set, request("GET http://api.shop/")).route().status()).isEqualTo(500);
    }

    @Test
    @DisplayName("a backendRef to a Service missing from a namespace whose Services are given → 500 \"Service not found\" (policy-controller outbound http.rs convert_backend)")
    void missingServiceFailsWith500() {
        ManifestSet set = load(SERVICES, httpRoute("r", "shop", "", """
                - matches: [{path: {type: Exact, value: /gone}}]
                  backendRefs: [{name: gone, port: 80}]
                - matches: [{path: {type: Exact, value: /half}}]
                  backendRefs: [{name: gone, port: 80}, {name: api, port: 80}]
                - backendRefs: [{name: api, port: 80}]
                """));
        assertThat(simulate(set, request("GET http://api.shop/gone")).route().status()).isEqualTo(500);
        assertThat(simulate(set, request("GET http://api.shop/gone")).delivered()).isFalse();
        Decision half = simulate(set, request("GET http://api.shop/half"));
        assertThat(half.route().status()).isNull();
        assertThat(half.notes()).anyMatch(n -> n.contains("Service not found"));
        assertThat(simulate(set, request("GET http://api.shop/")).route().status()).isNull();
    }

    @Test
    @DisplayName("a backendRef to a Service of a namespace the inputs hold no Service of is outside the inputs, not missing")
    void serviceOfAnotherNamespaceIsOutsideTheInputs() {
        ManifestSet set = load(SERVICES, httpRoute("r", "shop", "", "- backendRefs: [{name: db, namespace: data, port: 80}]\n"));
        Decision d = simulate(set, request("GET http://api.shop/"));
        assertThat(d.route().status()).isNull();
        assertThat(d.route().backends()).extracting(Backend::service).containsExactly("db");
    }

    @Test
    @DisplayName("no route and no ServiceProfile → default route to the Service (Linkerd reference/httproute.md outbound)")
    void defaultRoute() {
        RouteResult r = simulate(load(SERVICES), request("GET http://api.shop/")).route();
        assertThat(r.matched()).isNull();
        assertThat(r.backends()).extracting(Backend::service).containsExactly("api");
        assertThat(r.retries()).isNull();
    }

    @Test
    @DisplayName("routes exist but none matches → no route, 404")
    void noRouteMatches() {
        ManifestSet set = load(SERVICES, httpRoute("r", "shop", "", "- matches: [{path: {type: Exact, value: /only}}]\n"));
        assertThat(simulate(set, request("GET http://api.shop/other")).route().status()).isEqualTo(404);
    }

    @Test
    @DisplayName("a consumer route in the caller's namespace wins over the producer route (GEP-1426, Gateway API mesh-overview.md)")
    void consumerRoutes() {
        String producer = httpRoute("producer", "shop", "", "- backendRefs: [{name: api, port: 80}]\n");
        String consumer = httpRoute("consumer", "web", "", "- backendRefs: [{name: canary, namespace: shop, port: 80}]\n");
        ManifestSet set = load(SERVICES, producer, consumer);
        assertThat(simulate(set, request(Caller.of("web", "web"), "GET http://api.shop/")).route().backends())
                .extracting(Backend::service).containsExactly("canary");
        assertThat(simulate(set, request(Caller.of("other", "x"), "GET http://api.shop/")).route().backends())
                .extracting(Backend::service).containsExactly("api");
    }

    @Test
    @DisplayName("parentRef group must be core or \"\" and the port must agree (Linkerd policy-controller outbound index: Service parents)")
    void parentRefs() {
        String wrongPort = httpRoute("r", "shop", "", "- backendRefs: [{name: canary, port: 80}]\n").replace("port: 80}]\n  rules", "port: 81}]\n  rules");
        assertThat(simulate(load(SERVICES, wrongPort), request("GET http://api.shop/")).route().matched()).isNull();
        String noGroup = httpRoute("r", "shop", "", "- backendRefs: [{name: canary, port: 80}]\n").replace("group: core, ", "");
        assertThat(simulate(load(SERVICES, noGroup), request("GET http://api.shop/")).route().matched()).isNull();
    }

    @Test
    @DisplayName("RequestMirror/URLRewrite/ExtensionRef make Linkerd drop the whole route (policy-controller: filter is not supported)")
    void unsupportedFilterDropsRoute() {
        ManifestSet set = load(SERVICES, httpRoute("r", "shop", "", """
                - filters: [{type: URLRewrite, urlRewrite: {path: {type: ReplaceFullPath, replaceFullPath: /x}}}]
                  backendRefs: [{name: canary, port: 80}]
                """));
        Decision d = simulate(set, request("GET http://api.shop/"));
        assertThat(d.route().matched()).isNull();
        assertThat(d.notes()).anyMatch(n -> n.contains("URLRewrite"));
    }

    @Test
    @DisplayName("GRPCRoute beats HTTPRoute on the same parent (policy-controller: RouteReasonConflicted)")
    void grpcRouteWins() {
        String grpc = """
                apiVersion: gateway.networking.k8s.io/v1
                kind: GRPCRoute
                metadata: {name: g, namespace: shop}
                spec:
                  parentRefs: [{group: core, kind: Service, name: api, port: 80}]
                  rules: [{backendRefs: [{name: canary, port: 80}]}]
                """;
        ManifestSet set = load(SERVICES, grpc, httpRoute("h", "shop", "", "- backendRefs: [{name: api, port: 80}]\n"));
        RouteResult r = simulate(set, request("POST http://api.shop/pkg.Svc/Get", "content-type: application/grpc")).route();
        assertThat(r.matched().kind()).isEqualTo("GRPCRoute");
    }

    @Test
    @DisplayName("timeout.linkerd.io/request beats rules[].timeouts.request; route annotations replace the Service's family (reference/timeouts.md, retries.md)")
    void timeoutsAndRetries() {
        String annotatedService = SERVICES.replace("metadata: {name: api, namespace: shop}",
                "metadata: {name: api, namespace: shop, annotations: {retry.linkerd.io/http: 5xx, retry.linkerd.io/limit: '3', timeout.linkerd.io/request: 9s}}");
        String plain = httpRoute("r", "shop", "", "- timeouts: {request: 4s}\n");
        RouteResult fromService = simulate(load(annotatedService, plain), request("GET http://api.shop/")).route();
        assertThat(fromService.timeout()).isEqualTo("9s");
        assertThat(fromService.retries().attempts()).isEqualTo(3);
        String annotated = httpRoute("r", "shop", "'timeout.linkerd.io/request': 2s, 'retry.linkerd.io/http': gateway-error", "- timeouts: {request: 4s}\n");
        RouteResult fromRoute = simulate(load(annotatedService, annotated), request("GET http://api.shop/")).route();
        assertThat(fromRoute.timeout()).isEqualTo("2s");
        assertThat(fromRoute.retries().on()).isEqualTo("gateway-error");
        assertThat(fromRoute.retries().attempts()).isEqualTo(1);
        RouteResult ruleOnly = simulate(load(SERVICES, plain), request("GET http://api.shop/")).route();
        assertThat(ruleOnly.timeout()).isEqualTo("4s");
    }

    @Test
    @DisplayName("a ServiceProfile overrides HTTPRoutes; its routes are first-match and pathRegex is anchored (reference/httproute.md; proxy service-profiles)")
    void serviceProfile() {
        String sp = """
                apiVersion: linkerd.io/v1alpha2
                kind: ServiceProfile
                metadata: {name: api.shop.svc.cluster.local, namespace: shop}
                spec:
                  routes:
                  - name: list
                    condition: {method: GET, pathRegex: /list}
                    isRetryable: true
                  - name: any
                    condition: {pathRegex: '/.*'}
                    timeout: 1s
                  dstOverrides:
                  - {authority: api.shop.svc.cluster.local:80, weight: 500m}
                  - {authority: canary.shop.svc.cluster.local:80, weight: 1500m}
                """;
        ManifestSet set = load(SERVICES, sp, httpRoute("r", "shop", "", "- backendRefs: [{name: canary, port: 80}]\n"));
        RouteResult list = simulate(set, request("GET http://api.shop/list")).route();
        assertThat(list.routeName()).isEqualTo("list");
        assertThat(list.timeout()).isEqualTo("10s");
        assertThat(list.retries().attempts()).isNull();
        assertThat(list.backends()).extracting(Backend::weight).containsExactly(25.0, 75.0);
        assertThat(simulate(set, request("GET http://api.shop/list/2")).route().routeName()).isEqualTo("any");
    }

    @Test
    @DisplayName("a rule's RequestRedirect answers with 302 by default (Gateway API HTTPRequestRedirectFilter.StatusCode)")
    void redirect() {
        ManifestSet set = load(SERVICES, httpRoute("r", "shop", "", "- filters: [{type: RequestRedirect, requestRedirect: {hostname: new.shop}}]\n"));
        RouteResult r = simulate(set, request("GET http://api.shop/x")).route();
        assertThat(r.redirect().status()).isEqualTo(302);
        assertThat(r.redirect().location()).isEqualTo("http://new.shop/x");
    }

    @Test
    @DisplayName("appProtocol other than http/h2c, or opaque-ports, makes the port opaque: no HTTP routing (features/protocol-detection.md)")
    void opaquePorts() {
        String route = httpRoute("r", "shop", "", "- backendRefs: [{name: canary, port: 80}]\n");
        String grpcAppProtocol = SERVICES.replace("ports: [{name: http, port: 80, targetPort: http}]",
                "ports: [{name: http, port: 80, targetPort: http, appProtocol: grpc}]");
        Decision d = simulate(load(grpcAppProtocol, route), request("GET http://api.shop/"));
        assertThat(d.route().matched()).isNull();
        assertThat(d.notes()).anyMatch(n -> n.contains("appProtocol 'grpc'"));
        String h2c = grpcAppProtocol.replace("appProtocol: grpc", "appProtocol: kubernetes.io/h2c");
        assertThat(simulate(load(h2c, route), request("GET http://api.shop/")).route().matched()).isNotNull();
        String annotated = SERVICES.replaceFirst("metadata: \\{name: api, namespace: shop}",
                "metadata: {name: api, namespace: shop, annotations: {config.linkerd.io/opaque-ports: '25,70-90'}}");
        assertThat(simulate(load(annotated, route), request("GET http://api.shop/")).route().matched()).isNull();
    }

    @Test
    @DisplayName("a caller without a Linkerd proxy is not routed by outbound policy (routing happens in the client proxy)")
    void unmeshedCallerBypassesRoutes() {
        ManifestSet set = load(SERVICES, httpRoute("r", "shop", "", "- backendRefs: [{name: canary, port: 80}]\n"));
        RouteResult r = simulate(set, request(Caller.unauthenticated(), "GET http://api.shop/")).route();
        assertThat(r.matched()).isNull();
        assertThat(r.backends()).extracting(Backend::service).containsExactly("api");
    }

    @Test
    @DisplayName("an SMI TrafficSplit on the apex Service splits by weight ratio and shadows HTTPRoutes (linkerd-smi adaptor → ServiceProfile dstOverrides)")
    void trafficSplit() {
        String split = """
                apiVersion: split.smi-spec.io/v1alpha1
                kind: TrafficSplit
                metadata: {name: s, namespace: shop}
                spec:
                  service: api
                  backends: [{service: api, weight: 900m}, {service: canary, weight: 100m}]
                """;
        ManifestSet set = load(SERVICES, split, httpRoute("r", "shop", "", "- backendRefs: [{name: canary, port: 80}]\n"));
        RouteResult r = simulate(set, request("GET http://api.shop/")).route();
        assertThat(r.matched().kind()).isEqualTo("TrafficSplit");
        assertThat(r.backends()).extracting(Backend::service).containsExactly("api", "canary");
        assertThat(r.backends()).extracting(Backend::weight).containsExactly(90.0, 10.0);
    }

    @Test
    @DisplayName("a client namespace's ServiceProfile is served instead of the apex's, so a TrafficSplit does not apply to its clients (destination controller GetProfile; linkerd-smi adaptor)")
    void aClientNamespaceProfileHidesTheSplit() {
        String split = """
                apiVersion: split.smi-spec.io/v1alpha1
                kind: TrafficSplit
                metadata: {name: s, namespace: shop}
                spec:
                  service: api
                  backends: [{service: canary, weight: "1"}]
                """;
        String clientProfile = """
                apiVersion: linkerd.io/v1alpha2
                kind: ServiceProfile
                metadata: {name: api.shop.svc.cluster.local, namespace: ops}
                spec:
                  routes: [{name: all, condition: {pathRegex: "/.*"}}]
                """;
        ManifestSet set = load(SERVICES, split, clientProfile);
        assertThat(simulate(set, request(Caller.of("ops", "client"), "GET http://api.shop/")).route().backends())
                .extracting(Backend::service).containsExactly("api");
        assertThat(simulate(set, request(Caller.of("shop", "client"), "GET http://api.shop/")).route().backends())
                .extracting(Backend::service).containsExactly("canary");
    }
}
