package dev.meshport.samples.differential;

import dev.meshport.model.Gap;
import dev.meshport.model.ManifestSet;
import dev.meshport.simulator.Decision;
import dev.meshport.simulator.Simulator;
import dev.meshport.translator.TranslationResult;
import java.util.List;

/**
 * One translation direction under differential test: how to translate, how to simulate each side, and which reported
 * gaps concern a request. {@link IstioToLinkerdPair} is the Istio → Linkerd direction (worlds from
 * {@link IstioWorlds}, properties in {@link IstioToLinkerdDifferentialTest}); {@link LinkerdToIstioPair} the Linkerd →
 * Istio one ({@link LinkerdWorlds}, {@link LinkerdToIstioDifferentialTest}).
 */
interface MeshPair {

    /** {@code istio→linkerd}, for messages. */
    String name();

    Simulator source();

    Simulator target();

    TranslationResult translate(ManifestSet sourceManifests);

    /**
     * The gaps (partial or none) reported for source fields that could have handled the request, judged from the
     * source mesh's decision. An empty list puts the request in the set whose decisions must agree.
     */
    List<Gap> gapsInvolved(ManifestSet sourceManifests, TranslationResult result, Decision sourceDecision);
}
