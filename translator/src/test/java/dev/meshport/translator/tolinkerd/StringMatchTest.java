package dev.meshport.translator.tolinkerd;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshport.translator.tolinkerd.StringMatch.Type;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The intersections the first-match analysis writes: each answer must be exact (Both: the same values as both
 * conditions; Disjoint: no value satisfies both), checked here against the values themselves.
 */
class StringMatchTest {

    private static StringMatch prefix(String p) {
        return new StringMatch(Type.PREFIX, p);
    }

    private static StringMatch regex(String r) {
        return new StringMatch(Type.REGEX, r);
    }

    @ParameterizedTest(name = "literal prefix of {0} is \"{1}\"")
    @CsvSource(delimiter = ' ', emptyValue = "''", value = {
            "/api/v[0-9]+(/.*)? /api/v",
            "^/api/v1$ /api/v1",
            "\\A/api /api",
            "/api/v1* /api/v",
            "/api/v1? /api/v",
            "/api/v1{0,2} /api/v",
            "/api/v1+ /api/v1",
            "/a\\.b.* /a.b",
            "/a\\/b /a/b",
            "/a\\db /a",
            "/a\\Qx\\E /a",
            "/api|/web ''",
            "(/api)|/web ''",
            "/a(b|c) /a",
            "/a[|]b /a",
            "/a(?i)B /a",
            "(?i)/api ''",
            ".* ''",
            "/é+x /é",
    })
    void literalPrefixIsTextEveryMatchBeginsWith(String regex, String literal) {
        assertThat(StringMatch.literalPrefix(regex.equals("''") ? "" : regex)).isEqualTo(literal.equals("''") ? "" : literal);
    }

    @Test
    void aPrefixCoveringTheRegexsLiteralPrefixMeetsInTheRegex() {
        StringMatch r = regex("/api/v[0-9]+(/.*)?");
        assertThat(prefix("/api").meet(r)).isEqualTo(new StringMatch.Both(r));
        assertThat(r.meet(prefix("/api/v"))).isEqualTo(new StringMatch.Both(r));
    }

    @Test
    void aPrefixThatNoMatchOfTheRegexCanBeginWithIsDisjoint() {
        assertThat(prefix("/web").meet(regex("/api/v[0-9]+"))).isInstanceOf(StringMatch.Disjoint.class);
        assertThat(regex("/api/v[0-9]+").meet(prefix("/apix"))).isInstanceOf(StringMatch.Disjoint.class);
    }

    @Test
    void aPrefixLongerThanTheRegexsLiteralPrefixMeetsInThePrefixAndTheRegexsDerivative() {
        assertThat(prefix("/api/v1").meet(regex("/api/v[0-9]+(/.*)?")))
                .isEqualTo(new StringMatch.Both(regex("/api/v1(?:[0-9]*(?:/.*)?)")));
        assertThat(prefix("/api").meet(regex("/api|/web"))).isEqualTo(new StringMatch.Both(new StringMatch(Type.EXACT, "/api")));
        assertThat(prefix("/api").meet(regex("/(admin|static)/.*"))).isInstanceOf(StringMatch.Disjoint.class);
        assertThat(prefix("/static/a").meet(regex("/(admin|static)/.*"))).isEqualTo(new StringMatch.Both(prefix("/static/a")));
        assertThat(prefix("/api").meet(regex(".*\\.js"))).isEqualTo(new StringMatch.Both(regex("/api(?:.*\\.js)")));
    }

    @Test
    void aRegexOutsideTheSubsetTheDerivativeReadsStaysUnknown() {
        assertThat(prefix("/api/v1").meet(regex("/api/v[0-9]{1,3}"))).isInstanceOf(StringMatch.Unknown.class);
        assertThat(prefix("/api").meet(regex("(?i)/API/.*"))).isInstanceOf(StringMatch.Unknown.class);
        assertThat(prefix("/api").meet(regex("/a[[:alpha:]]+"))).isInstanceOf(StringMatch.Unknown.class);
        assertThat(prefix("/api").meet(regex("/a\\bpi"))).isInstanceOf(StringMatch.Unknown.class);
    }

