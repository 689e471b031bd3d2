package dev.meshport.validator.linkerd.support;

import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Linkerd compiles route regular expressions with Rust's {@code regex} crate; Java's engine stands in for it after
 * mapping the Python-style named group {@code (?P<name>} that Rust accepts and Java does not. Rust rejects
 * look-around and back-references that Java accepts, so a few expressions Linkerd rejects compile here.
 */
public final class RustRegex {

    private RustRegex() {}

    private static Pattern compile(String regex) {
        return Pattern.compile(regex.replace("(?P<", "(?<"));
    }

    /** Why {@code regex} does not compile, if it does not. */
    public static Optional<String> problem(String regex) {
        try {
            compile(regex);
            return Optional.empty();
        } catch (PatternSyntaxException e) {
            return Optional.of(e.getDescription() + " near index " + e.getIndex());
        }
    }

    /** True when {@code regex} compiles and matches all of {@code text}. */
    public static boolean matchesWhole(String regex, String text) {
        try {
            return compile(regex).matcher(text).matches();
        } catch (PatternSyntaxException e) {
            return false;
        }
    }
}
