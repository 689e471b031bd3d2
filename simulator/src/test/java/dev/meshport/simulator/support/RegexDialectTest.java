package dev.meshport.simulator.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RegexDialectTest {

    @Test
    @DisplayName("RE2 match must span the whole value (Envoy type/matcher/v3/regex.proto RegexMatcher)")
    void re2IsAFullMatch() {
        assertThat(Re2.fullMatch("/api/\\d+", "/api/12")).isTrue();
        assertThat(Re2.fullMatch("/api/\\d+", "/api/12/x")).isFalse();
        assertThat(Re2.fullMatch("/a|/ab", "/ab")).isTrue();
    }

    @Test
    @DisplayName("RE2 has no look-around or back-references (github.com/google/re2/wiki/Syntax)")
    void re2RejectsPerlOnlySyntax() {
        assertThatThrownBy(() -> Re2.compile("/(?!admin).*")).isInstanceOf(Re2.UnsupportedPattern.class);
        assertThatThrownBy(() -> Re2.compile("(a)\\1")).isInstanceOf(Re2.UnsupportedPattern.class);
        assertThatThrownBy(() -> Re2.compile("a*+")).isInstanceOf(Re2.UnsupportedPattern.class);
    }

    @Test
    @DisplayName("RE2 (?P<name>) groups and [[:alpha:]] classes are translated (re2 Syntax wiki)")
    void re2SpellingsAreTranslated() {
        assertThat(Re2.fullMatch("(?P<id>[[:digit:]]+)", "123")).isTrue();
        assertThat(Re2.fullMatch("[[:^digit:]]+", "abc")).isTrue();
        assertThat(Re2.fullMatch("[[:^digit:]]+", "a1")).isFalse();
    }

    @Test
    @DisplayName("linkerd2-proxy accepts a regex only when its leftmost-first match spans the value (http/match/path.rs)")
    void rustRegexIsLeftmostFirstThenAnchored() {
        assertThat(RustRegex.firstMatchSpansWhole("/a|/ab", "/ab")).isFalse();
        assertThat(RustRegex.firstMatchSpansWhole("/ab|/a", "/ab")).isTrue();
        assertThat(RustRegex.firstMatchSpansWhole("/foo/\\d+", "/foo/4abc")).isFalse();
        assertThat(RustRegex.firstMatchSpansWhole("/foo/\\d+", "/bar/foo/4")).isFalse();
    }

    @Test
    @DisplayName("Rust regex \\d is Unicode-aware, RE2's is ASCII (regex crate docs; RE2 Syntax wiki)")
    void digitClassesDiffer() {
        String arabicIndicThree = "\u0663";
        assertThat(RustRegex.firstMatchSpansWhole("\\d", arabicIndicThree)).isTrue();
        assertThat(Re2.fullMatch("\\d", arabicIndicThree)).isFalse();
    }

    @Test
    void cidrContainment() {
        assertThat(Cidr.contains("10.0.0.0/8", "10.250.3.4")).isTrue();
        assertThat(Cidr.contains("10.250.0.0/16", "10.1.3.4")).isFalse();
        assertThat(Cidr.contains("10.1.2.3", "10.1.2.3")).isTrue();
        assertThat(Cidr.contains("fd00::/8", "fd12::1")).isTrue();
        assertThat(Cidr.contains("10.0.0.0/8", "fd12::1")).isFalse();
        assertThat(Cidr.contains("10.0.0.0/8", "example.com")).isFalse();
    }

    @Test
    @DisplayName("label selectors AND matchLabels and matchExpressions (k8s apimachinery LabelSelector)")
    void labelSelectors() throws Exception {
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        var selector = mapper.readTree("{\"matchLabels\":{\"app\":\"a\"},\"matchExpressions\":["
                + "{\"key\":\"tier\",\"operator\":\"In\",\"values\":[\"web\",\"api\"]},"
                + "{\"key\":\"canary\",\"operator\":\"DoesNotExist\"}]}");
        assertThat(LabelSelectors.matches(selector, java.util.Map.of("app", "a", "tier", "api"))).isTrue();
        assertThat(LabelSelectors.matches(selector, java.util.Map.of("app", "a", "tier", "db"))).isFalse();
        assertThat(LabelSelectors.matches(selector, java.util.Map.of("app", "a", "tier", "web", "canary", "1"))).isFalse();
        assertThat(LabelSelectors.matches(mapper.missingNode(), java.util.Map.of())).isTrue();
    }
}
