package dev.meshport.translator.tolinkerd;

import dev.meshport.model.FieldPath;
import dev.meshport.model.Manifest;
import dev.meshport.model.kinds.Mesh;
import dev.meshport.translator.Translation;
import dev.meshport.translator.TranslationContext;
import java.util.Iterator;
import java.util.Set;

/**
 * The identity and bookkeeping fields of Istio resources (apiVersion, kind, name, labels, status…) carry no meaning for
 * Linkerd: they are accounted for, not counted as features. Annotations that do mean something are left to the
 * translation of their kind.
 */
public final class ResourceMetadata implements Translation {

    /** Annotations of Istio resources that a translation reads. */
    static final Set<String> MEANINGFUL_ANNOTATIONS = Set.of("istio.io/dry-run");

    @Override
    public void translate(TranslationContext ctx) {
        for (Manifest m : ctx.manifests().ofMesh(Mesh.ISTIO)) {
            for (Iterator<String> it = m.tree().fieldNames(); it.hasNext(); ) {
                String field = it.next();
                if (!field.equals("spec") && !field.equals("metadata")) {
                    ctx.tracker().ignore(m, FieldPath.of(field));
                }
            }
            for (Iterator<String> it = m.tree().path("metadata").fieldNames(); it.hasNext(); ) {
                String field = it.next();
                if (!field.equals("annotations")) {
                    ctx.tracker().ignore(m, FieldPath.of("metadata", field));
                }
            }
            for (Iterator<String> it = m.tree().path("metadata").path("annotations").fieldNames(); it.hasNext(); ) {
                String key = it.next();
                if (!MEANINGFUL_ANNOTATIONS.contains(key)) {
                    ctx.tracker().ignore(m, FieldPath.of("metadata", "annotations", key));
                }
            }
            if (m.tree().path("metadata").path("annotations").isEmpty() && m.tree().path("metadata").has("annotations")) {
                ctx.tracker().ignore(m, FieldPath.of("metadata", "annotations"));
            }
        }
    }
}
