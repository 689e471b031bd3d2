package dev.meshport.validator;

import dev.meshport.model.Severity;
import java.util.Map;
import java.util.Set;

/**
 * What a lint run is asked to do.
 *
 * @param assumeComplete the inputs hold every Service, ServiceEntry and Namespace, so "not found" checks may fire
 * @param disabled       rule ids not to run
 * @param enabled        rule ids to run although they are off by default
 * @param severities     severity overrides by rule id
 */
public record LintOptions(boolean assumeComplete, Set<String> disabled, Set<String> enabled,
                          Map<String, Severity> severities) {

    public static final LintOptions DEFAULT = new LintOptions(false, Set.of(), Set.of(), Map.of());

    public LintOptions withAssumeComplete(boolean value) {
        return new LintOptions(value, disabled, enabled, severities);
    }
}
