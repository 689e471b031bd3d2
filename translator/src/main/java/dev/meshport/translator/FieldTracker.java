package dev.meshport.translator;

import com.fasterxml.jackson.databind.JsonNode;
import dev.meshport.model.Equivalence;
import dev.meshport.model.FieldPath;
import dev.meshport.model.Manifest;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiPredicate;

/**
 * What became of each source field: consumed by a translation (a feature carried over in full), reported by a gap
 * (partial or none), or ignored because it carries no meaning for the target (names, labels of a mesh resource). A
 * record on a field covers everything below it. {@link #untouched} lists the fields no translation accounted for,
 * so that nothing is dropped silently; {@link #features} counts the features for the report summary.
 */
public final class FieldTracker {

    private final Map<Manifest, Map<FieldPath, Equivalence>> features = new IdentityHashMap<>();
    private final Map<Manifest, List<FieldPath>> ignored = new IdentityHashMap<>();

    /** The field was translated with nothing lost. */
    public void consume(Manifest manifest, FieldPath field) {
        record(manifest, field, Equivalence.FULL);
    }

    public void consume(Manifest manifest, String field) {
        consume(manifest, FieldPath.parse(field));
    }

    /** The field was translated, or not, with this equivalence; the worst record on a field wins. */
    public void record(Manifest manifest, FieldPath field, Equivalence equivalence) {
        features.computeIfAbsent(manifest, m -> new TreeMap<>())
                .merge(field, equivalence, (a, b) -> a.compareTo(b) >= 0 ? a : b);
    }

    /** The field carries no meaning for the target (it is not a feature): it is accounted for but not counted. */
    public void ignore(Manifest manifest, FieldPath field) {
        ignored.computeIfAbsent(manifest, m -> new ArrayList<>()).add(field);
    }

    public void ignore(Manifest manifest, String field) {
        ignore(manifest, FieldPath.parse(field));
    }

    /** True when a record on the field or one of its parents accounts for it. */
    public boolean covers(Manifest manifest, FieldPath field) {
        for (FieldPath p : features.getOrDefault(manifest, Map.of()).keySet()) {
            if (field.startsWith(p)) {
                return true;
            }
        }
        for (FieldPath p : ignored.getOrDefault(manifest, List.of())) {
            if (field.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The fields set in the manifest (leaves: scalars, empty maps and lists) that {@code inScope} selects and that no
     * record covers, in document order.
     */
    public List<FieldPath> untouched(Manifest manifest, BiPredicate<Manifest, FieldPath> inScope) {
        List<FieldPath> out = new ArrayList<>();
        walk(manifest, manifest.tree(), FieldPath.ROOT, inScope, out);
        return out;
    }

    private void walk(Manifest m, JsonNode node, FieldPath path, BiPredicate<Manifest, FieldPath> inScope,
                      List<FieldPath> out) {
        if (!path.isRoot() && covers(m, path)) {
            return;
        }
        boolean leaf = !node.isContainerNode() || node.isEmpty();
        if (leaf) {
            if (!path.isRoot() && inScope.test(m, path)) {
                out.add(path);
            }
            return;
        }
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                walk(m, e.getValue(), path.key(e.getKey()), inScope, out);
            }
        } else {
            for (int i = 0; i < node.size(); i++) {
                walk(m, node.get(i), path.index(i), inScope, out);
            }
        }
    }

    /** Every record, by manifest in input order then field: features with their equivalence, ignored fields with null. */
    public List<Accounted> accounted() {
        List<Manifest> manifests = new ArrayList<>(features.keySet());
        for (Manifest m : ignored.keySet()) {
            if (!features.containsKey(m)) {
                manifests.add(m);
            }
        }
        manifests.sort(null);
        List<Accounted> out = new ArrayList<>();
        for (Manifest m : manifests) {
            features.getOrDefault(m, Map.of()).forEach((f, e) -> out.add(new Accounted(m, f, e)));
            for (FieldPath f : ignored.getOrDefault(m, List.of())) {
                out.add(new Accounted(m, f, null));
            }
        }
        return out;
    }

    /** One record: a feature (equivalence set) or an ignored field (equivalence null). */
    public record Accounted(Manifest manifest, FieldPath field, Equivalence equivalence) {}

    /** The features recorded on one manifest, by field, with their equivalence. */
    public Map<FieldPath, Equivalence> features(Manifest manifest) {
        return features.getOrDefault(manifest, Map.of());
    }

    /** Every feature's equivalence, over all manifests. */
    public List<Equivalence> allFeatures() {
        List<Equivalence> out = new ArrayList<>();
        for (Map<FieldPath, Equivalence> perManifest : features.values()) {
            out.addAll(perManifest.values());
        }
        return out;
    }
}
