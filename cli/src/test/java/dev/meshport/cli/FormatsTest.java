package dev.meshport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.meshport.validator.RuleCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SARIF and GitHub annotations, on real findings. */
class FormatsTest {

    @TempDir
    Path dir;

    @Test
    void sarifWithFindingsIsValidAndPointsAtTheFinding() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.yaml"), LintCommandTest.BROKEN);
        Files.createDirectories(dir.resolve("my dir"));
        Path warning = Files.writeString(dir.resolve("my dir/warning.yaml"), LintCommandTest.WARNING_ONLY);
        CliRun run = CliRun.of("lint", "--format", "sarif", broken.toString(), warning.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(SarifSchema.problems(run.out())).isEmpty();

        JsonNode sarif = new ObjectMapper().readTree(run.out());
        JsonNode sarifRun = sarif.path("runs").path(0);
        JsonNode rules = sarifRun.path("tool").path("driver").path("rules");
        List<String> ids = RuleCatalog.builtIn().rules().stream().map(r -> r.meta().id()).toList();
        assertThat(rules).hasSize(ids.size());
        JsonNode results = sarifRun.path("results");
        assertThat(results).hasSize(2);
        JsonNode error = results.path(0);
        assertThat(error.path("ruleId").asText()).isEqualTo("unknown-field");
        assertThat(rules.path(error.path("ruleIndex").asInt()).path("id").asText()).isEqualTo("unknown-field");
        assertThat(error.path("level").asText()).isEqualTo("error");
        JsonNode location = error.path("locations").path(0).path("physicalLocation");
        // Outside the working directory: an absolute file URI.
        assertThat(location.path("artifactLocation").path("uri").asText()).isEqualTo(broken.toUri().toASCIIString());
        assertThat(location.path("region").path("startLine").asInt()).isEqualTo(12);
        assertThat(location.path("region").path("startColumn").asInt()).isEqualTo(5);
        assertThat(error.path("partialFingerprints").path("meshportFinding/v1").asText()).hasSize(32);
        assertThat(results.path(1).path("level").asText()).isEqualTo("warning");
        assertThat(results.path(1).path("locations").path(0).path("physicalLocation").path("artifactLocation")
                .path("uri").asText()).endsWith("/my%20dir/warning.yaml");
    }

    @Test
    void theSchemaCheckRejectsBrokenSarif() {
        // The check above must be able to fail: no runs, and a region at line 0.
        assertThat(SarifSchema.problems("{\"version\": \"2.1.0\"}")).isNotEmpty();
        assertThat(SarifSchema.problems("""
                {"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}}, "results": [
                  {"message": {"text": "m"}, "locations": [{"physicalLocation": {
                    "artifactLocation": {"uri": "a.yaml"}, "region": {"startLine": 0}}}]}]}]}
                """)).anySatisfy(p -> assertThat(p).contains("startLine"));
    }

    @Test
    void sarifOfACleanRunHasAnEmptyResultsArray() throws IOException {
        Path clean = Files.writeString(dir.resolve("clean.yaml"), LintCommandTest.CLEAN);
        CliRun run = CliRun.of("lint", "--format", "sarif", clean.toString());
        assertThat(run.code()).isZero();
        assertThat(SarifSchema.problems(run.out())).isEmpty();
        assertThat(new ObjectMapper().readTree(run.out()).path("runs").path(0).path("results").isArray()).isTrue();
        assertThat(run.out()).contains("\"results\" : [ ]");
    }

    @Test
    void sarifUrisBelowTheWorkingDirectoryAreRelative() {
        dev.meshport.cli.lint.ArtifactUris uris = new dev.meshport.cli.lint.ArtifactUris(Path.of("/repo"));
        assertThat(uris.uri("k8s/a b.yaml")).isEqualTo("k8s/a%20b.yaml");
        assertThat(uris.uri("./k8s/x.yaml")).isEqualTo("k8s/x.yaml");
        assertThat(uris.uri("/repo/k8s/x.yaml")).isEqualTo("k8s/x.yaml");
        assertThat(uris.uri("/elsewhere/x.yaml")).isEqualTo("file:///elsewhere/x.yaml");
        assertThat(uris.uri("c:x.yaml")).isEqualTo("./c:x.yaml");
        assertThat(uris.uri(Inputs.STDIN_NAME)).isEqualTo("stdin");
    }

    @Test
    void githubAnnotationsEscapeDataAndProperties() throws IOException {
        Path file = Files.writeString(dir.resolve("a,b:c.yaml"), LintCommandTest.BROKEN);
        CliRun run = CliRun.of("lint", "--format", "github", file.toString());
        String escapedDir = dir.toString().replace("%", "%25").replace(":", "%3A").replace(",", "%2C");
        assertThat(run.out().lines().toList()).containsExactly(
                "::error file=" + escapedDir + "/a%2Cb%3Ac.yaml,line=12,col=5,title=unknown-field::"
                        + "unknown field 'spec.http[0].retires' in VirtualService (VirtualService/bookinfo/reviews) at spec.http[0].retires",
                "1 error, 0 warnings, 0 info in 1 file (1 resource)");
    }

    @Test
    void githubInfoFindingsAreNotices() throws IOException {
        Path warning = Files.writeString(dir.resolve("w.yaml"), LintCommandTest.WARNING_ONLY);
        Path config = Files.writeString(dir.resolve("c.yaml"), "rules:\n  not-a-manifest: {severity: info}\n");
        CliRun run = CliRun.of("lint", "--format", "github", "--config", config.toString(), warning.toString());
        assertThat(run.out()).startsWith("::notice file=").contains(",title=not-a-manifest::");
    }
}

