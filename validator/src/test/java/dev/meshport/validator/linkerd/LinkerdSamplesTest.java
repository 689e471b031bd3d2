package dev.meshport.validator.linkerd;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshport.model.Finding;
import dev.meshport.model.ManifestSet;
import dev.meshport.model.Severity;
import dev.meshport.model.load.InputException;
import dev.meshport.model.load.InputFiles;
import dev.meshport.model.load.ManifestLoader;
import dev.meshport.validator.LintOptions;
import dev.meshport.validator.Linter;
import dev.meshport.validator.RuleCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Linkerd samples are realistic, correct configuration: linted together, even as a complete mesh, they give only
 * the one finding that is there on purpose (emojivoto's web-svc keeps its ServiceProfile during the migration to an
 * HTTPRoute) and the deprecation notes of the legacy kinds they use.
 */
class LinkerdSamplesTest {

    private static final Path SAMPLES = Path.of("../samples/linkerd");

    private static ManifestSet load() throws InputException {
        return new ManifestLoader().load(InputFiles.expand(SAMPLES, "samples/linkerd"));
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void onlyTheIntendedFindingAtWarningOrAbove(boolean assumeComplete) throws InputException {
        List<String> findings = new Linter(RuleCatalog.builtIn())
                .lint(load(), LintOptions.DEFAULT.withAssumeComplete(assumeComplete)).findings().stream()
                .filter(f -> f.severity().atLeast(Severity.WARNING))
                .map(LinkerdSamplesTest::describe)
                .toList();

        assertThat(findings).containsExactly(
                "samples/linkerd/emojivoto/service-profiles.yaml:14 linkerd-service-profile-overrides");
    }

    @Test
    void deprecationNotesNameTheLegacyKinds() throws InputException {
        List<String> notes = new Linter(RuleCatalog.builtIn()).lint(load(), LintOptions.DEFAULT).findings().stream()
                .filter(f -> f.severity() == Severity.INFO && f.rule().startsWith("linkerd-"))
                .map(LinkerdSamplesTest::describe)
                .toList();

        assertThat(notes).containsExactly(
                "samples/linkerd/booksapp/traffic-split.yaml:10 linkerd-deprecated",
                "samples/linkerd/emojivoto/routes.yaml:130 linkerd-deprecated",
                "samples/linkerd/emojivoto/routes.yaml:153 linkerd-deprecated",
                "samples/linkerd/emojivoto/service-profiles.yaml:11 linkerd-deprecated");
    }

    @Test
    void theSamplesAreThere() {
        assertThat(Files.isDirectory(SAMPLES.resolve("emojivoto"))).isTrue();
    }

    private static String describe(Finding f) {
        return f.location().file() + ":" + f.location().line() + " " + f.rule();
    }
}
