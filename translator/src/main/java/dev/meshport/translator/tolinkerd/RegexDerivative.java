package dev.meshport.translator.tolinkerd;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The values of an RE2 full-match pattern that begin with a given text, as a pattern for the rest of the value: the
 * Brzozowski derivative of the pattern by the text (J. Brzozowski, "Derivatives of Regular Expressions", JACM 1964).
 * The prefix × regex intersection is then the quoted prefix followed by the derivative.
 *
 * <p>Only a subset of RE2 syntax (https://github.com/google/re2/wiki/Syntax) is read: literals and escaped punctuation,
 * {@code .}, bracket classes without POSIX names, {@code \d \w} and their negations, groups ({@code (…)},
 * {@code (?:…)}, named), {@code |}, {@code * + ?} (greedy or lazy: the same values for a full match), a leading
 * {@code ^} and a trailing {@code $}. Anything else (counted repetition, flags, other anchors or escapes) gives no
 * answer. The derivative is written back with the same constructs, so it means the same in RE2 and, anchored, in
 * Rust's regex crate as the source pattern does.
 */
final class RegexDerivative {

    /** The derivative: {@code empty} when no value begins with the text, else the pattern for the rest. */
    record Rest(boolean empty, String pattern) {}

    private static final String META = "\\.+*?()|[]{}^$";
    private static final int MAX_NODES = 400;

    private sealed interface Node permits Eps, Nothing, Lit, Cls, Seq, Alt, Star {}

    /** The empty string. */
    private record Eps() implements Node {}

    /** No string at all. */
    private record Nothing() implements Node {}

    private record Lit(int codePoint) implements Node {}

    /** A one-character class, by its RE2 text, which java.util.regex reads the same way for one character. */
    private record Cls(String text) implements Node {
        boolean test(int c) {
            int flags = text.equals(".") ? Pattern.DOTALL : 0;
            return Pattern.compile(text, flags).matcher(new String(Character.toChars(c))).matches();
        }
    }

    private record Seq(List<Node> items) implements Node {}

    private record Alt(List<Node> options) implements Node {}

    private record Star(Node body) implements Node {}

    private static final Node EPS = new Eps();
    private static final Node NOTHING = new Nothing();

    private final String source;
    private int pos;

    private RegexDerivative(String source) {
        this.source = source;
    }

    /** The derivative of the RE2 pattern by the text, or empty when the pattern is outside the subset read. */
    static Optional<Rest> after(String regex, String text) {
        String body = regex;
        if (body.startsWith("^")) {
            body = body.substring(1);
        }
        if (body.endsWith("$") && trailingBackslashes(body, body.length() - 1) % 2 == 0) {
            body = body.substring(0, body.length() - 1);
        }
        Node node;
        try {
            RegexDerivative parser = new RegexDerivative(body);
            node = parser.alternation();
            if (parser.pos != body.length()) {
                return Optional.empty();
            }
        } catch (Unsupported e) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            node = derive(node, text.codePointAt(i));
            if (size(node) > MAX_NODES) {
                return Optional.empty();
            }
        }
        return Optional.of(node instanceof Nothing ? new Rest(true, "") : new Rest(false, print(node)));
    }

    private static int trailingBackslashes(String s, int end) {
        int n = 0;
        for (int i = end - 1; i >= 0 && s.charAt(i) == '\\'; i--) {
            n++;
        }
        return n;
    }

    /** Thrown for syntax outside the subset. */
    private static final class Unsupported extends RuntimeException {
        Unsupported() {
            super(null, null, false, false);
        }
    }

    // ---- parsing ----

    private Node alternation() {
        List<Node> options = new ArrayList<>();
        options.add(sequence());
        while (pos < source.length() && source.charAt(pos) == '|') {
            pos++;
            options.add(sequence());
        }
        return alt(options);
    }

    private Node sequence() {
        List<Node> items = new ArrayList<>();
        while (pos < source.length() && source.charAt(pos) != '|' && source.charAt(pos) != ')') {
            items.add(repetition());
        }
        return seq(items);
    }

    private Node repetition() {
        Node atom = atom();
        while (pos < source.length() && "*+?".indexOf(source.charAt(pos)) >= 0) {
            char op = source.charAt(pos++);
            if (pos < source.length() && source.charAt(pos) == '?') {
                pos++; // lazy: the same set of full matches
            }
            atom = switch (op) {
                case '*' -> new Star(atom);
                case '+' -> seq(List.of(atom, new Star(atom)));
                default -> alt(List.of(atom, EPS));
            };
        }
        if (pos < source.length() && source.charAt(pos) == '{') {
            throw new Unsupported();
        }
        return atom;
    }

    private Node atom() {
        int c = source.codePointAt(pos);
        switch (c) {
            case '(' -> {
                pos++;
                if (source.startsWith("?:", pos)) {
                    pos += 2;
                } else if (source.startsWith("?P<", pos) || source.startsWith("?<", pos)) {
                    int end = source.indexOf('>', pos);
                    if (end < 0) {
                        throw new Unsupported();
                    }
                    pos = end + 1;
                } else if (source.startsWith("?", pos)) {
                    throw new Unsupported();
                }
                Node inner = alternation();
                if (pos >= source.length() || source.charAt(pos) != ')') {
                    throw new Unsupported();
                }
                pos++;
                return inner;
            }
            case '[' -> {
                return bracketClass();
            }
            case '.' -> {
                pos++;
                return new Cls(".");
            }
            case '\\' -> {
                if (pos + 1 >= source.length()) {
                    throw new Unsupported();
                }
                int e = source.codePointAt(pos + 1);
                // \d and \w are ASCII in RE2 and in java.util.regex; \s differs (RE2 leaves out \v).
                if (e < 128 && "dDwW".indexOf(e) >= 0) {
                    pos += 2;
                    return new Cls("\\" + (char) e);
                }
                if (e < 128 && !Character.isLetterOrDigit(e) && !Character.isWhitespace(e)) {
                    pos += 2;
                    return new Lit(e);
                }
                throw new Unsupported();
            }
            default -> {
                if (c < 128 && META.indexOf(c) >= 0) {
                    throw new Unsupported();
                }
                pos += Character.charCount(c);
                return new Lit(c);
            }
        }
    }

    private Node bracketClass() {
        int start = pos;
        int i = pos + 1;
        if (source.startsWith("^", i)) {
            i++;
        }
        if (source.startsWith("]", i)) {
            i++;
        }
        while (i < source.length() && source.charAt(i) != ']') {
            if (source.startsWith("[:", i)) {
                throw new Unsupported();
            }
            i += source.charAt(i) == '\\' ? 2 : 1;
        }
        if (i >= source.length()) {
            throw new Unsupported();
        }
        pos = i + 1;
        String text = source.substring(start, pos);
        try {
            Pattern.compile(text);
        } catch (PatternSyntaxException e) {
            throw new Unsupported();
        }
        return new Cls(text);
    }

    // ---- smart constructors: keep the expressions small ----

    private static Node seq(List<Node> items) {
        List<Node> out = new ArrayList<>();
        for (Node n : items) {
            if (n instanceof Nothing) {
                return NOTHING;
            }
            if (n instanceof Seq s) {
                out.addAll(s.items());
            } else if (!(n instanceof Eps)) {
                out.add(n);
            }
        }
        return out.isEmpty() ? EPS : out.size() == 1 ? out.get(0) : new Seq(List.copyOf(out));
    }

    private static Node alt(List<Node> options) {
        List<Node> out = new ArrayList<>();
        for (Node n : options) {
            List<Node> flat = n instanceof Alt a ? a.options() : List.of(n);
            for (Node f : flat) {
                if (!(f instanceof Nothing) && !out.contains(f)) {
                    out.add(f);
                }
            }
        }
        return out.isEmpty() ? NOTHING : out.size() == 1 ? out.get(0) : new Alt(List.copyOf(out));
    }

    // ---- the derivative ----

    private static boolean nullable(Node n) {
        if (n instanceof Eps || n instanceof Star) {
            return true;
        }
        if (n instanceof Seq s) {
            return s.items().stream().allMatch(RegexDerivative::nullable);
        }
        if (n instanceof Alt a) {
            return a.options().stream().anyMatch(RegexDerivative::nullable);
        }
        return false;
    }

    private static Node derive(Node n, int c) {
        if (n instanceof Lit l) {
            return l.codePoint() == c ? EPS : NOTHING;
        }
        if (n instanceof Cls k) {
            // RE2's "." takes every character but a newline; a class takes what it lists.
            boolean dotNewline = k.text().equals(".") && c == '\n';
            return !dotNewline && k.test(c) ? EPS : NOTHING;
        }
        if (n instanceof Star s) {
            return seq(List.of(derive(s.body(), c), s));
        }
        if (n instanceof Alt a) {
            return alt(a.options().stream().map(o -> derive(o, c)).toList());
        }
        if (n instanceof Seq s) {
            Node head = s.items().get(0);
            Node tail = seq(s.items().subList(1, s.items().size()));
            Node first = seq(List.of(derive(head, c), tail));
            return nullable(head) ? alt(List.of(first, derive(tail, c))) : first;
        }
        return NOTHING;
    }

    private static int size(Node n) {
        if (n instanceof Seq s) {
            return 1 + s.items().stream().mapToInt(RegexDerivative::size).sum();
        }
        if (n instanceof Alt a) {
            return 1 + a.options().stream().mapToInt(RegexDerivative::size).sum();
        }
        return n instanceof Star s ? 1 + size(s.body()) : 1;
    }

    // ---- writing back ----

    private static String print(Node n) {
        if (n instanceof Lit l) {
            return literal(l.codePoint());
        }
        if (n instanceof Cls c) {
            return c.text();
        }
        if (n instanceof Star s) {
            return atom(s.body()) + "*";
        }
        if (n instanceof Seq s) {
            StringBuilder out = new StringBuilder();
            // An alternation in a sequence needs a group, unless it is an optional one, which prints as a group.
            s.items().forEach(i -> out.append(i instanceof Alt a && !a.options().contains(EPS) ? "(?:" + print(i) + ")"
                    : print(i)));
            return out.toString();
        }
        if (n instanceof Alt a) {
            List<String> options = a.options().stream().filter(o -> !(o instanceof Eps)).map(RegexDerivative::print).toList();
            String joined = String.join("|", options);
            return options.size() < a.options().size() ? "(?:" + joined + ")?" : joined;
        }
        if (n instanceof Eps) {
            return "";
        }
        throw new IllegalStateException("the empty language has no pattern in this subset");
    }

    private static String atom(Node n) {
        return n instanceof Lit || n instanceof Cls ? print(n) : "(?:" + print(n) + ")";
    }

    /** A literal character in RE2 and Rust syntax: punctuation that is an operator is escaped. */
    static String literal(int c) {
        String s = new String(Character.toChars(c));
        return c < 128 && META.indexOf(c) >= 0 ? "\\" + s : s;
    }

    /** The text as an RE2 (and Rust) pattern that matches exactly it. */
    static String quote(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> out.append(literal(c)));
        return out.toString();
    }
}
