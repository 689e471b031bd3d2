package dev.meshport.translator.toistio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshport.model.FieldPath;
import dev.meshport.translator.toistio.InboundRouteOrder.Match;
import dev.meshport.translator.toistio.InboundRouteOrder.PathKind;
import dev.meshport.translator.toistio.InboundRouteOrder.Tie;
import dev.meshport.translator.toistio.InboundRoutes.Operation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The ranking facts InboundRouteOrder relies on, each after linkerd2-proxy http/match.rs and http/match/path.rs. */
class InboundRouteOrderTest {

    private static Match match(PathKind kind, String path, String method, Map<String, String> headers) {
        return new Match(null, FieldPath.of("spec"), kind, path, method, headers, headers.size(), 0,
                new Operation(null, null, Map.of()));
    }

    private static Match path(PathKind kind, String path) {
        return match(kind, path, null, Map.of());
    }

    @Test
    void aLongerMatchedPathWinsByRank() {
        assertThat(InboundRouteOrder.mayWin(path(PathKind.EXACT, "/api/list"), path(PathKind.PREFIX, "/api"))).isEqualTo(Tie.BY_RANK);
        assertThat(InboundRouteOrder.mayWin(path(PathKind.PREFIX, "/api"), path(PathKind.EXACT, "/api/list"))).isEqualTo(Tie.NEVER);
        assertThat(InboundRouteOrder.mayWin(path(PathKind.PREFIX, "/api/v1"), path(PathKind.PREFIX, "/api"))).isEqualTo(Tie.BY_RANK);
        assertThat(InboundRouteOrder.mayWin(path(PathKind.PREFIX, "/api"), path(PathKind.NONE, null))).isEqualTo(Tie.BY_RANK);
    }

    @Test
    void disjointPathsNeverCompete() {
        // PathPrefix is segment-wise: /api does not match /apix.
        assertThat(InboundRouteOrder.mayWin(path(PathKind.EXACT, "/apix"), path(PathKind.PREFIX, "/api"))).isEqualTo(Tie.NEVER);
        assertThat(InboundRouteOrder.mayWin(path(PathKind.EXACT, "/a"), path(PathKind.EXACT, "/b"))).isEqualTo(Tie.NEVER);
        assertThat(InboundRouteOrder.mayWin(path(PathKind.REGEX, "/static/.*"), path(PathKind.PREFIX, "/api"))).isEqualTo(Tie.NEVER);
        assertThat(InboundRouteOrder.mayWin(path(PathKind.REGEX, "/api/v[0-9]+"), path(PathKind.EXACT, "/api/x"))).isEqualTo(Tie.NEVER);
    }

    @Test
    void anExactAndAnEquallyLongPrefixTieThenHeadersThenMethodDecide() {
        // 2.18's proxy compares only the matched length (path.rs), then headers, query parameters, method.
        assertThat(InboundRouteOrder.mayWin(path(PathKind.PREFIX, "/api"), path(PathKind.EXACT, "/api"))).isEqualTo(Tie.ON_EQUAL_RANK);
        assertThat(InboundRouteOrder.mayWin(match(PathKind.NONE, null, "GET", Map.of()), path(PathKind.NONE, null))).isEqualTo(Tie.BY_RANK);
        assertThat(InboundRouteOrder.mayWin(match(PathKind.NONE, null, null, Map.of("x", "1")),
                match(PathKind.NONE, null, "GET", Map.of()))).isEqualTo(Tie.BY_RANK);
        assertThat(InboundRouteOrder.mayWin(match(PathKind.NONE, null, "POST", Map.of()),
                match(PathKind.NONE, null, "GET", Map.of()))).isEqualTo(Tie.NEVER);
    }

    @Test
    void aRegularExpressionScoresTheWholePath() {
        assertThat(InboundRouteOrder.mayWin(path(PathKind.REGEX, "/api/.*"), path(PathKind.PREFIX, "/api"))).isEqualTo(Tie.BY_RANK);
        assertThat(InboundRouteOrder.mayWin(path(PathKind.REGEX, "/api/.*"), path(PathKind.EXACT, "/api/x"))).isEqualTo(Tie.ON_EQUAL_RANK);
    }

    @Test
    void theLiteralPrefixOfARegularExpression() {
        assertThat(InboundRouteOrder.literalPrefix("/api/v[0-9]+")).isEqualTo("/api/v");
        assertThat(InboundRouteOrder.literalPrefix("^/apis?/x")).isEqualTo("/api");
        assertThat(InboundRouteOrder.literalPrefix("/ab+c")).isEqualTo("/ab");
        assertThat(InboundRouteOrder.literalPrefix("/a\\.b")).isEqualTo("/a");
        assertThat(InboundRouteOrder.literalPrefix("/a|/b")).isEmpty();
        assertThat(InboundRouteOrder.literalPrefix(".*")).isEmpty();
    }

    @Test
    void istioPathPatternsCover() {
        assertThat(InboundRouteOrder.covers("/api/*", "/api/x")).isTrue();
        assertThat(InboundRouteOrder.covers("/api/*", "/api/x/*")).isTrue();
        assertThat(InboundRouteOrder.covers("/api/*", "/api")).isFalse();
        assertThat(InboundRouteOrder.covers("/api", "/api/*")).isFalse();
        assertThat(InboundRouteOrder.covers("*", "/x")).isTrue();
    }

    @Test
    void anOperationWhoseExclusionsLeaveNothingIsEmpty() {
        Operation getApi = new Operation(List.of("/api", "/api/*"), List.of("GET"), Map.of());
        assertThat(getApi.withNotPaths(List.of("/api")).isEmpty()).isFalse();
        assertThat(getApi.withNotPaths(List.of("/api", "/api/*")).isEmpty()).isTrue();
        assertThat(getApi.withNotMethod("GET").isEmpty()).isTrue();
        assertThat(new Operation(null, null, Map.of("x", "1")).withNotHeader("x", "1").isEmpty()).isTrue();
    }
}
