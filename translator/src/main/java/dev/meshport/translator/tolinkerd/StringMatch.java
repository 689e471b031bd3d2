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

    /**
     * The same condition with ASCII letters lower-cased, for case-insensitive exact and prefix matches: Envoy's
     * {@code ignore_case} folds ASCII only (envoy common/matchers.cc, absl::EqualsIgnoreCase / StartsWithIgnoreCase).
     */
    StringMatch folded() {
        StringBuilder out = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            out.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
        }
        return new StringMatch(type, out.toString());
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
        if (prefixForm() != this || o.prefixForm() != o) {
            return prefixForm().meet(o.prefixForm());
        }
        if (type == Type.PREFIX && o.type == Type.PREFIX) {
            if (value.startsWith(o.value)) {
                return new Both(this);
            }
            return o.value.startsWith(value) ? new Both(o) : new Disjoint();
        }
        if (type == Type.PREFIX) {
            return prefixAndRegex(value, o);
        }
        if (o.type == Type.PREFIX) {
            return prefixAndRegex(o.value, this);
        }
        if (value.equals(o.value)) {
            return new Both(this);
        }
        return compatible(literalPrefix(value), literalPrefix(o.value)) ? new Unknown() : new Disjoint();
    }

    /**
     * A prefix and a regex: when every value the regex matches begins with the prefix, the regex alone; when no value
     * can begin with both the prefix and the regex's literal prefix, nothing; otherwise the prefix followed by the
     * regex's derivative by it (the rest of the values that begin with the prefix), when it can be computed.
     */
    private static Meet prefixAndRegex(String prefix, StringMatch regex) {
        String literal = literalPrefix(regex.value);
        if (literal.startsWith(prefix)) {
            return new Both(regex);
        }
        if (!compatible(prefix, literal)) {
            return new Disjoint();
        }
        Optional<RegexDerivative.Rest> rest = RegexDerivative.after(regex.value, prefix);
        if (rest.isEmpty()) {
            return new Unknown();
        }
        if (rest.get().empty()) {
            return new Disjoint();
        }
        String pattern = rest.get().pattern();
        if (pattern.isEmpty()) {
            return new Both(new StringMatch(Type.EXACT, prefix));
        }
        if (pattern.equals(".*")) {
            return new Both(new StringMatch(Type.PREFIX, prefix));
        }
        return new Both(new StringMatch(Type.REGEX, RegexDerivative.quote(prefix) + "(?:" + pattern + ")"));
    }

    /**
     * A regex that is a literal followed by {@code .*} as the prefix match it equals ({@code .} matches every
     * character but a newline, which neither paths nor header values contain); otherwise this match.
     */
    StringMatch prefixForm() {
        if (type != Type.REGEX) {
            return this;
        }
        LiteralRun run = literalRun(value);
        return run.rest().equals(".*") || run.rest().equals(".*$") ? new StringMatch(Type.PREFIX, run.text()) : this;
    }

    /** True when some string begins with both. */
    private static boolean compatible(String a, String b) {
        return a.startsWith(b) || b.startsWith(a);
    }

    /** Characters that end the literal run of a pattern: RE2 operators (re2/wiki/Syntax). */
    private static final String RE2_OPERATORS = ".[]()|^$*+?{}\\";

    /**
     * Text that every full match of the RE2 pattern begins with: the run of literal characters from its start (after
     * {@code ^} or {@code \A}), escaped punctuation included, up to the first operator. A literal that a {@code *},
     * {@code ?} or {@code {n,m}} repeats may be absent, so the run ends before it; {@code +} keeps it once. A
     * top-level {@code |} anywhere means an alternative may begin otherwise: the answer is "". Shorter than the true
     * literal prefix is always safe (every match still begins with it); "" says nothing. Flags such as {@code (?i)}
     * are groups, which end the run, and apply only after themselves (RE2 syntax: "Flags ... set for the current
     * group"). Escape letters ({@code \d}, {@code \Q}, {@code \x41}, ...) end the run.
     */
    static String literalPrefix(String regex) {
        return literalRun(regex).text();
    }

    /** The literal prefix of a pattern and the pattern after it ({@code rest} is the whole pattern when unknown). */
    private record LiteralRun(String text, String rest) {}

    private static LiteralRun literalRun(String regex) {
        if (hasTopLevelAlternation(regex)) {
            return new LiteralRun("", regex);
        }
        int i = 0;
        while (true) {
            if (regex.startsWith("^", i)) {
                i += 1;
            } else if (regex.startsWith("\\A", i)) {
                i += 2;
            } else {
                break;
            }
        }
        StringBuilder out = new StringBuilder();
        while (i < regex.length()) {
            int c = regex.codePointAt(i);
            int width;
            int literal;
            if (c == '\\') {
                if (i + 1 >= regex.length()) {
                    break;
                }
                int escaped = regex.codePointAt(i + 1);
                if (escaped >= 128 || Character.isLetterOrDigit(escaped) || Character.isWhitespace(escaped)) {
                    break;
                }
                literal = escaped;
                width = 1 + Character.charCount(escaped);
            } else if (c < 128 && RE2_OPERATORS.indexOf(c) >= 0) {
                break;
            } else {
                literal = c;
                width = Character.charCount(c);
            }
            int next = i + width < regex.length() ? regex.charAt(i + width) : -1;
            if (next == '*' || next == '?' || next == '{') {
                break;
            }
            out.appendCodePoint(literal);
            if (next == '+') {
                break;
            }
            i += width;
        }
        return new LiteralRun(out.toString(), regex.substring(i));
    }

    /** True when the pattern has a {@code |} outside every group and character class. */
    private static boolean hasTopLevelAlternation(String regex) {
        int depth = 0;
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                if (regex.startsWith("Q", i + 1)) {
                    int end = regex.indexOf("\\E", i + 2);
                    if (end < 0) {
                        return false;
                    }
                    i = end + 1;
                } else {
                    i++;
                }
            } else if (inClass) {
                if (c == '[' && regex.startsWith("[:", i)) {
                    int end = regex.indexOf(":]", i + 2);
                    i = end < 0 ? i : end + 1;
                } else if (c == ']') {
                    inClass = false;
                }
            } else if (c == '[') {
                inClass = true;
                // A ']' first in the class (after an optional '^') is a literal.
                if (regex.startsWith("^", i + 1)) {
                    i++;
                }
                if (regex.startsWith("]", i + 1)) {
                    i++;
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                return true;
            }
        }
        return false;
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
