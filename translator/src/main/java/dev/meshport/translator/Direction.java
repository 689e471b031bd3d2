package dev.meshport.translator;

import dev.meshport.model.FieldPath;
import dev.meshport.model.Manifest;
import dev.meshport.model.kinds.Mesh;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * One translation direction: the meshes, the translations in the order they run, the source fields that must be
 * accounted for, and the gap kind reported for a field that none of the translations handled.
 *
 * @param inScope the fields that carry meaning for this direction: every field of a source-mesh resource, and the
 *                source-mesh labels and annotations of Kubernetes resources
 */
public record Direction(Mesh from, String to, List<Translation> translations, BiPredicate<Manifest, FieldPath> inScope,
                        GapKind untranslated) {

    /** True when the direction reads this manifest at all. */
    public boolean concerns(Manifest m, FieldTracker tracker) {
        return m.mesh() == from || !tracker.untouched(m, inScope).isEmpty() || !tracker.features(m).isEmpty();
    }
}
