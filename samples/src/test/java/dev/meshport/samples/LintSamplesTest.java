package dev.meshport.samples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.meshport.cli.CliRun;
import dev.meshport.cli.Fixtures;
import dev.meshport.cli.SarifSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.approvaltests.Approvals;
import org.approvaltests.core.Options;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code meshport lint} end to end, in every format: on the samples (the module directory, as
 * {@code bin/meshport lint samples/} reads them) and on a manifest full of mistakes given on standard input. The
 * approved outputs are in src/test/resources/dev/meshport/samples; a changed output fails until it is approved.
 * After reviewing the .received files (a new rule changes the SARIF rule list and every finding on the samples), approve
 * them from the repository root with:
 * <pre>
 * for f in samples/src/test/resources/dev/meshport/samples/*.received.*; do mv "$f" "${f/.received./.approved.}"; done
 * </pre>
 */
class LintSamplesTest {

    /** Approved files are .txt and .sarif, never .yaml or .json, so that linting samples/ does not read them. */
    private static final Options TXT = new Options().forFile().withExtension(".txt");
    private static final Options SARIF = new Options().forFile().withExtension(".sarif");

    /** Mistakes of several rules, one suppressed by the annotation, one in a name that needs escaping, on standard input. */
    static final String MISTAKES = Fixtures.BROKEN + """
            ---
            metadata:
              name: fragment
            ---
            apiVersion: networking.istio.io/v1
            kind: DestinationRule
            metadata:
              name: ratings
              namespace: bookinfo
              annotations:
                meshport.io/ignore: unknown-field
            spec:
              host: ratings
              subsetz: []
            ---
            apiVersion: policy.linkerd.io/v1beta3
            kind: Server
            metadata:
              name: "web, http: 80%"
              namespace: emojivoto
            spec:
              podSelectr: {matchLabels: {app: web}}
              port: http
              proxyProtocol: HTTP/1
            """;

    @TempDir
    Path dir;

    @Test
    void samplesAsText() {
        CliRun run = CliRun.of("lint", "istio", "linkerd");
        assertConsistent(run, run.out().contains(": error: "));
        Approvals.verify(run.out(), TXT);
    }

    @Test
    void samplesAsGithubAnnotations() {
        CliRun run = CliRun.of("lint", "--format", "github", "istio", "linkerd");
        assertConsistent(run, run.out().contains("::error "));
        Approvals.verify(run.out(), TXT);
    }

    @Test
    void samplesAsJson() throws IOException {
        CliRun run = CliRun.of("lint", "--format", "json", "istio", "linkerd");
        assertConsistent(run, new ObjectMapper().readTree(run.out()).path("summary").path("errors").asInt() > 0);
        Approvals.verify(run.out(), TXT);
    }

    @Test
    void samplesAsSarif() throws IOException {
        CliRun run = CliRun.of("lint", "--format", "sarif", "istio", "linkerd");
        assertThat(SarifSchema.problems(run.out())).isEmpty();
        assertConsistent(run, hasSarifError(run.out()));
        Approvals.verify(run.out(), SARIF);
    }

    @Test
    void mistakesAsText() throws IOException {
        CliRun run = mistakes("text");
        assertThat(run.code()).isEqualTo(1);
        Approvals.verify(run.out(), TXT);
    }

    @Test
    void mistakesAsGithubAnnotations() throws IOException {
        CliRun run = mistakes("github");
        assertThat(run.code()).isEqualTo(1);
        Approvals.verify(run.out(), TXT);
    }

    @Test
    void mistakesAsJson() throws IOException {
        CliRun run = mistakes("json");
        assertThat(run.code()).isEqualTo(1);
        JsonNode summary = new ObjectMapper().readTree(run.out()).path("summary");
        assertThat(summary.path("suppressed").asInt()).isEqualTo(1);
        Approvals.verify(run.out(), TXT);
    }

    @Test
    void mistakesAsSarif() throws IOException {
        CliRun run = mistakes("sarif");
        assertThat(run.code()).isEqualTo(1);
        assertThat(SarifSchema.problems(run.out())).isEmpty();
        assertThat(hasSarifError(run.out())).isTrue();
        Approvals.verify(run.out(), SARIF);
    }

    /** The mistakes on stdin, with a config that lowers not-a-manifest to info (so every level appears). */
    private CliRun mistakes(String format) throws IOException {
        Path config = Files.writeString(dir.resolve("meshport.yaml"), "rules:\n  not-a-manifest: {severity: info}\n");
        return CliRun.withStdin(MISTAKES, "lint", "--format", format, "--config", config.toString(), "-");
    }

    /** The exit code agrees with what the report says, and nothing went to standard error. */
    private static void assertConsistent(CliRun run, boolean reportHasErrors) {
        assertThat(run.err()).as(run.toString()).isEmpty();
        assertThat(run.code()).as(run.toString()).isEqualTo(reportHasErrors ? 1 : 0);
    }

    private static boolean hasSarifError(String sarif) throws IOException {
        for (JsonNode result : new ObjectMapper().readTree(sarif).path("runs").path(0).path("results")) {
            if (result.path("level").asText().equals("error")) {
                return true;
            }
        }
        return false;
    }
}
