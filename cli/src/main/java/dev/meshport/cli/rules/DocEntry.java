package dev.meshport.cli.rules;

import dev.meshport.validator.RuleMeta;
import java.util.List;
import java.util.Map;

/**
 * One entry of what {@code meshport rules} lists and {@code meshport explain} shows. Lint rules are the only type
 * today; the translator's gap kinds become a second type ({@code "gap"}, with {@code "equivalence"} among the
 * {@code extra} fields) without changing the renderers.
 *
 * @param type                "rule" (or, later, "gap")
 * @param extra               type-specific fields shown after the common ones, in this order
 * @param needsCompleteInputs the rule runs only with --assume-complete
 */
public record DocEntry(String type, String id, String severity, String summary, String mesh, List<String> kinds,
                       List<String> equivalents, Map<String, String> extra, String docs, String failing,
                       String passing, boolean needsCompleteInputs) {

    public static final String RULE = "rule";

    public static DocEntry of(RuleMeta m) {
        return new DocEntry(RULE, m.id(), m.severity().label(), m.summary(), m.mesh(), List.of(m.kinds()),
                List.of(m.equivalents()), Map.of(), m.docs(), m.failing(), m.passing(), m.needsCompleteInputs());
    }
}
