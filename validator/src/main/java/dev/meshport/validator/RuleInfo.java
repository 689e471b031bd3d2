package dev.meshport.validator;

import dev.meshport.model.Severity;
import java.util.List;

/**
 * What running a rule needs of its {@link RuleMeta}: no documentation or fixtures. The built-in rules' are generated
 * ({@code BuiltInRuleIndex}), so that a lint reads no annotation: parsing 130 {@code @RuleMeta}s with their long docs
 * and fixture text blocks cost ~20 ms of a one-file lint.
 */
public record RuleInfo(String id, Severity severity, String mesh, List<String> kinds, boolean needsCompleteInputs) {

    public RuleInfo {
        kinds = List.copyOf(kinds);
    }

    public static RuleInfo of(RuleMeta meta) {
        return new RuleInfo(meta.id(), meta.severity(), meta.mesh(), List.of(meta.kinds()), meta.needsCompleteInputs());
    }
}
