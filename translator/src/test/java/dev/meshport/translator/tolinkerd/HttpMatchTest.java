package dev.meshport.translator.tolinkerd;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshport.translator.tolinkerd.StringMatch.Type;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HttpMatchTest {

    private static HttpMatch path(Type type, String value, boolean ignoreCase) {
        return new HttpMatch(new StringMatch(type, value), ignoreCase, null, Map.of(), Map.of());
    }

    @Test
    void caseInsensitivePrefixesThatDifferInCaseOverlap() {
        HttpMatch.Meet meet = path(Type.PREFIX, "/API", true).meet(path(Type.PREFIX, "/api/v1", true));
        assertThat(meet).isEqualTo(new HttpMatch.Both(path(Type.PREFIX, "/api/v1", true)));
    }

    @Test
    void aMatchWithoutPathKeepsTheCaseSensitivityOfTheOthersPath() {
        HttpMatch noPath = new HttpMatch(null, true, "GET", Map.of(), Map.of());
        HttpMatch.Meet meet = noPath.meet(path(Type.EXACT, "/API", false));
        assertThat(meet).isEqualTo(new HttpMatch.Both(new HttpMatch(new StringMatch(Type.EXACT, "/API"), false, "GET",
                Map.of(), Map.of())));
    }

    @Test
    void aCaseInsensitiveRegexIntersectionStaysUnknown() {
        assertThat(path(Type.PREFIX, "/api", true).meet(path(Type.REGEX, "/api/.*", true)))
                .isInstanceOf(HttpMatch.Unknown.class);
    }
}
