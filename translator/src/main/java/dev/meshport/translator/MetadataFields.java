package dev.meshport.translator;

import dev.meshport.model.FieldPath;
import dev.meshport.model.Manifest;
import java.util.Iterator;
import java.util.List;
import java.util.function.Predicate;

/**
 * Metadata handling both directions share: the bookkeeping fields of source-mesh resources (apiVersion, kind, name,
 * labels, status…) carry no meaning for the target mesh, and mesh keys among the labels and annotations of Kubernetes
 * objects and their pod templates do.
 */
public final class MetadataFields {

    private MetadataFields() {}

    /**
     * Accounts for every field of the manifest outside {@code spec} as ignored, except the annotations that
     * {@code meaningful} selects, which are left to the translation that reads them.
     */
    public static void ignoreBookkeeping(TranslationContext ctx, Manifest m, Predicate<String> meaningful) {
        for (Iterator<String> it = m.tree().fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!field.equals("spec") && !field.equals("metadata")) {
                ctx.tracker().ignore(m, FieldPath.of(field));
            }
        }
        if (m.tree().path("metadata").isEmpty()) {
            ctx.tracker().ignore(m, FieldPath.of("metadata"));
        }
        for (Iterator<String> it = m.tree().path("metadata").fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!field.equals("annotations")) {
                ctx.tracker().ignore(m, FieldPath.of("metadata", field));
            }
        }
        for (Iterator<String> it = m.tree().path("metadata").path("annotations").fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!meaningful.test(key)) {
                ctx.tracker().ignore(m, FieldPath.of("metadata", "annotations", key));
            }
        }
        if (m.tree().path("metadata").path("annotations").isEmpty() && m.tree().path("metadata").has("annotations")) {
            ctx.tracker().ignore(m, FieldPath.of("metadata", "annotations"));
        }
    }

    /**
     * True when the field is a label or annotation of the object or of its pod template
     * ({@code spec.template.metadata}) whose key {@code key} selects.
     */
    public static boolean isLabelOrAnnotation(FieldPath field, Predicate<String> key) {
        List<FieldPath.Segment> segs = field.segments();
        int n = segs.size();
        if (n < 3 || !(segs.get(n - 1) instanceof FieldPath.Key k)
                || !(segs.get(n - 2) instanceof FieldPath.Key section)
                || !(segs.get(n - 3) instanceof FieldPath.Key metadata) || !metadata.name().equals("metadata")) {
            return false;
        }
        boolean atObject = n == 3 || field.toString().startsWith("spec.template.metadata.") && n == 5;
        return atObject && (section.name().equals("labels") || section.name().equals("annotations")) && key.test(k.name());
    }
}
