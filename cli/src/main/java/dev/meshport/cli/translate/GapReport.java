package dev.meshport.cli.translate;

import dev.meshport.model.Equivalence;
import dev.meshport.model.Gap;
import dev.meshport.model.Manifest;
import dev.meshport.model.ManifestSet;
import dev.meshport.model.ResourceId;
import dev.meshport.translator.FieldTracker;
import dev.meshport.translator.Output;
import dev.meshport.translator.Provenance;
import dev.meshport.translator.TranslationResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What every report format shows: the result, the file each output was written to (null on standard output), and
 * the per-kind and per-resource views the Markdown and HTML reports group by.
 */
record GapReport(ManifestSet inputs, TranslationResult result, Map<Output, String> outputFiles) {

    /** A source resource with its gaps and the outputs made from it, in input order. */
    record Resource(Manifest manifest, ResourceId id, String file, int document, int line, List<Gap> gaps,
                    List<Output> outputs) {}

    /** Feature counts of one source kind: full, partial, none. */
    record KindCounts(String kind, int full, int partial, int none) {}

    List<Resource> resources() {
        Map<String, Resource> byKey = new LinkedHashMap<>();
        for (var m : inputs.all()) {
            boolean concerned = m.mesh().name().equalsIgnoreCase(result.from())
                    || hasGaps(m.id(), m.file(), m.document()) || producedSomething(m.file(), m.document());
            if (concerned) {
                byKey.put(key(m.file(), m.document(), m.id()), new Resource(m, m.id(), m.file(), m.document(),
                        m.position(dev.meshport.model.FieldPath.ROOT).line(), new ArrayList<>(), new ArrayList<>()));
            }
        }
        for (Gap g : result.gaps()) {
            Resource r = byKey.get(key(g.location().file(), g.location().document(), g.location().resource()));
            if (r != null) {
                r.gaps().add(g);
            }
        }
        for (Output o : result.outputs()) {
            for (Provenance p : o.from()) {
                Resource r = byKey.get(key(p.file(), p.document(), p.resource()));
                if (r != null && !r.outputs().contains(o)) {
                    r.outputs().add(o);
                }
            }
        }
        return new ArrayList<>(byKey.values());
    }

    private boolean hasGaps(ResourceId id, String file, int document) {
        return result.gaps().stream().anyMatch(g -> g.location().file().equals(file)
                && g.location().document() == document && id.equals(g.location().resource()));
    }

    private boolean producedSomething(String file, int document) {
        return result.outputs().stream().anyMatch(o -> o.from().stream()
                .anyMatch(p -> p.file().equals(file) && p.document() == document));
    }

    private static String key(String file, int document, ResourceId id) {
        return file + "#" + document + " " + id;
    }

    /** Features by source kind, sorted by kind. */
    List<KindCounts> byKind() {
        Map<String, int[]> counts = new TreeMap<>();
        for (FieldTracker.Accounted a : result.accounted()) {
            if (a.equivalence() == null) {
                continue;
            }
            int[] c = counts.computeIfAbsent(a.manifest().kind(), k -> new int[3]);
            c[a.equivalence().ordinal()]++;
        }
        List<KindCounts> out = new ArrayList<>();
        counts.forEach((k, c) -> out.add(new KindCounts(k, c[Equivalence.FULL.ordinal()],
                c[Equivalence.PARTIAL.ordinal()], c[Equivalence.NONE.ordinal()])));
        return out;
    }
}
