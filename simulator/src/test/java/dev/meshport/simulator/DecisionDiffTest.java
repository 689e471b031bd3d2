package dev.meshport.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DecisionDiffTest {

    private static Decision decision(String mesh, String service, Map<String, String> labels, String timeout, Verdict verdict) {
        Request r = Fixtures.request("GET http://api.shop/");
        RouteResult route = new RouteResult(null, null, List.of(new Backend(service, "shop", null, labels, 80, 100.0)), timeout,
                null, null, null, null, null, "test");
        AuthorizationResult a = new AuthorizationResult(verdict, verdict == Verdict.DENY ? 403 : null, "test", null, "w", 80, List.of());
        return new Decision(mesh, r, route, a, List.of());
    }

    @Test
    void samePodsAndEquivalentDurationsAreNotDifferences() {
        Decision istio = decision("istio", "reviews", Map.of("app", "reviews", "version", "v2"), "1s", Verdict.ALLOW);
        Decision linkerd = decision("linkerd", "reviews-v2", Map.of("app", "reviews", "version", "v2"), "1000ms", Verdict.ALLOW);
        assertThat(DecisionDiff.compare(istio, linkerd)).isEmpty();
    }

    @Test
    void differentPodsTimeoutsAndVerdictsAre() {
        Decision istio = decision("istio", "reviews", Map.of("app", "reviews", "version", "v2"), "10s", Verdict.ALLOW);
        Decision linkerd = decision("linkerd", "reviews", Map.of("app", "reviews"), null, Verdict.DENY);
        assertThat(DecisionDiff.compare(istio, linkerd)).extracting(DecisionDiff.Difference::aspect)
                .containsExactly("backends", "timeout", "authorization");
    }

    @Test
    void durations() {
        assertThat(DecisionDiff.millis("1h30m")).isEqualTo(5_400_000L);
        assertThat(DecisionDiff.millis("1.5s")).isEqualTo(1500L);
        assertThat(DecisionDiff.millis("soon")).isNull();
    }
}
