package dev.meshport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshport.model.Severity;
import dev.meshport.validator.LintContext;
import dev.meshport.validator.Reporter;
import dev.meshport.validator.Rule;
import dev.meshport.validator.RuleCatalog;
import dev.meshport.validator.RuleMeta;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** The lint command's contract: exit codes for every format, inputs, outputs, and what it says when things go wrong. */
class LintCommandTest {

    static final String CLEAN = Fixtures.CLEAN;
    static final String BROKEN = Fixtures.BROKEN;
    static final String WARNING_ONLY = Fixtures.WARNING_ONLY;

    @TempDir
    Path dir;

    Path clean;
    Path broken;
    Path warningOnly;

    @BeforeEach
    void writeInputs() throws IOException {
        clean = write("clean.yaml", CLEAN);
        broken = write("broken.yaml", BROKEN);
        warningOnly = write("warning.yaml", WARNING_ONLY);
    }

    Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    static String s(Path p) {
        return p.toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"text", "json", "sarif", "github"})
    void exitsZeroWhenNothingReachesTheThreshold(String format) {
        CliRun run = CliRun.of("lint", "--format", format, s(clean), s(warningOnly));
        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.err()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"text", "json", "sarif", "github"})
    void exitsOneOnFindingsAtTheThreshold(String format) {
        CliRun run = CliRun.of("lint", "--format", format, s(broken));
        assertThat(run.code()).as(run.toString()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(run.out()).contains("unknown-field");
        assertThat(run.err()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"text", "json", "sarif", "github"})
    void failOnWarningCountsWarnings(String format) {
        assertThat(CliRun.of("lint", "--format", format, s(warningOnly)).code()).isZero();
        assertThat(CliRun.of("lint", "--format", format, "--fail-on", "warning", s(warningOnly)).code()).isEqualTo(1);
        assertThat(CliRun.of("lint", "--format", format, "--fail-on", "info", s(warningOnly)).code()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"text", "json", "sarif", "github"})
    void aMissingPathIsOneLineAndExitTwo(String format) {
        CliRun run = CliRun.of("lint", "--format", format, s(dir.resolve("nowhere.yaml")));
        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines().toList()).as(run.toString())
                .containsExactly("meshport: " + dir.resolve("nowhere.yaml") + ": no such file or directory");
    }

    @ParameterizedTest
    @ValueSource(strings = {"text", "json", "sarif", "github"})
    void anInternalErrorIsOneLineAndExitThree(String format) {
        CliRun run = CliRun.with(brokenCatalog(), stdin(), "lint", "--format", format, s(clean));
        assertThat(run.code()).as(run.toString()).isEqualTo(ExitCodes.INTERNAL);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines().toList()).hasSize(1)
                .allSatisfy(l -> assertThat(l).startsWith("meshport: internal error: java.lang.IllegalStateException: boom")
                        .contains("please report it"));
    }

    @Test
    void debugShowsTheStackTrace() {
        CliRun run = CliRun.with(brokenCatalog(), stdin(), "lint", "--debug", s(clean));
        assertThat(run.code()).isEqualTo(ExitCodes.INTERNAL);
        assertThat(run.err()).contains("\tat dev.meshport.cli.LintCommandTest$Exploding.check");
    }

    @Test
    void aBadOptionValueIsAUsageError() {
        CliRun run = CliRun.of("lint", "--fail-on", "fatal", s(clean));
        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).startsWith("meshport: Invalid value for option '--fail-on': 'fatal'");
        CliRun unknown = CliRun.of("lint", "--disable", "unknown-feild", s(clean));
        assertThat(unknown.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err()).contains("Unknown rule id for --disable: unknown-feild");
    }

    @Test
    void readsStandardInput() {
        CliRun run = CliRun.withStdin(BROKEN, "lint", "-");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).startsWith("<stdin>:12:5: error: unknown field 'spec.http[0].retires' in VirtualService");
    }

    @Test
    void disableTurnsARuleOff() {
        CliRun run = CliRun.of("lint", "--disable", "unknown-field", s(broken));
        assertThat(run.code()).isZero();
    }

    @Test
    void refusesToOverwriteAnInput() throws IOException {
        CliRun run = CliRun.of("lint", "-o", s(broken), s(dir));
        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).isEqualTo("meshport: " + broken + ": is one of the inputs; refusing to overwrite it\n");
        assertThat(Files.readString(broken)).isEqualTo(BROKEN);
    }

    @Test
    void anUnwritableOutputLeavesNoFile() throws IOException {
        Path blocker = write("out/file", "not a directory");
        Path target = blocker.resolve("report.json");
        CliRun run = CliRun.of("lint", "--format", "json", "-o", s(target), s(broken));
        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err().lines().toList()).hasSize(1).allSatisfy(l -> assertThat(l).startsWith("meshport: " + target + ": cannot write"));
        try (Stream<Path> files = Files.list(blocker.getParent())) {
            assertThat(files.toList()).containsExactly(blocker);
        }
    }

    @Test
    void writesTheReportToAFile() throws IOException {
        Path target = dir.resolve("reports/lint.sarif");
        CliRun run = CliRun.of("lint", "--format", "sarif", "-o", s(target), s(broken));
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(Files.readString(target)).contains("\"ruleId\" : \"unknown-field\"");
    }

    @Test
    void versionAndHelp() {
        CliRun version = CliRun.of("--version");
        assertThat(version.code()).isZero();
        assertThat(version.out()).matches("meshport \\d+\\.\\d+\\.\\d+\\S*\\n");
        CliRun help = CliRun.of("--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("lint", "rules", "explain");
        CliRun lintHelp = CliRun.of("lint", "--help");
        assertThat(lintHelp.code()).isZero();
        assertThat(lintHelp.out()).contains("--format", "sarif", "github", "--config", "--baseline", "--fail-on",
                "--[no-]assume-complete", "Exit codes:");
        assertThat(CliRun.of().code()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void theSummaryCountsAnnotationSuppressions() throws IOException {
        Path annotated = write("annotated.yaml", BROKEN.replace("  namespace: bookinfo\n",
                "  namespace: bookinfo\n  annotations:\n    meshport.io/ignore: unknown-field\n"));
        CliRun text = CliRun.of("lint", s(annotated));
        assertThat(text.code()).isZero();
        assertThat(text.out()).startsWith("0 errors, 0 warnings, 0 info in 1 file (1 resource); 1 suppressed\nresources by kind: VirtualService 1\n");
        CliRun json = CliRun.of("lint", "--format", "json", s(annotated));
        assertThat(json.out()).contains("\"suppressed\" : 1,\n    \"baselined\" : 0");
    }

    static ByteArrayInputStream stdin() {
        return new ByteArrayInputStream(new byte[0]);
    }

    /** Commands as usual, except that lint runs one rule that throws. */
    static CommandLine.IFactory brokenCatalog() {
        return ConfigAndBaselineTest.withCatalog(new RuleCatalog(List.of(new Exploding())));
    }

    @RuleMeta(id = "exploding", severity = Severity.ERROR, summary = "Throws", mesh = "both", docs = "Throws.",
            failing = "", passing = "")
    static final class Exploding implements Rule {
        @Override
        public void check(LintContext context, Reporter reporter) {
            throw new IllegalStateException("boom");
        }
    }

    static String utf8(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }
}
