package dev.meshport.validator;

import dev.meshport.model.Finding;
import dev.meshport.model.ManifestSet;
import dev.meshport.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The findings of one run, sorted by file, line, column and rule; how many were suppressed (annotation or config)
 * and how many were left out because a baseline already holds them.
 */
public record LintResult(ManifestSet manifests, List<Finding> findings, int suppressed, int baselined) {

    public LintResult(ManifestSet manifests, List<Finding> findings, int suppressed) {
        this(manifests, findings, suppressed, 0);
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    /** True when a finding is at least as severe as {@code threshold}. */
    public boolean hasAtLeast(Severity threshold) {
        return findings.stream().anyMatch(f -> f.severity().atLeast(threshold));
    }

    /** This result without the findings {@code suppressed} accepts; they are counted as suppressed. */
    public LintResult suppress(Predicate<Finding> suppressed) {
        List<Finding> kept = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            if (!suppressed.test(f)) {
                kept.add(f);
            }
        }
        return new LintResult(manifests, List.copyOf(kept), this.suppressed + findings.size() - kept.size(), baselined);
    }

    /** This result with only {@code kept} (a subset of its findings) reported; the others count as baselined. */
    public LintResult keepNew(List<Finding> kept) {
        return new LintResult(manifests, List.copyOf(kept), suppressed, baselined + findings.size() - kept.size());
    }
}
