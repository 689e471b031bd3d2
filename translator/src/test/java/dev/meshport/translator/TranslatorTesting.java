package dev.meshport.translator;

import com.fasterxml.jackson.databind.JsonNode;
import dev.meshport.model.FieldPath;
import dev.meshport.model.Manifest;
import dev.meshport.model.ManifestSet;
import dev.meshport.model.load.InputFiles;
import dev.meshport.model.load.ManifestLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

/** Test helpers both directions can share: load inputs, walk the fields of a document, find silent drops. */
public final class TranslatorTesting {

    private TranslatorTesting() {}

    public static ManifestSet load(String yaml) {
        return new ManifestLoader().loadText("input.yaml", yaml);
    }

    public static ManifestSet load(Path dir) {
        try {
            return new ManifestLoader().load(InputFiles.expand(dir, dir.toString()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Fields in scope that no translation consumed, ignored or reported: "manifest field" each. */
    public static List<String> silentDrops(ManifestSet set, TranslationResult r, BiPredicate<Manifest, FieldPath> inScope) {
        List<String> silent = new ArrayList<>();
        for (Manifest m : set.all()) {
            for (FieldPath f : leaves(m)) {
                if (inScope.test(m, f) && !accounted(r, m, f)) {
                    silent.add(m + " " + f);
                }
            }
        }
        return silent;
    }

    private static boolean accounted(TranslationResult r, Manifest m, FieldPath f) {
        for (FieldTracker.Accounted a : r.accounted()) {
            if (a.manifest() == m && f.startsWith(a.field())) {
                return true;
            }
        }
        return false;
    }

    /** Every field set in the document: scalars, empty maps and empty lists. */
    public static List<FieldPath> leaves(Manifest m) {
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
