package dev.meshport.validator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every rule of the catalog, driven by the registry: each must fire exactly where its failing fixture marks, stay
 * silent on its passing fixture, and have complete metadata. A rule without fixtures cannot be registered.
 */
class RuleCatalogTest {

    private static final Set<String> SCHEMA_RULES = Set.of("yaml-syntax", "unknown-field", "invalid-field-value", "unknown-kind");

    @TestFactory
    Stream<DynamicTest> eachRuleFiresExactlyWhereItsFailingFixtureMarks() {
        return RuleCatalog.builtIn().rules().stream().map(rule -> DynamicTest.dynamicTest(rule.meta().id(), () -> {
            RuleMeta meta = rule.meta();
            Set<RuleFixtures.Mark> expected = RuleFixtures.expected(meta.failing());
            assertThat(expected).as("the failing fixture of %s marks no finding of it", meta.id())
                    .isNotEmpty()
                    .allSatisfy(m -> assertThat(m.rule()).isEqualTo(meta.id()));
            assertThat(RuleFixtures.actual(meta.failing(), meta.id()))
                    .as("findings of %s on its failing fixture; all findings: %s", meta.id(),
                            RuleFixtures.describe(meta.failing(), Set.of(meta.id())))
                    .containsExactlyElementsOf(expected);
        }));
    }

    @TestFactory
    Stream<DynamicTest> eachRuleIsSilentOnItsPassingFixture() {
        return RuleCatalog.builtIn().rules().stream().map(rule -> DynamicTest.dynamicTest(rule.meta().id(), () -> {
            RuleMeta meta = rule.meta();
            assertThat(RuleFixtures.describe(meta.passing(), Set.of(meta.id())))
                    .as("%s must not fire on its passing fixture", meta.id()).isEmpty();
            // A passing fixture is a valid manifest: it must also pass the schema rules.
            assertThat(RuleFixtures.describe(meta.passing(), SCHEMA_RULES))
                    .as("the passing fixture of %s must be schema-valid", meta.id()).isEmpty();
        }));
    }

    @Test
    void metadataIsComplete() {
        List<Rule> rules = RuleCatalog.builtIn().rules();
        assertThat(rules).isNotEmpty();
        assertThat(rules).allSatisfy(r -> {
            RuleMeta m = r.meta();
            assertThat(m.id()).matches("[a-z0-9]+(-[a-z0-9]+)*");
            assertThat(m.summary()).isNotBlank().doesNotEndWith(".");
            assertThat(m.mesh()).isIn("istio", "linkerd", "both");
            assertThat(m.docs()).isNotBlank();
        });
    }

    @Test
    void markersAreReadFromTheLineAbove() {
        String fixture = """
                spec:
                  retires: 3
                # ^ unknown-field
                kind: X
                # ^@1 unknown-kind
                """;

        assertThat(RuleFixtures.expected(fixture)).containsExactly(
                new RuleFixtures.Mark(2, 3, "unknown-field"), new RuleFixtures.Mark(4, 1, "unknown-kind"));
    }
}
