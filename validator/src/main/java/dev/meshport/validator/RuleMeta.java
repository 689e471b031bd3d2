package dev.meshport.validator;

import dev.meshport.model.Severity;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A lint rule's metadata, declared once on its class (as Error Prone's {@code @BugPattern}). The catalog,
 * {@code meshport explain}, SARIF rule descriptors and docs/rules.md are all generated from it, and the registry
 * test runs {@link #failing()} and {@link #passing()} as the rule's fixtures.
 *
 * <p>In {@code failing}, a comment line whose {@code ^} stands under a column marks where the rule must report, on
 * the nearest line above that is not a marker: {@code #   ^ unknown-field}. {@code # ^@1 rule-id} marks column 1 of
 * the line above (a caret cannot stand there).
 *
 * <p>What running a rule needs of it is also in the generated {@code BuiltInRuleIndex}, so that a lint reads no
 * annotation: after adding a rule or changing its {@code @RuleMeta}, regenerate the index with the command that
 * {@code BuiltInRuleIndexFileTest} prints.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleMeta {

    /** Stable id, never reused or renamed: SARIF ruleIds, suppressions and baselines depend on it. */
    String id();

    Severity severity();

    /** One line, no final period. */
    String summary();

    /** "istio", "linkerd" or "both". */
    String mesh();

    /** The kinds the rule reads; empty for rules about files or every kind. */
    String[] kinds() default {};

    /** The istioctl analyze codes (IST0101), Kiali codes (KIA1107) or Linkerd webhook / check items it matches. */
    String[] equivalents() default {};

    /** Why it matters and what to do, in Markdown. */
    String docs();

    /** A manifest on which the rule reports, with the expected positions marked. */
    String failing();

    /** A manifest on which the rule stays silent. */
    String passing();

    /** Runs only with --assume-complete: the inputs must hold every Service, ServiceEntry and Namespace. */
    boolean needsCompleteInputs() default false;
}
