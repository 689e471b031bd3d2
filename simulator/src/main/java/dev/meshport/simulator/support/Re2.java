package dev.meshport.simulator.support;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * RE2 regular expressions, as Envoy evaluates Istio's {@code regex} StringMatch: the whole value must match.
 * Sources: Istio {@code networking/v1alpha3/virtual_service.proto} StringMatch ("RE2 style regex-based match",
 * https://github.com/google/re2/wiki/Syntax); Envoy {@code type/matcher/v3/regex.proto} RegexMatcher ("The regex match
 * string. The string must be matched in its entirety").
 *
 * <p>Java's java.util.regex is not RE2. The differences handled here:
 * <ul>
 *   <li>RE2 has no look-around, back-references, atomic groups or possessive quantifiers: such a pattern is invalid
 *       (Envoy rejects the configuration), so {@link #compile} refuses it instead of matching what RE2 never would;</li>
 *   <li>RE2 spells named groups {@code (?P<name>…)}: rewritten to Java's {@code (?<name>…)};</li>
 *   <li>RE2 ASCII classes {@code [[:alpha:]]} inside brackets: rewritten to Java's {@code \p{Alpha}};</li>
 *   <li>{@code \d \w \s \b} are ASCII in both (Java without UNICODE_CHARACTER_CLASS), so they need nothing;</li>
 *   <li>RE2 guarantees linear time; Java backtracks, which only matters for run time, not for the result.</li>
 * </ul>
 * Leftmost-first versus leftmost-longest does not matter here because a full match is asked for.
 */
public final class Re2 {

    /** Thrown for a pattern RE2 would reject, with the reason. */
    public static final class UnsupportedPattern extends IllegalArgumentException {
        public UnsupportedPattern(String message) {
            super(message);
        }
    }

    private static final Pattern NOT_RE2 = Pattern.compile(
            "\\(\\?<?[=!]|\\\\[1-9]|\\(\\?>|[*+?}][+]|\\\\k<");
    private static final Map<String, String> POSIX = Map.ofEntries(
            Map.entry("alnum", "\\p{Alnum}"), Map.entry("alpha", "\\p{Alpha}"), Map.entry("ascii", "\\p{ASCII}"),
            Map.entry("blank", "\\p{Blank}"), Map.entry("cntrl", "\\p{Cntrl}"), Map.entry("digit", "\\p{Digit}"),
            Map.entry("graph", "\\p{Graph}"), Map.entry("lower", "\\p{Lower}"), Map.entry("print", "\\p{Print}"),
            Map.entry("punct", "\\p{Punct}"), Map.entry("space", "\\s"), Map.entry("upper", "\\p{Upper}"),
            Map.entry("word", "\\w"), Map.entry("xdigit", "\\p{XDigit}"));
    private static final Pattern POSIX_CLASS = Pattern.compile("\\[:(\\^?)([a-z]+):]");

    private Re2() {}

    public static Pattern compile(String re2) {
        Matcher bad = NOT_RE2.matcher(re2);
        if (bad.find()) {
            throw new UnsupportedPattern("'" + re2 + "' is not RE2 syntax ('" + bad.group() + "': RE2 has no look-around,"
                    + " back-references, atomic groups or possessive quantifiers)");
        }
        String javaPattern = re2.replace("(?P<", "(?<");
        Matcher posix = POSIX_CLASS.matcher(javaPattern);
        StringBuilder out = new StringBuilder();
        while (posix.find()) {
            String cls = POSIX.get(posix.group(2));
            if (cls == null) {
                throw new UnsupportedPattern("'" + re2 + "' names an unknown ASCII class [:" + posix.group(2) + ":]");
            }
            if (!posix.group(1).isEmpty()) {
                cls = cls.startsWith("\\p") ? "\\P" + cls.substring(2) : cls.toUpperCase(Locale.ROOT);
            }
            posix.appendReplacement(out, Matcher.quoteReplacement(cls));
        }
        posix.appendTail(out);
        try {
            return Pattern.compile(out.toString());
        } catch (PatternSyntaxException e) {
            throw new UnsupportedPattern("'" + re2 + "' is not a valid regular expression: " + e.getDescription());
        }
    }

    /** True when the whole of {@code value} matches (Envoy's safe_regex semantics). */
    public static boolean fullMatch(String re2, String value) {
        return compile(re2).matcher(value).matches();
    }
}
