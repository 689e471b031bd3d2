package dev.meshport.translator.tolinkerd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RegexDerivativeTest {

    private static final List<String> PATTERNS = List.of("/api/v[0-9]+(/.*)?", "/(admin|static)/.*", ".*\\.js",
            "^/a(b|c)*d$", "(/x)+", "/a(?:b?)*c", "/a.?b", "/a[^/]+/\\d+", "/a\\w*", "(?P<n>/ab)|/ac", "/a(?<n>b)c?",
            "/a|/ab|/abc", "/[a-c]+x", "/a\\.b*");

    private static final List<String> TEXTS = List.of("", "/", "/a", "/ab", "/abc", "/api", "/api/v1", "/x/x",
            "/static/", "/a.b", "/a1");

    private static final List<String> RESTS = List.of("", "/", "1", "12", "/x", "/x/x", "d", "bd", "cbd", "b", "bc",
            "c", "x", "bx", "cx", "ab", "/1", "b/12", "/v1", "/v12/z.js", "z.js", ".js", "admin/", "bbb", "e", "min/");

    /** For every text and rest: the pattern matches text + rest exactly when the derivative matches rest. */
    @Test
    void theDerivativeMatchesTheRestOfExactlyTheValuesThatBeginWithTheText() {
        List<String> wrong = new ArrayList<>();
        for (String regex : PATTERNS) {
            Pattern whole = Pattern.compile(regex.replace("(?P<", "(?<"));
            for (String text : TEXTS) {
                Optional<RegexDerivative.Rest> rest = RegexDerivative.after(regex, text);
                assertThat(rest).as(regex + " by " + text).isPresent();
                for (String r : RESTS) {
                    boolean expected = whole.matcher(text + r).matches();
                    boolean actual = !rest.get().empty() && Pattern.compile(rest.get().pattern()).matcher(r).matches();
                    if (expected != actual) {
                        wrong.add(regex + " by '" + text + "' = " + rest.get() + " on '" + r + "'");
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** RE2 refuses a repetition of a repetition ("bad repetition operator"): a repeated optional part is grouped. */
    @Test
    void aRepeatedOptionalPartIsGroupedBeforeItsQuantifier() {
        assertThat(RegexDerivative.after("/a(?:b?)*c", "/a")).hasValue(new RegexDerivative.Rest(false, "(?:(?:b)?)*c"));
        assertThat(RegexDerivative.after("/a(b|c)*d", "/ab")).hasValue(new RegexDerivative.Rest(false, "(?:b|c)*d"));
    }

    @Test
    void syntaxOutsideTheSubsetHasNoAnswer() {
        for (String regex : List.of("/a{2}", "(?i)/a", "/a\\bb", "/a[[:alpha:]]", "/a$b", "/a\\pLb", "/a(b", "/a)")) {
            assertThat(RegexDerivative.after(regex, "/a")).as(regex).isEmpty();
        }
    }

    @Test
    void noValueBeginningWithTheTextIsTheEmptyAnswer() {
        assertThat(RegexDerivative.after("/(admin|static)/.*", "/api")).hasValue(new RegexDerivative.Rest(true, ""));
    }
}
