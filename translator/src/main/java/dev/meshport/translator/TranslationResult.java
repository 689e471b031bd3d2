package dev.meshport.translator;

import dev.meshport.model.Gap;
import java.util.List;

/**
 * What a translation run produced: the target objects (sorted by kind, namespace, name) with their provenance, the
 * gaps (sorted by file and position) and the summary counts.
 */
public record TranslationResult(String from, String to, List<Output> outputs, List<Gap> gaps, Summary summary,
                                List<FieldTracker.Accounted> accounted) {

    /**
     * @param resources source resources the direction reads
     * @param translated those of them that produced at least one output object
     * @param features source fields that carry meaning (each one feature), as full + partial + none
     */
    public record Summary(int resources, int translated, int features, int full, int partial, int none) {}

    /** True when a gap has at least this equivalence (PARTIAL: partial or none). */
    public boolean hasGapAtLeast(dev.meshport.model.Equivalence level) {
        return gaps.stream().anyMatch(g -> g.equivalence().compareTo(level) >= 0);
    }
}
