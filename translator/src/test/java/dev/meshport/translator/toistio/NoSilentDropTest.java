package dev.meshport.translator.toistio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshport.model.Manifest;
import dev.meshport.model.ManifestSet;
import dev.meshport.model.kinds.Mesh;
import dev.meshport.model.testing.SharedFolder;
import dev.meshport.translator.TranslationResult;
import dev.meshport.translator.TranslatorTesting;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * No silent drops, Linkerd → Istio: every field in scope of every source document is consumed by a translation or
 * reported by a gap of its own kind (the catch-all "untranslated field" gap does not count), and summary.features
 * counts those fields.
 */
class NoSilentDropTest {

    @Test
    void everyFieldOfTheLinkerdSamplesIsAccountedFor() {
        check(ToIstio.load(Path.of("../samples/linkerd")));
    }

    @Test
    void everyFieldOfTheLinkerdCorpusIsAccountedFor() {
        check(ToIstio.load(SharedFolder.require("corpus/linkerd")));
    }

    @Test
    void aFieldNoTranslationKnowsIsReportedNotDropped() {
        TranslationResult r = ToIstio.run("""
                apiVersion: policy.linkerd.io/v1beta3
                kind: Server
                metadata: {name: web, namespace: shop}
                spec:
                  podSelector: {matchLabels: {app: web}}
                  port: 8080
                  futureSetting: 3
                """);
        assertThat(ToIstio.gaps(r, IstioGap.UNTRANSLATED_FIELD)).extracting(g -> g.location().field().toString())
                .containsExactly("spec.futureSetting");
    }

    private static void check(ManifestSet set) {
        TranslationResult r = ToIstio.run(set);
        assertThat(set.ofMesh(Mesh.LINKERD)).as("Linkerd documents read").isNotEmpty();
        assertThat(TranslatorTesting.silentDrops(set, r, LinkerdToIstio::inScope))
                .as("fields no translation consumed and no gap reported").isEmpty();
        // Fields the schema does not know (test fixtures of the corpus) are rightly reported by the catch-all.
        Set<String> unknown = new HashSet<>();
        for (Manifest m : set.all()) {
            m.unknownFields().forEach(f -> unknown.add(m.file() + " " + m.id().display() + " " + f));
        }
        assertThat(r.gaps()).as("fields only the catch-all reported")
                .filteredOn(g -> g.gap().equals(IstioGap.UNTRANSLATED_FIELD.id()))
                .extracting(g -> g.location().file() + " " + g.location().resource().display() + " " + g.location().field())
                .filteredOn(text -> !unknown.contains(text))
                .isEmpty();
        long features = r.accounted().stream().filter(a -> a.equivalence() != null).count();
        TranslationResult.Summary s = r.summary();
        assertThat(s.features()).isEqualTo((int) features).isEqualTo(s.full() + s.partial() + s.none());
    }
}