    @Test
    void aRegexThatIsALiteralAndDotStarMeetsAsThePrefixItEquals() {
        assertThat(prefix("/ab").meet(regex("/a.*"))).isEqualTo(new StringMatch.Both(prefix("/ab")));
        assertThat(regex("^/api/.*$").meet(regex("/api/v1/.*"))).isEqualTo(new StringMatch.Both(prefix("/api/v1/")));
        assertThat(regex("/a.*").meet(prefix("/b"))).isInstanceOf(StringMatch.Disjoint.class);
        assertThat(regex("/ab*.*").prefixForm()).isEqualTo(regex("/ab*.*"));
        assertThat(regex("/ab+.*").prefixForm()).isEqualTo(regex("/ab+.*"));
        assertThat(regex("/a.*|/b.*").prefixForm()).isEqualTo(regex("/a.*|/b.*"));
    }

    @Test
    void twoRegexesMeetWhenEqualAndAreDisjointWhenTheirLiteralPrefixesDiffer() {
        StringMatch r = regex("/api/v[0-9]+");
        assertThat(r.meet(regex("/api/v[0-9]+"))).isEqualTo(new StringMatch.Both(r));
        assertThat(r.meet(regex("/web/.*"))).isInstanceOf(StringMatch.Disjoint.class);
        assertThat(r.meet(regex("/api/[a-z]+"))).isInstanceOf(StringMatch.Unknown.class);
        assertThat(r.meet(regex("(?i)/web"))).isInstanceOf(StringMatch.Unknown.class);
    }

    /** Every pair of a pool of conditions, against every value of a pool: Both and Disjoint must be exact. */
    @Test
    void everyAnswerIsExactOnSampleValues() {
        List<StringMatch> conditions = new ArrayList<>();
        for (String p : List.of("", "/", "/a", "/ab", "/ap", "/api", "/api/", "/api/v", "/api/v1", "/b", "/A")) {
            conditions.add(prefix(p));
            conditions.add(new StringMatch(Type.EXACT, p));
        }
        for (String r : List.of("/api/v[0-9]+(/.*)?", "/api/v1*", "/api/v1+", "/ap?i", "^/api$", "/a.*", "/b.*|/api",
                "(/a|/b)pi", "/api\\/v1", "(?i)/API", "/a(?i)PI", "[/]api", "/api/v[0-9]+", "/api/v1/.*", "/a\\d", "^/ap.*$", "/ab*.*",
                "/ap+.*", "/a.*|/b.*", ".*", "/(admin|static)/.*", ".*\\.js", "/a[a-z]*", "/ab[0-9]*", "/a(p|b)+i?",
                "/(api|ab)(/v[0-9]+)?", "/a.?.?", "/api/v\\d+", "/a[^/]*", "/a(?:pi)*/?", "/ab?", "/a(?<x>p)i")) {
            conditions.add(regex(r));
        }
        conditions.add(new StringMatch(Type.PRESENT, ""));
        List<String> values = List.of("", "/", "/a", "/A", "/ap", "/api", "/API", "/apI", "/Api", "/api/", "/api/v",
                "/api/v1", "/api/v11", "/api/v2", "/api/v1/x", "/api/v12/y", "/b", "/bpi", "/api/w", "/a1", "/aapi", "/ai", "/ab", "/abc", "/abbb", "/apppi",
                "/app.js", "/api/x.js", "/admin/", "/static/a", "/ab12", "/apbi", "/api/v1/", "/ab/v2", "/apipi/", "/a/");
        List<String> wrong = new ArrayList<>();
        for (StringMatch a : conditions) {
            for (StringMatch b : conditions) {
                StringMatch.Meet meet = a.meet(b);
                for (String v : values) {
                    boolean both = a.test(v) && b.test(v);
                    if (meet instanceof StringMatch.Both m && m.match().test(v) != both
                            || meet instanceof StringMatch.Disjoint && both) {
                        wrong.add(a + " ∩ " + b + " = " + meet + " on '" + v + "'");
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void caseFoldingLowersAsciiOnly() {
        assertThat(new StringMatch(Type.PREFIX, "/API/É").folded()).isEqualTo(prefix("/api/É"));
    }
}
