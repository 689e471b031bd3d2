package dev.meshport.validator.config;

import dev.meshport.model.Finding;
import dev.meshport.model.Severity;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a {@code .meshport.yaml} asks for: severity overrides by rule id, rules turned off, ignores, and defaults for
 * {@code --fail-on} and {@code --assume-complete}. Flags given on the command line win over it.
 *
 * @param severities     rule id to the severity its findings get
 * @param off            rule ids not to run
 * @param ignores        findings to suppress (counted as suppressed)
 * @param failOn         the {@code --fail-on} level when the command line gives none
 * @param assumeComplete {@code --assume-complete} when the command line says neither it nor its negation
 */
public record LintConfig(Map<String, Severity> severities, Set<String> off, List<IgnoreRule> ignores,
                         Optional<Severity> failOn, Optional<Boolean> assumeComplete) {

    public static final LintConfig EMPTY = new LintConfig(Map.of(), Set.of(), List.of(), Optional.empty(), Optional.empty());

    public LintConfig {
        severities = Map.copyOf(severities);
        off = Set.copyOf(off);
        ignores = List.copyOf(ignores);
    }

    /** True when an ignore entry covers {@code finding}; {@code path} is its file relative to the config. */
    public boolean suppresses(Finding finding, String path) {
        return ignores.stream().anyMatch(i -> i.matches(finding, path));
    }
}
