package dev.meshport.translator.toistio;

import com.fasterxml.jackson.databind.JsonNode;
import dev.meshport.model.Gap;
import dev.meshport.model.ManifestSet;
import dev.meshport.model.load.ManifestLoader;
import dev.meshport.translator.Output;
import dev.meshport.translator.TranslationOptions;
import dev.meshport.translator.TranslationResult;
import dev.meshport.translator.TranslatorTesting;
import dev.meshport.translator.YamlOutput;
import java.nio.file.Path;
import java.util.List;

/** Test helpers for the Linkerd → Istio direction: load, translate, pick outputs and gaps, render. */
final class ToIstio {

    private ToIstio() {}

    static ManifestSet load(String yaml) {
        return TranslatorTesting.load(yaml);
    }

    static ManifestSet load(Path dir) {
        return TranslatorTesting.load(dir);
    }

    static TranslationResult run(ManifestSet set) {
        return LinkerdToIstio.translator().translate(set, TranslationOptions.defaults());
    }

    static TranslationResult run(String yaml) {
        return run(load(yaml));
    }

    /** The outputs loaded back as manifests, as Istio would read them. */
    static ManifestSet reload(TranslationResult r) {
        return new ManifestLoader().loadText("translated.yaml", YamlOutput.write(r.outputs()));
    }

    static List<JsonNode> outputs(TranslationResult r, String kind) {
        return r.outputs().stream().filter(o -> o.kind().equals(kind)).map(Output::object).map(JsonNode.class::cast).toList();
    }

    static List<Gap> gaps(TranslationResult r, IstioGap kind) {
        return r.gaps().stream().filter(g -> g.gap().equals(kind.id())).toList();
    }
}
