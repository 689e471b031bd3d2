package dev.meshport.translator.toistio;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.meshport.model.FieldPath;
import dev.meshport.model.Manifest;
import dev.meshport.model.ManifestSet;
import dev.meshport.model.testing.SharedFolder;
import dev.meshport.translator.FieldTracker;
import dev.meshport.translator.TranslationResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
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
        List<String> silent = new ArrayList<>();
        int linkerdDocuments = 0;
        for (Manifest m : set.all()) {
            linkerdDocuments += m.mesh() == dev.meshport.model.kinds.Mesh.LINKERD ? 1 : 0;
            for (FieldPath f : leaves(m)) {
                if (LinkerdToIstio.inScope(m, f) && !accounted(r, m, f)) {
                    silent.add(m + " " + f);
                }
            }
        }
        assertThat(linkerdDocuments).as("Linkerd documents read").isPositive();
        assertThat(silent).as("fields no translation consumed and no gap reported").isEmpty();
        // Fields the schema does not know (test fixtures of the corpus) are rightly reported by the catch-all.
        java.util.Set<String> unknown = new java.util.HashSet<>();
        for (Manifest m : set.all()) {
            m.unknownFields().forEach(f -> unknown.add(m.file() + " " + m.id().display() + " " + f));
        }
        assertThat(r.gaps()).as("fields only the catch-all reported")
                .filteredOn(g -> g.gap().equals(IstioGap.UNTRANSLATED_FIELD.id()))
                .filteredOn(g -> !unknown.contains(g.location().file() + " " + g.location().resource().display() + " "
                        + g.location().field()))
                .extracting(g -> g.location().file() + " " + g.location().resource().display() + " " + g.location().field())
                .isEmpty();
        long features = r.accounted().stream().filter(a -> a.equivalence() != null).count();
        TranslationResult.Summary s = r.summary();
        assertThat(s.features()).isEqualTo((int) features).isEqualTo(s.full() + s.partial() + s.none());
        System.out.println("summary " + set.files() + " files: " + s);
    }

    private static boolean accounted(TranslationResult r, Manifest m, FieldPath f) {
        for (FieldTracker.Accounted a : r.accounted()) {
            if (a.manifest() == m && f.startsWith(a.field())) {
                return true;
            }
        }
        return false;
    }

    static List<FieldPath> leaves(Manifest m) {
        List<FieldPath> out = new ArrayList<>();
        leaves(m.tree(), FieldPath.ROOT, out);
        return out;
    }

    private static void leaves(JsonNode node, FieldPath path, List<FieldPath> out) {
        if (!node.isContainerNode() || node.isEmpty()) {
            if (!path.isRoot()) {
                out.add(path);
            }
            return;
        }
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                leaves(e.getValue(), path.key(e.getKey()), out);
            }
        } else {
            for (int i = 0; i < node.size(); i++) {
                leaves(node.get(i), path.index(i), out);
            }
        }
    }
}
