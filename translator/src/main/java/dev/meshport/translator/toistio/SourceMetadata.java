package dev.meshport.translator.toistio;

import dev.meshport.model.FieldPath;
import dev.meshport.model.Manifest;
import dev.meshport.translator.Translation;
import dev.meshport.translator.TranslationContext;
import java.util.Iterator;

/**
 * The identity and bookkeeping fields of Linkerd and Gateway API resources (apiVersion, kind, name, labels, status…)
 * carry no meaning for Istio: they are accounted for, not counted as features. Linkerd annotations (retries, timeouts)
 * are left to the translation that reads them.
 */
final class SourceMetadata implements Translation {

    @Override
    public void translate(TranslationContext ctx) {
        for (Manifest m : ctx.manifests().all()) {
            if (!LinkerdToIstio.isSourceResource(m)) {
                continue;
            }
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
                if (!LinkerdToIstio.isLinkerdKey(key) || ProxyAnnotations.isInjectedKey(key)) {
                    ctx.tracker().ignore(m, FieldPath.of("metadata", "annotations", key));
                }
            }
            if (m.tree().path("metadata").isEmpty()) {
                ctx.tracker().ignore(m, FieldPath.of("metadata"));
            }
            if (m.tree().path("metadata").path("annotations").isEmpty() && m.tree().path("metadata").has("annotations")) {
                ctx.tracker().ignore(m, FieldPath.of("metadata", "annotations"));
            }
        }
    }
}
