package dev.meshport.validator.core;

import dev.meshport.model.Finding;
import dev.meshport.validator.LintContext;
import dev.meshport.validator.Reporter;
import dev.meshport.validator.Rule;

/** A rule that reports what loading found under its id: loading already did the work, with the positions. */
abstract class LoadProblemRule implements Rule {

    /** The rule's id, also its {@code @RuleMeta}'s (given here so that a lint reads no annotation). */
    private final String id;

    LoadProblemRule(String id) {
        this.id = id;
    }

    @Override
    public void check(LintContext context, Reporter reporter) {
        for (Finding f : context.manifests().loadFindings()) {
            if (f.rule().equals(id)) {
                reporter.report(f);
            }
        }
    }
}
