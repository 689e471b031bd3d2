package dev.meshport.translator.toistio;

import dev.meshport.model.Manifest;
import dev.meshport.translator.MetadataFields;
import dev.meshport.translator.Translation;
import dev.meshport.translator.TranslationContext;

/**
 * The identity and bookkeeping fields of Linkerd resources and Gateway API routes carry no meaning for Istio: they are
 * accounted for, not counted as features. Linkerd annotations (retries, timeouts) are left to the translation that
 * reads them; keys the Linkerd installer writes (linkerd.io/created-by…) configure nothing.
 */
final class SourceMetadata implements Translation {

    @Override
    public void translate(TranslationContext ctx) {
        for (Manifest m : ctx.manifests().all()) {
            if (LinkerdToIstio.isSourceResource(m)) {
                MetadataFields.ignoreBookkeeping(ctx, m,
                        key -> LinkerdToIstio.isLinkerdKey(key) && !ProxyAnnotations.isInjectedKey(key));
            }
        }
    }
}
