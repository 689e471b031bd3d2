package dev.meshport.samples.differential;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshport.samples.differential.Differential.Comparison;
import dev.meshport.samples.differential.LinkerdWorlds.Scenario;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * Differential test of the Linkerd → Istio translator: generated Linkerd worlds ({@link LinkerdWorlds}) are
 * translated, and generated requests are simulated under Linkerd on the source and under Istio on the translation.
 * <ul>
 *   <li>{@link #fullFeaturesDecideAlike}: a request that involves only features the gap report calls full (the rule
 *   is {@link LinkerdToIstioPair}'s) reaches the same pods with the same shares, and gets the same authorization
 *   decision, on both sides.</li>
 *   <li>{@link #neverWidens}: whatever the gaps, a request Linkerd's authorization denies is not delivered by Istio.</li>
 * </ul>
 * Both run seeded with a bounded number of tries in {@code mvn verify}. {@link #longRun} checks both with the default
 * number of tries, and is skipped unless asked for:
 * <pre>
 * mvn -B -o test -pl samples -am -Dtest=LinkerdToIstioDifferentialTest -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dmeshport.differential.long=true -Djqwik.tries.default=100000
 * </pre>
 * A shrunk counterexample goes to {@link DifferentialRegressionTest}.
 */
class LinkerdToIstioDifferentialTest {

    private final MeshPair pair = new LinkerdToIstioPair();

    @Provide
    Arbitrary<Scenario> scenarios() {
        return LinkerdWorlds.scenarios();
    }

    @Property(tries = 300, seed = "20261129")
    void fullFeaturesDecideAlike(@ForAll("scenarios") Scenario scenario) {
        assertThat(Differential.disagreements(comparisons(scenario), scenario.world(), true)).isEmpty();
    }

    @Property(tries = 300, seed = "20261130")
    void neverWidens(@ForAll("scenarios") Scenario scenario) {
        assertThat(Differential.widenings(comparisons(scenario), scenario.world())).isEmpty();
    }

    @Property(seed = "100000")
    @AddLifecycleHook(IstioToLinkerdDifferentialTest.LongRunOnly.class)
    void longRun(@ForAll("scenarios") Scenario scenario) {
        List<Comparison> comparisons = comparisons(scenario);
        List<String> failures = new ArrayList<>(Differential.disagreements(comparisons, scenario.world(), false));
        failures.addAll(Differential.widenings(comparisons, scenario.world()));
        assertThat(failures).isEmpty();
    }

    private List<Comparison> comparisons(Scenario scenario) {
        return Differential.comparisons(pair, scenario.world().yaml(), scenario.requests());
    }
}
