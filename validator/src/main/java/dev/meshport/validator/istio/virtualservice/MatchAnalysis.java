package dev.meshport.validator.istio.virtualservice;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.meshport.model.Manifest;
import dev.meshport.validator.istio.Fields;
import dev.meshport.validator.istio.Fields.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which rules and matches of one VirtualService section ({@code http}, {@code tcp}, {@code tls}) can never be used,
 * after Istio's analyzeUnreachableHTTPRules (pkg/config/validation/validation.go). Unlike Istio, a rule with matches
 * after a rule without any is reported too: the match-less rule takes every request first.
 */
final class MatchAnalysis {

    record Unreachable(Field rule, String reason) {}

    record Ineffective(Field match, String reason) {}

    private record Seen(int rule, Field field, JsonNode normalised) {}

    private final List<Unreachable> unreachable = new ArrayList<>();
    private final List<Ineffective> ineffective = new ArrayList<>();

    private MatchAnalysis() {}

    static MatchAnalysis of(Manifest vs, String section) {
        MatchAnalysis a = new MatchAnalysis();
        List<Field> rules = Fields.each(vs, "spec." + section + "[*]");
        List<Seen> seen = new ArrayList<>();
        int catchAll = -1;
        for (int r = 0; r < rules.size(); r++) {
            Field rule = rules.get(r);
            List<Field> matches = rule.each("match[*]");
            if (catchAll >= 0) {
                a.unreachable.add(new Unreachable(rule, matches.isEmpty() ? "only the last rule can have no matches"
                        : "rule " + rules.get(catchAll).path() + " has no match and takes every request first"));
                continue;
            }
            if (matches.isEmpty()) {
                catchAll = r;
                continue;
            }
            int duplicates = 0;
            for (Field match : matches) {
                JsonNode normalised = withoutName(match.value());
                Seen earlier = seen.stream().filter(s -> s.normalised().equals(normalised)).findFirst().orElse(null);
                if (earlier != null) {
                    duplicates++;
                    a.ineffective.add(new Ineffective(match, "it repeats " + earlier.field().path()));
                    continue;
                }
                if (section.equals("http")) {
                    coveringPrefix(seen, r, normalised).ifPresent(s -> a.ineffective.add(new Ineffective(match,
                            "the prefix of " + s.field().path() + " already takes these requests")));
                }
                seen.add(new Seen(r, match, normalised));
            }
            if (duplicates == matches.size()) {
                a.unreachable.add(new Unreachable(rule, "all matches used by prior rules"));
            }
        }
        return a;
    }

    List<Unreachable> unreachable() {
        return unreachable;
    }

    List<Ineffective> ineffective() {
        return ineffective;
    }

    /** An earlier rule's match with a shorter uri prefix of the same request and otherwise the same conditions. */
    private static Optional<Seen> coveringPrefix(List<Seen> seen, int rule, JsonNode match) {
        String prefix = match.path("uri").path("prefix").asText(null);
        if (prefix == null) {
            return Optional.empty();
        }
        JsonNode rest = without(match, "uri");
        for (Seen s : seen) {
            String earlier = s.normalised().path("uri").path("prefix").asText(null);
            if (s.rule() != rule && earlier != null && prefix.startsWith(earlier) && !prefix.equals(earlier)
                    && without(s.normalised(), "uri").equals(rest)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    private static JsonNode withoutName(JsonNode match) {
        return without(match, "name");
    }

    private static JsonNode without(JsonNode node, String key) {
        if (!node.isObject() || !node.has(key)) {
            return node;
        }
        ObjectNode copy = ((ObjectNode) node).deepCopy();
        copy.remove(key);
        return copy;
    }
}
