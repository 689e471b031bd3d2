package dev.meshport.translator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.meshport.model.Equivalence;
import dev.meshport.model.FieldPath;
import dev.meshport.model.Gap;
import dev.meshport.model.Manifest;
import dev.meshport.model.ManifestSet;
import dev.meshport.model.ResourceId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Runs one direction's translations over a manifest set and builds the result. */
public final class Translator {

    private final Direction direction;

    public Translator(Direction direction) {
        this.direction = direction;
    }

    public TranslationResult translate(ManifestSet manifests, TranslationOptions options) {
        TranslationContext context = new TranslationContext(manifests, options);
        for (Translation t : direction.translations()) {
            t.translate(context);
        }
        FieldTracker tracker = context.tracker();
        // No silent drops: a field that no translation handled is reported, never left out quietly.
        for (Manifest m : manifests.all()) {
            for (FieldPath field : tracker.untouched(m, direction.inScope())) {
                context.gap(direction.untranslated(), m, field,
                        "'" + field + "' of " + m.kind() + " is not translated by meshport; check by hand what it does");
            }
        }
        List<Output> outputs = context.outputs();
        for (Output o : outputs) {
            annotateSource(o);
        }
        Collections.sort(outputs);
        List<Gap> gaps = new ArrayList<>(context.gaps());
        Collections.sort(gaps);
        return new TranslationResult(direction.from().name().toLowerCase(java.util.Locale.ROOT), direction.to(),
                List.copyOf(outputs), List.copyOf(gaps), summarize(manifests, tracker, outputs), tracker.accounted());
    }

    private TranslationResult.Summary summarize(ManifestSet manifests, FieldTracker tracker, List<Output> outputs) {
        Set<ResourceId> producing = new HashSet<>();
        for (Output o : outputs) {
            for (Provenance p : o.from()) {
                producing.add(p.resource());
            }
        }
        int resources = 0;
        int translated = 0;
        for (Manifest m : manifests.all()) {
            if (direction.concerns(m, tracker)) {
                resources++;
                if (producing.contains(m.id())) {
                    translated++;
                }
            }
        }
        List<Equivalence> features = tracker.allFeatures();
        var counts = features.stream().collect(Collectors.groupingBy(e -> e, Collectors.counting()));
        return new TranslationResult.Summary(resources, translated, features.size(),
                counts.getOrDefault(Equivalence.FULL, 0L).intValue(),
                counts.getOrDefault(Equivalence.PARTIAL, 0L).intValue(),
                counts.getOrDefault(Equivalence.NONE, 0L).intValue());
    }

    private static void annotateSource(Output o) {
        ObjectNode metadata = (ObjectNode) o.object().get("metadata");
        ObjectNode annotations = metadata.has("annotations") ? (ObjectNode) metadata.get("annotations")
                : metadata.putObject("annotations");
        annotations.put(Output.SOURCE_ANNOTATION,
                o.from().stream().map(Provenance::describe).distinct().collect(Collectors.joining("; ")));
    }
}
