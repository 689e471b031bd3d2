package dev.meshport.translator.tolinkerd;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * An Istio StringMatch (exact, prefix, regex, or presence for headers), with the intersection the first-match
 * analysis needs and its Gateway API form.
 */
record StringMatch(Type type, String value) {

    enum Type { EXACT, PREFIX, REGEX, PRESENT }

    /** The Istio StringMatch node; empty when it has none of the known forms. */
    static Optional<StringMatch> of(JsonNode node) {
        if (node.has("exact")) {
            return Optional.of(new StringMatch(Type.EXACT, node.get("exact").asText()));
        }
        if (node.has("prefix")) {
            return Optional.of(new StringMatch(Type.PREFIX, node.get("prefix").asText()));
        }
        if (node.has("regex")) {
            return Optional.of(new StringMatch(Type.REGEX, node.get("regex").asText()));
        }
        if (node.isObject() && node.isEmpty()) {
            return Optional.of(new StringMatch(Type.PRESENT, ""));
        }
        return Optional.empty();
    }

    /** True for a prefix that matches every value ({@code prefix: ""} or, for paths, {@code /}). */
    boolean matchesEverything(boolean path) {
        return type == Type.PREFIX && (value.isEmpty() || (path && value.equals("/")));
    }

    /** Does the value satisfy the match? (Java regex stands in for RE2 for the value tests the analysis needs.) */
    boolean test(String s) {
        return switch (type) {
            case EXACT -> s.equals(value);
            case PREFIX -> s.startsWith(value);
            case PRESENT -> true;
            case REGEX -> {
                try {
                    yield Pattern.compile(value).matcher(s).matches();
                } catch (PatternSyntaxException e) {
                    yield false;
                }
            }
        };
    }

    /** The outcome of intersecting two conditions on the same value. */
    sealed interface Meet permits Both, Disjoint, Unknown {}

    record Both(StringMatch match) implements Meet {}

    record Disjoint() implements Meet {}

    record Unknown() implements Meet {}

    /** The condition both satisfy, when it can be written as one StringMatch. */
    Meet meet(StringMatch o) {
        if (type == Type.PRESENT) {
            return new Both(o);
        }
        if (o.type == Type.PRESENT) {
            return new Both(this);
        }
        if (type == Type.EXACT) {
            return o.test(value) ? new Both(this) : new Disjoint();
        }
        if (o.type == Type.EXACT) {
            return test(o.value) ? new Both(o) : new Disjoint();
        }
        if (type == Type.PREFIX && o.type == Type.PREFIX) {
            if (value.startsWith(o.value)) {
                return new Both(this);
            }
            return o.value.startsWith(value) ? new Both(o) : new Disjoint();
        }
        return new Unknown();
    }

    /** Characters the Rust regex crate treats as meta (regex::escape). */
    private static final String RUST_META = "\\.+*?()|[]{}^$#&-~";

    static String quote(String literal) {
        StringBuilder out = new StringBuilder();
        for (char c : literal.toCharArray()) {
            if (RUST_META.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /**
     * The Gateway API RegularExpression with the meaning of this match in Linkerd, which accepts a regex match only
     * when the leftmost-first match spans the whole value: anchored and grouped so that alternations match whole.
     */
    String asAnchoredRegex(boolean ignoreCase) {
        String flags = ignoreCase ? "(?i)" : "";
        return switch (type) {
            case EXACT -> flags + "^" + quote(value) + "$";
            case PREFIX -> flags + "^" + quote(value) + ".*$";
            case REGEX -> flags + "^(?:" + value + ")$";
            case PRESENT -> ".*";
        };
    }
}
