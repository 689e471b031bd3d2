package dev.meshport.samples.differential;

import com.fasterxml.jackson.databind.JsonNode;
import dev.meshport.model.Equivalence;
import dev.meshport.model.FieldPath;
import dev.meshport.model.Gap;
import dev.meshport.model.Manifest;
import dev.meshport.model.ManifestSet;
import dev.meshport.model.ResourceId;
import dev.meshport.translator.TranslationResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiPredicate;

/** What both {@link MeshPair}s need to pick the gaps that concern a request, and to look up source resources. */
final class InvolvedGaps {

    private InvolvedGaps() {}

    /**
     * The gaps of equivalence partial or none, not of the kinds in {@code notAboutDecisions}, that {@code concerns}
     * accepts by resource and field; a gap without a resource always concerns the request.
     */
    static List<Gap> select(TranslationResult result, Set<String> notAboutDecisions, BiPredicate<ResourceId, FieldPath> concerns) {
        List<Gap> out = new ArrayList<>();
        for (Gap g : result.gaps()) {
            if (g.equivalence() == Equivalence.FULL || notAboutDecisions.contains(g.gap())) {
                continue;
            }
            ResourceId resource = g.location().resource();
            if (resource == null || concerns.test(resource, g.location().field())) {
                out.add(g);
            }
        }
        return out;
    }

    /** The manifest of that kind and name, in that namespace (null: any), or null. */
    static Manifest find(ManifestSet manifests, String kind, String namespace, String name) {
        for (Manifest m : manifests.all()) {
            if (m.kind().equals(kind) && m.id().name().equals(name)
                    && (namespace == null || namespace.equals(m.id().namespaceOr("default")))) {
                return m;
            }
        }
        return null;
    }

    static Map<String, String> labels(JsonNode node) {
        Map<String, String> out = new TreeMap<>();
        node.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
        return out;
    }

    /** Every label of the selector is on {@code labels}. */
    static boolean contains(Map<String, String> labels, Map<String, String> selector) {
        return selector.entrySet().stream().allMatch(e -> e.getValue().equals(labels.get(e.getKey())));
    }
}
