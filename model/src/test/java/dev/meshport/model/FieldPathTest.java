package dev.meshport.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class FieldPathTest {

    @Test
    void writesDottedNamesWithListIndexes() {
        FieldPath p = FieldPath.of("spec", "http").index(1).key("route").index(0).key("weight");

        assertThat(p).hasToString("spec.http[1].route[0].weight");
        assertThat(p.parent()).hasToString("spec.http[1].route[0]");
        assertThat(p.parent().parent()).hasToString("spec.http[1].route");
        assertThat(FieldPath.ROOT.parent()).isEqualTo(FieldPath.ROOT);
    }

    @Test
    void quotesKeysThatContainDotsOrBrackets() {
        FieldPath p = FieldPath.of("metadata", "annotations", "config.linkerd.io/proxy-cpu-request");

        assertThat(p).hasToString("metadata.annotations[\"config.linkerd.io/proxy-cpu-request\"]");
        assertThat(FieldPath.parse(p.toString())).isEqualTo(p);
        assertThat(FieldPath.parse(p.toString()).segments()).hasSize(3);
    }

    @Test
    void rejectsMalformedText() {
        assertThatThrownBy(() -> FieldPath.parse("spec.http[x]")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FieldPath.parse("spec.http[1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void parsingTheTextGivesTheSamePath(@ForAll("paths") FieldPath path) {
        assertThat(FieldPath.parse(path.toString())).isEqualTo(path);
        assertThat(FieldPath.parse(path.toString()).segments()).isEqualTo(path.segments());
    }

    @Provide
    Arbitrary<FieldPath> paths() {
        Arbitrary<String> keys = Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8),
                Arbitraries.of("linkerd.io/inject", "a[0]", "x.y", "with space", "k-8_s"));
        Arbitrary<Object> segment = Arbitraries.oneOf(keys.map(k -> (Object) k), Arbitraries.integers().between(0, 20).map(i -> (Object) i));
        return segment.list().ofMaxSize(6).map(FieldPathTest::build);
    }

    private static FieldPath build(List<Object> segments) {
        FieldPath p = FieldPath.ROOT;
        for (Object s : segments) {
            p = s instanceof Integer i ? p.index(i) : p.key((String) s);
        }
        return p;
    }
}
