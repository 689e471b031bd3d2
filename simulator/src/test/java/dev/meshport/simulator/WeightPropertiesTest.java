package dev.meshport.simulator;

import static dev.meshport.simulator.Fixtures.load;
import static dev.meshport.simulator.Fixtures.request;
import static dev.meshport.simulator.Fixtures.serviceAndPods;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.meshport.simulator.istio.IstioSimulator;
import dev.meshport.simulator.linkerd.LinkerdSimulator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Weights are shares: whatever weights are written, the backends of a route add up to 100% (or all get 0% when no
 * backend gets traffic). Istio: virtual_service.proto HTTPRouteDestination.weight; Linkerd/Gateway API: BackendRef.Weight.
 */
class WeightPropertiesTest {

    private static final String SERVICES = serviceAndPods("shop", "api") + "---\n" + serviceAndPods("shop", "canary");

    @Provide
    Arbitrary<List<Integer>> weights() {
        return Arbitraries.integers().between(-1, 100).list().ofMinSize(1).ofMaxSize(5);
    }

    @Property(tries = 100)
    void istioWeightsAddUpTo100(@ForAll("weights") List<Integer> weights) {
        StringBuilder route = new StringBuilder();
        for (int i = 0; i < weights.size(); i++) {
            route.append("    - destination: {host: ").append(i % 2 == 0 ? "api" : "canary").append("}\n");
            if (weights.get(i) >= 0) {
                route.append("      weight: ").append(weights.get(i)).append('\n');
            }
        }
        String vs = """
                apiVersion: networking.istio.io/v1
                kind: VirtualService
                metadata: {name: api, namespace: shop}
                spec:
                  hosts: [api]
                  http:
                  - route:
                """ + route;
        assertShares(new IstioSimulator().simulate(load(SERVICES, vs), request("GET http://api.shop/")).route());
    }

    @Property(tries = 100)
    void linkerdWeightsAddUpTo100(@ForAll("weights") List<Integer> weights) {
        StringBuilder refs = new StringBuilder();
        for (int i = 0; i < weights.size(); i++) {
            refs.append("    - {name: ").append(i % 2 == 0 ? "api" : "canary").append(", port: 80")
                    .append(weights.get(i) >= 0 ? ", weight: " + weights.get(i) : "").append("}\n");
        }
        String route = """
                apiVersion: gateway.networking.k8s.io/v1
                kind: HTTPRoute
                metadata: {name: api, namespace: shop}
                spec:
                  parentRefs: [{group: core, kind: Service, name: api, port: 80}]
                  rules:
                  - backendRefs:
                """ + refs;
        assertShares(new LinkerdSimulator().simulate(load(SERVICES, route), request("GET http://api.shop/")).route());
    }

    private static void assertShares(RouteResult route) {
        double total = route.backends().stream().mapToDouble(Backend::weight).sum();
        if (total == 0) {
            assertThat(route.status()).isNotNull();
        } else {
            assertThat(total).isCloseTo(100.0, within(1e-9));
        }
    }
}
