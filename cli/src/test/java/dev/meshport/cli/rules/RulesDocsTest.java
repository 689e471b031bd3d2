package dev.meshport.cli.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshport.cli.CliRun;
import dev.meshport.cli.ExitCodes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RulesDocsTest {

    /** docs/rules.md from the cli module's directory (surefire's working directory). */
    private static final Path COMMITTED = Path.of("../docs/rules.md");

    @Test
    void theCommittedRulesPageIsCurrent() throws IOException {
        String generated = CliRun.of("rules", "--format", "markdown").out();
        String committed = Files.exists(COMMITTED) ? Files.readString(COMMITTED, StandardCharsets.UTF_8) : "";
        assertThat(committed)
                .as("docs/rules.md is stale; regenerate it from the repository root with:%n"
                        + "  ./mvnw -B -q package -DskipTests -pl cli -am && bin/meshport rules --format markdown > docs/rules.md")
                .isEqualTo(generated);
    }

    @Test
    void markdownHasOneSectionPerEntry() {
        String md = CliRun.of("rules", "--format", "markdown").out();
        assertThat(md).startsWith("<!-- AUTO-GENERATED").contains("## Lint rules", "### unknown-field",
                "| [`unknown-field`](#unknown-field) | error | both |");
        assertThat(md).doesNotContain("# ^").doesNotContain("#   ^");
    }

    @Test
    void aSecondTypeOfEntryGetsItsOwnSection() {
        DocEntry gap = new DocEntry("gap", "example-gap", "error", "Example", "istio", List.of("VirtualService"),
                List.of(), Map.of("equivalence", "none"), "Docs.", "a: 1\n", "b: 2\n", false);
        DocCatalog catalog = new DocCatalog(List.of(gap, DocCatalog.builtIn().entries().get(0)));
        assertThat(catalog.entries().get(0).type()).isEqualTo("gap");
        assertThat(RuleDocs.markdown(catalog)).contains("## Gap kinds", "## Lint rules", "- Equivalence: none");
        assertThat(RuleDocs.json(catalog)).contains("\"type\" : \"gap\"", "\"equivalence\" : \"none\"");
    }

    @Test
    void explainShowsOneRule() {
        CliRun run = CliRun.of("explain", "unknown-field");
        assertThat(run.code()).isZero();
        assertThat(run.out()).startsWith("## unknown-field\n").contains("Reported on:", "Not reported on:");
    }

    @Test
    void explainOfAnUnknownIdSuggestsCloseOnes() {
        CliRun run = CliRun.of("explain", "unknown-feild");
        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("meshport: no rule with id 'unknown-feild'; did you mean unknown-field, unknown-kind?"
                + " (see 'meshport rules')\n");
        CliRun far = CliRun.of("explain", "zzzzzzzzzzzzzzzz");
        assertThat(far.err()).isEqualTo("meshport: no rule with id 'zzzzzzzzzzzzzzzz' (see 'meshport rules')\n");
        assertThat(CliRun.of("explain", "yaml").err()).contains("did you mean yaml-");
    }

    @Test
    void editDistance() {
        assertThat(DocCatalog.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(DocCatalog.distance("", "abc")).isEqualTo(3);
        assertThat(DocCatalog.distance("same", "same")).isZero();
    }
}
