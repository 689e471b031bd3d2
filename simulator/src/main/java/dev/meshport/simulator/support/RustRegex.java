package dev.meshport.simulator.support;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The Rust {@code regex} crate as linkerd2-proxy uses it for HTTPRoute path and header matches: it calls
 * {@code re.find(value)} and accepts only when that leftmost-first match starts at 0 and ends at the end of the value.
 * Sources: linkerd2-proxy {@code linkerd/http/route/src/http/match/path.rs} (MatchPath::Regex) and
 * {@code .../match/header.rs} ("Check that the regex is anchored at the start and end of the value").
 *
 * <p>This is not a full match: {@code /a|/ab} finds {@code /a} in {@code /ab} first and then fails. Java's
 * {@link Matcher#find()} is leftmost-first too (alternatives tried in order, greedy/lazy as written), so it gives the
 * same first match. Rust's {@code \d \w \s} are Unicode-aware by default: compiled with UNICODE_CHARACTER_CLASS.
 * Look-around and back-references do not exist in Rust's crate: refused, as the proxy would refuse the route.
 */
public final class RustRegex {

    private static final Pattern NOT_RUST = Pattern.compile("\\(\\?<?[=!]|\\\\[1-9]|\\(\\?>|[*+?}][+]");

    private RustRegex() {}

    public static Pattern compile(String regex) {
        Matcher bad = NOT_RUST.matcher(regex);
        if (bad.find()) {
            throw new Re2.UnsupportedPattern("'" + regex + "' is not Rust regex syntax ('" + bad.group() + "')");
        }
        try {
            return Pattern.compile(regex.replace("(?P<", "(?<"), Pattern.UNICODE_CHARACTER_CLASS);
        } catch (PatternSyntaxException e) {
            throw new Re2.UnsupportedPattern("'" + regex + "' is not a valid regular expression: " + e.getDescription());
        }
    }

    /** linkerd2-proxy's check: the first (leftmost-first) match spans the whole value. */
    public static boolean firstMatchSpansWhole(String regex, String value) {
        Matcher m = compile(regex).matcher(value);
        return m.find() && m.start() == 0 && m.end() == value.length();
    }
}
