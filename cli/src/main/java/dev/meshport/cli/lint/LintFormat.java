package dev.meshport.cli.lint;

import dev.meshport.validator.LintResult;
import dev.meshport.validator.RuleCatalog;

/** One output format of {@code meshport lint}. */
public interface LintFormat {

    String render(LintResult result, RuleCatalog catalog);
}
