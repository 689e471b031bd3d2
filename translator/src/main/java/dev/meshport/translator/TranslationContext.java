package dev.meshport.translator;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.meshport.model.FieldPath;
import dev.meshport.model.Gap;
import dev.meshport.model.Manifest;
import dev.meshport.model.ManifestSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What one run's translations share: the inputs, the options, the field tracker, and the outputs and gaps so far. */
public final class TranslationContext {

    private final ManifestSet manifests;
    private final TranslationOptions options;
    private final FieldTracker tracker = new FieldTracker();
    private final Map<String, Output> outputs = new LinkedHashMap<>();
    private final List<Gap> gaps = new ArrayList<>();

    public TranslationContext(ManifestSet manifests, TranslationOptions options) {
        this.manifests = manifests;
        this.options = options;
    }

    public ManifestSet manifests() {
        return manifests;
    }

    public TranslationOptions options() {
        return options;
    }

    public FieldTracker tracker() {
        return tracker;
    }

    /** A new, empty object tree to build an output in. */
    public static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    /**
     * Adds a target object made from {@code field} of {@code source}. An object with the same apiVersion, kind,
     * namespace and name that was emitted before is kept (the first one wins) and gains this source.
     */
    public Output emit(ObjectNode object, Manifest source, FieldPath field) {
        Provenance p = Provenance.of(source, field);
        String key = key(object.path("apiVersion").asText(), object.path("kind").asText(),
                object.path("metadata").path("namespace").asText(""), object.path("metadata").path("name").asText());
        Output existing = outputs.get(key);
        if (existing != null) {
            existing.addSource(p);
            return existing;
        }
        Output out = new Output(object, p);
        outputs.put(key, out);
        return out;
    }

    /** An object emitted before, to add to it (an annotation on a Service, say). */
    public Optional<Output> find(String apiVersion, String kind, String namespace, String name) {
        return Optional.ofNullable(outputs.get(key(apiVersion, kind, namespace, name)));
    }

    private static String key(String apiVersion, String kind, String namespace, String name) {
        return apiVersion + " " + kind + " " + namespace + " " + name;
    }

    /**
     * Reports that {@code field} of {@code source} is carried over only partly or not at all; the field counts as one
     * feature with the kind's equivalence, and everything below it is accounted for.
     */
    public void gap(GapKind kind, Manifest source, FieldPath field, String message) {
        tracker.record(source, field, kind.equivalence());
        note(kind, source, field, message);
    }

    public void gap(GapKind kind, Manifest source, String field, String message) {
        gap(kind, source, FieldPath.parse(field), message);
    }

    /**
     * Reports a behaviour change at {@code field} without accounting for the field (an implicit default of the source
     * mesh that the target lacks, say): the field stays to be translated.
     */
    public void note(GapKind kind, Manifest source, FieldPath field, String message) {
        gaps.add(new Gap(kind.id(), kind.equivalence(), kind.severity(), kind.feature(), message, kind.suggestion(),
                source.locate(field)));
    }

    List<Output> outputs() {
        return new ArrayList<>(outputs.values());
    }

    List<Gap> gaps() {
        return gaps;
    }
}
