package dev.meshport.simulator.linkerd;

import static dev.meshport.simulator.Fixtures.request;
import static org.assertj.core.api.Assertions.assertThat;

import dev.meshport.simulator.Request;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Linkerd selects routes by specificity (linkerd2-proxy http/route lib.rs find): the winner does not depend on the order
 * in which rules are written, as long as no two rules tie.
 */
class RouteMatchingPropertiesTest {

    record RuleSpec(String path, boolean exact, int headers, boolean method) {
        String yaml(int index) {
            StringBuilder h = new StringBuilder();
            for (int i = 0; i < headers; i++) {
                h.append(i == 0 ? "" : ", ").append("{name: x-").append(i).append(", value: v}");
            }
            return "- matches: [{path: {type: " + (exact ? "Exact" : "PathPrefix") + ", value: " + path + "}"
                    + (headers == 0 ? "" : ", headers: [" + h + "]") + (method ? ", method: GET" : "") + "}]\n"
                    + "  backendRefs: [{name: b" + index + ", port: 80}]\n";
        }
    }

    @Provide
    Arbitrary<List<RuleSpec>> rules() {
        Arbitrary<String> paths = Arbitraries.of("/", "/a", "/a/b", "/a/b/c", "/ab");
        Arbitrary<RuleSpec> rule = Combinators.combine(paths, Arbitraries.of(true, false), Arbitraries.integers().between(0, 2),
                Arbitraries.of(true, false)).as(RuleSpec::new);
        return rule.list().ofMinSize(1).ofMaxSize(6).uniqueElements();
    }

    @Property(tries = 200)
    void winnerIsIndependentOfRuleOrder(@ForAll("rules") List<RuleSpec> rules, @ForAll long seed) {
        Request req = request("GET http://api/a/b/c", "x-0: v", "x-1: v");
        String first = winningBackend(rules, req);
        List<RuleSpec> shuffled = new ArrayList<>(rules);
        Collections.shuffle(shuffled, new Random(seed));
        String second = winningBackend(shuffled, req);
        boolean tie = hasTieForBest(rules, req);
        if (!tie) {
            assertThat(second).isEqualTo(first);
        }
    }

    private static String winningBackend(List<RuleSpec> rules, Request req) {
        StringBuilder yaml = new StringBuilder();
        for (RuleSpec r : rules) {
            yaml.append(r.yaml(r.hashCode() & 0xffff));
        }
        RouteMatching.Route route = RouteMatchingTest.route("r", yaml.toString());
        RouteMatching.Selected s = RouteMatching.find(List.of(route), req);
        return s == null ? null : route.rules().get(s.rule()).path("backendRefs").get(0).path("name").asText();
    }

    private static boolean hasTieForBest(List<RuleSpec> rules, Request req) {
        int[] best = null;
        int count = 0;
        for (RuleSpec r : rules) {
            var node = RouteMatchingTest.route("t", r.yaml(0)).rules().get(0).path("matches").get(0);
            int[] s = RouteMatching.httpScore(node, req);
            if (s == null) {
                continue;
            }
            int c = best == null ? 1 : RouteMatching.compare(s, best);
            if (c > 0) {
                best = s;
                count = 1;
            } else if (c == 0) {
                count++;
            }
        }
        return count > 1;
    }
}
