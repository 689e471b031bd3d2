package dev.meshport.validator;

import dev.meshport.model.ManifestSet;

/** What a rule may read: the loaded manifests and the run's options. */
public record LintContext(ManifestSet manifests, LintOptions options) {}
