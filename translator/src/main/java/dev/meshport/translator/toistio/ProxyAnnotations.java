package dev.meshport.translator.toistio;

import dev.meshport.model.FieldPath;
import dev.meshport.model.Manifest;
import dev.meshport.translator.Translation;
import dev.meshport.translator.TranslationContext;
import java.util.List;

/** Injection and proxy annotations (placeholder until written). */
final class ProxyAnnotations implements Translation {

    @Override
    public void translate(TranslationContext ctx) {
    }

    /** Linkerd labels and annotations of objects and pod templates, and Service appProtocols. */
    static boolean inScope(Manifest m, FieldPath field) {
        String text = field.toString();
        if (m.kind().equals("Service") && text.matches("spec\\.ports\\[\\d+]\\.appProtocol")) {
            return m.at(field).asText().startsWith("linkerd.io/");
        }
        List<FieldPath.Segment> segs = field.segments();
        int n = segs.size();
        if (n < 3 || !(segs.get(n - 1) instanceof FieldPath.Key key)
                || !(segs.get(n - 2) instanceof FieldPath.Key section)
                || !(segs.get(n - 3) instanceof FieldPath.Key metadata) || !metadata.name().equals("metadata")) {
            return false;
        }
        boolean atObject = n == 3 || text.startsWith("spec.template.metadata.") && n == 5;
        return atObject && (section.name().equals("labels") || section.name().equals("annotations"))
                && LinkerdToIstio.isLinkerdKey(key.name());
    }
}
