package dev.meshport.validator;

import dev.meshport.model.Finding;
import dev.meshport.model.ManifestSet;
import dev.meshport.model.Severity;
import java.util.List;

/** The findings of one run, sorted by file, line, column and rule, and how many were suppressed. */
public record LintResult(ManifestSet manifests, List<Finding> findings, int suppressed) {

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    /** True when a finding is at least as severe as {@code threshold}. */
    public boolean hasAtLeast(Severity threshold) {
        return findings.stream().anyMatch(f -> f.severity().atLeast(threshold));
    }
}
