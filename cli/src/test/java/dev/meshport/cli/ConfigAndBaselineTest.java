package dev.meshport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshport.cli.lint.ConfigFile;
import dev.meshport.cli.lint.LintCommand;
import dev.meshport.model.FieldPath;
import dev.meshport.model.Manifest;
import dev.meshport.model.Severity;
import dev.meshport.validator.LintContext;
import dev.meshport.validator.Reporter;
import dev.meshport.validator.Rule;
import dev.meshport.validator.RuleCatalog;
import dev.meshport.validator.RuleMeta;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** .meshport.yaml and --baseline, through the command line. */
class ConfigAndBaselineTest {

    @TempDir
    Path dir;

    Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, text);
    }

    @Test
    void aSeverityOverrideChangesTheExitCode() throws IOException {
        Path broken = write("broken.yaml", LintCommandTest.BROKEN);
        Path config = write("c.yaml", "rules:\n  unknown-field: {severity: warning}\n");
        CliRun run = CliRun.of("lint", "--config", config.toString(), broken.toString());
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains(": warning: unknown field");
        assertThat(CliRun.of("lint", "--config", config.toString(), "--fail-on", "warning", broken.toString()).code()).isEqualTo(1);
    }

    @Test
    void offTurnsARuleOffAndEnableWins() throws IOException {
        Path broken = write("broken.yaml", LintCommandTest.BROKEN);
        Path config = write("c.yaml", "rules:\n  unknown-field: {severity: off}\n");
        assertThat(CliRun.of("lint", "--config", config.toString(), broken.toString()).code()).isZero();
        assertThat(CliRun.of("lint", "--config", config.toString(), "--enable", "unknown-field", broken.toString()).code()).isEqualTo(1);
    }

    @Test
    void failOnFromTheConfigUnlessTheFlagSaysOtherwise() throws IOException {
        Path warning = write("w.yaml", LintCommandTest.WARNING_ONLY);
        Path config = write("c.yaml", "failOn: warning\n");
        assertThat(CliRun.of("lint", "--config", config.toString(), warning.toString()).code()).isEqualTo(1);
        assertThat(CliRun.of("lint", "--config", config.toString(), "--fail-on", "error", warning.toString()).code()).isZero();
    }

    @Test
    void assumeCompleteFromTheConfigUnlessNegatedOnTheCommandLine() throws IOException {
        Path clean = write("clean.yaml", LintCommandTest.CLEAN);
        Path config = write("c.yaml", "assumeComplete: true\n");
        CommandLine.IFactory factory = withCatalog(new RuleCatalog(List.of(new NeedsEverything())));
        assertThat(CliRun.with(factory, LintCommandTest.stdin(), "lint", clean.toString()).code()).isZero();
        assertThat(CliRun.with(factory, LintCommandTest.stdin(), "lint", "--assume-complete", clean.toString()).code()).isEqualTo(1);
        CliRun fromConfig = CliRun.with(factory, LintCommandTest.stdin(), "lint", "--config", config.toString(), clean.toString());
        assertThat(fromConfig.out()).contains("error: the inputs are complete (VirtualService/bookinfo/reviews) [needs-everything]");
        assertThat(CliRun.with(factory, LintCommandTest.stdin(), "lint", "--config", config.toString(),
                "--no-assume-complete", clean.toString()).code()).isZero();
    }

    static CommandLine.IFactory withCatalog(RuleCatalog catalog) {
        return new CommandLine.IFactory() {
            @Override
            @SuppressWarnings("unchecked")
            public <K> K create(Class<K> cls) throws Exception {
                return cls == LintCommand.class ? (K) new LintCommand(() -> catalog) : CommandLine.defaultFactory().create(cls);
            }
        };
    }

    @RuleMeta(id = "needs-everything", severity = Severity.ERROR, summary = "Reports when it runs", mesh = "both",
            docs = "Test rule.", failing = "", passing = "", needsCompleteInputs = true)
    static final class NeedsEverything implements Rule {
        @Override
        public void check(LintContext context, Reporter reporter) {
            for (Manifest m : context.manifests().all()) {
                reporter.report(m, FieldPath.ROOT, "the inputs are complete");
            }
        }
    }

    /** The fixtures copy one VirtualService; the copies also share a host, which these tests are not about. */
    private static final String SAME_HOST = "istio-vs-conflicting-mesh-hosts";

    @Test
    void ignoresByPathAndResourceAreCountedAsSuppressed() throws IOException {
        write("vendor/chart/broken.yaml", LintCommandTest.BROKEN);
        write("k8s/broken.yaml", LintCommandTest.BROKEN.replace("name: reviews", "name: ratings"));
        write("k8s/other.yaml", LintCommandTest.BROKEN.replace("name: reviews", "name: details"));
        Path config = write("c.yaml", """
                ignore:
                  - rule: unknown-field
                    paths: ["vendor/**"]
                  - rule: '*'
                    resources: ["VirtualService/bookinfo/rat*"]
                """);
        CliRun run = CliRun.of("lint", "--disable", SAME_HOST, "--config", config.toString(), dir.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out().lines().toList()).hasSize(3);
        assertThat(run.out()).contains("k8s/other.yaml:12:5").doesNotContain("vendor").doesNotContain("ratings")
                .contains("1 error, 0 warnings, 0 info in 3 files (3 resources); 2 suppressed\nresources by kind: ");
        CliRun json = CliRun.of("lint", "--disable", SAME_HOST, "--format", "json", "--config", config.toString(), dir.toString());
        assertThat(json.out()).contains("\"suppressed\" : 2");
    }

    @Test
    void aBadConfigIsAUsageErrorWithItsPosition() throws IOException {
        Path clean = write("clean.yaml", LintCommandTest.CLEAN);
        Path config = write("c.yaml", "rules:\n  unknown-field:\n    severty: warning\n");
        CliRun run = CliRun.of("lint", "--config", config.toString(), clean.toString());
        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).isEqualTo("meshport: " + config + ":3:5: unknown key 'severty' in rules.unknown-field (expected one of severity)\n");
        CliRun missing = CliRun.of("lint", "--config", dir.resolve("none.yaml").toString(), clean.toString());
        assertThat(missing.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.err()).isEqualTo("meshport: " + dir.resolve("none.yaml") + ": no such config file\n");
    }

    @Test
    void theConfigIsNotLintedWhenNamedAsAnInput() throws IOException {
        Path config = write(".meshport.yaml", "failOn: warning\n");
        Path clean = write("clean.yaml", LintCommandTest.CLEAN);
        // pre-commit passes every changed YAML file, the config among them.
        CliRun run = CliRun.of("lint", "--config", config.toString(), config.toString(), clean.toString());
        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.out()).startsWith("0 errors, 0 warnings, 0 info in 1 file (1 resource)\nresources by kind: ");
    }

    @Test
    void discoveryLooksUpwardAndStopsAtTheRepositoryRoot() throws IOException {
        Path nested = Files.createDirectories(dir.resolve("repo/a/b"));
        assertThat(ConfigFile.discover(nested)).isEmpty();
        Path outside = write(".meshport.yaml", "");
        Files.createDirectories(dir.resolve("repo/.git"));
        assertThat(ConfigFile.discover(nested)).as("a config above the repository is not used, %s", outside).isEmpty();
        Path inRepo = write("repo/.meshport.yaml", "");
        assertThat(ConfigFile.discover(nested)).contains(inRepo);
        Path closer = write("repo/a/.meshport.yaml", "");
        assertThat(ConfigFile.discover(nested)).contains(closer);
    }

    @Test
    void aBaselineRecordsThenReportsOnlyNewFindings() throws IOException {
        Path broken = write("k8s/broken.yaml", LintCommandTest.BROKEN);
        Path baseline = dir.resolve(".meshport-baseline.json");
        CliRun record = CliRun.of("lint", "--baseline", baseline.toString(), dir.resolve("k8s").toString());
        assertThat(record.code()).as(record.toString()).isZero();
        assertThat(record.err()).isEqualTo("meshport: recorded 1 findings in " + baseline
                + "; later runs with --baseline " + baseline + " report only new ones\n");
        assertThat(record.out()).contains("0 errors, 0 warnings, 0 info in 1 file (1 resource); 1 in the baseline\nresources by kind: ");
        String recorded = Files.readString(baseline);
        assertThat(recorded).contains("\"rule\" : \"unknown-field\"", "\"resource\" : \"VirtualService/bookinfo/reviews\"",
                "\"field\" : \"spec.http[0].retires\"").doesNotContain("\"line\"");

        // Lines added above the old finding do not make it new; a second unknown field is new.
        Files.writeString(broken, "# a comment\n\n" + LintCommandTest.BROKEN + "    mirrorr: {}\n");
        CliRun next = CliRun.of("lint", "--baseline", baseline.toString(), dir.resolve("k8s").toString());
        assertThat(next.code()).isEqualTo(1);
        assertThat(next.out().lines().toList()).containsExactly(
                dir.resolve("k8s") + "/broken.yaml:16:5: error: unknown field 'spec.http[0].mirrorr' in VirtualService"
                        + " (VirtualService/bookinfo/reviews) [unknown-field]",
                "1 error, 0 warnings, 0 info in 1 file (1 resource); 1 in the baseline",
                "resources by kind: VirtualService 1");
        assertThat(Files.readString(baseline)).as("an existing baseline is never rewritten").isEqualTo(recorded);
        CliRun json = CliRun.of("lint", "--format", "json", "--baseline", baseline.toString(), dir.resolve("k8s").toString());
        assertThat(json.out()).contains("\"baselined\" : 1");
    }

    @Test
    void aSecondCopyOfABaselinedFindingIsNew() throws IOException {
        write("k8s/a.yaml", LintCommandTest.BROKEN);
        Path baseline = dir.resolve("baseline.json");
        assertThat(CliRun.of("lint", "--disable", SAME_HOST, "--baseline", baseline.toString(), dir.resolve("k8s").toString()).code()).isZero();
        write("k8s/a.yaml", LintCommandTest.BROKEN + "---\n" + LintCommandTest.BROKEN);
        CliRun run = CliRun.of("lint", "--disable", SAME_HOST, "--baseline", baseline.toString(), dir.resolve("k8s").toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains("1 error, 0 warnings, 0 info in 1 file (2 resources); 1 in the baseline\nresources by kind: ");
    }

    @Test
    void aBaselineIsNotLintedAndABrokenOneIsAUsageError() throws IOException {
        write("broken.yaml", LintCommandTest.BROKEN);
        Path baseline = dir.resolve("baseline.json");
        assertThat(CliRun.of("lint", "--baseline", baseline.toString(), dir.toString()).code()).isZero();
        CliRun again = CliRun.of("lint", "--baseline", baseline.toString(), dir.toString());
        assertThat(again.code()).isZero();
        assertThat(again.out()).contains("in 1 file");
        Files.writeString(baseline, "{\"findings\": []}");
        CliRun bad = CliRun.of("lint", "--baseline", baseline.toString(), dir.toString());
        assertThat(bad.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(bad.err()).isEqualTo("meshport: " + baseline
                + ": not a meshport baseline (no \"meshportBaseline\" marker); delete it to record a new one\n");
    }
}
