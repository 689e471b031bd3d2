package dev.meshport.translator.tolinkerd;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshport.model.FieldPath;
import dev.meshport.model.Manifest;
import dev.meshport.model.ManifestSet;
import dev.meshport.model.testing.SharedFolder;
import dev.meshport.translator.FieldTracker;
import dev.meshport.translator.TranslationResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * No silent drops: every field set in every source document is consumed by a translation or reported by a gap of
 * its own kind (the catch-all "untranslated field" gap does not count), and summary.features counts those fields.
 */
class NoSilentDropTest {

    @Test
    void everyFieldOfTheIstioSamplesIsAccountedFor() {
        check(Translate.load(Path.of("../samples/istio")));
    }

    @Test
    void everyFieldOfTheIstioCorpusIsAccountedFor() {
        check(Translate.load(SharedFolder.require("corpus/istio")));
    }

    @Test
    void aFieldNoTranslationKnowsIsReportedNotDropped() {
        TranslationResult r = Translate.run("""
                apiVersion: networking.istio.io/v1
                kind: DestinationRule
                metadata: {name: reviews, namespace: shop}
                spec:
                  host: reviews
                  trafficPolicy:
                    futureSetting: 3
                ---
                apiVersion: v1
                kind: Service
                metadata: {name: reviews, namespace: shop}
                spec:
                  selector: {app: reviews}
                  ports: [{name: http, port: 9080}]
                """);
        assertThat(Translate.gaps(r, LinkerdGap.UNTRANSLATED_FIELD.id()))
                .extracting(g -> g.location().field().toString())
                .containsExactly("spec.trafficPolicy.futureSetting");
    }

    private static void check(ManifestSet set) {
        TranslationResult r = Translate.run(set);
        List<String> silent = new ArrayList<>();
        int istioDocuments = 0;
        for (Manifest m : set.all()) {
            istioDocuments += m.mesh() == dev.meshport.model.kinds.Mesh.ISTIO ? 1 : 0;
            for (FieldPath f : Translate.leaves(m)) {
                if (IstioToLinkerd.inScope(m, f) && !accounted(r, m, f)) {
                    silent.add(m + " " + f);
                }
            }
        }
        assertThat(istioDocuments).as("Istio documents read").isPositive();
        assertThat(silent).as("fields no translation consumed and no gap reported").isEmpty();
        assertThat(r.gaps()).as("fields only the catch-all reported")
                .filteredOn(g -> g.gap().equals(LinkerdGap.UNTRANSLATED_FIELD.id()))
                .extracting(g -> g.location().file() + " " + g.location().field())
                .isEmpty();
        long features = r.accounted().stream().filter(a -> a.equivalence() != null).count();
        TranslationResult.Summary s = r.summary();
        assertThat(s.features()).isEqualTo((int) features).isEqualTo(s.full() + s.partial() + s.none());
    }

    private static boolean accounted(TranslationResult r, Manifest m, FieldPath f) {
        for (FieldTracker.Accounted a : r.accounted()) {
            if (a.manifest() == m && f.startsWith(a.field())) {
                return true;
            }
        }
        return false;
    }
}
