package dev.meshport.validator.config;

import dev.meshport.model.Finding;
import java.util.List;

/**
 * One entry of the config's {@code ignore:} list: findings of {@code rule} ("*" for every rule) in a file matching
 * one of {@code paths} and on a resource matching one of {@code resources}. An empty list does not narrow.
 */
public record IgnoreRule(String rule, List<Glob> paths, List<ResourcePattern> resources) {

    public static final String ANY_RULE = "*";

    public IgnoreRule {
        paths = List.copyOf(paths);
        resources = List.copyOf(resources);
    }

    /** {@code path} is the finding's file as the config's globs see it (relative to the config's directory). */
    public boolean matches(Finding finding, String path) {
        if (!rule.equals(ANY_RULE) && !rule.equals(finding.rule())) {
            return false;
        }
        if (!paths.isEmpty() && paths.stream().noneMatch(g -> g.matches(path))) {
            return false;
        }
        return resources.isEmpty() || resources.stream().anyMatch(r -> r.matches(finding.location().resource()));
    }
}
