package dev.meshport.samples.translate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshport.cli.Main;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.approvaltests.Approvals;
import org.approvaltests.core.Options;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code meshport translate --to linkerd} end to end on the whole Istio sample set, with approved outputs. */
class TranslateSamplesTest {

    private record Run(int exit, String out, String err) {}

    private static Run meshport(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args, new ByteArrayInputStream(new byte[0]), new PrintWriter(out), new PrintWriter(err));
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void manifests() {
        Run run = meshport("translate", "--to", "linkerd", "istio");
        assertThat(run.exit()).as("bookinfo has features without Linkerd equivalent").isEqualTo(1);
        assertThat(run.err()).isEmpty();
        Approvals.verify(run.out(), new Options().forFile().withExtension(".yaml"));
    }

    @Test
    void jsonReport() {
        Run run = meshport("translate", "--to", "linkerd", "istio", "--dry-run", "--report", "-", "--report-format", "json");
        assertThat(run.exit()).isEqualTo(1);
        Approvals.verify(run.out(), new Options().forFile().withExtension(".json"));
    }

    @Test
    void markdownReport() {
        Run run = meshport("translate", "--to", "linkerd", "istio", "--dry-run", "--report", "-", "--report-format", "markdown");
        Approvals.verify(run.out(), new Options().forFile().withExtension(".md"));
    }

    @Test
    void textReport() {
        Run run = meshport("translate", "--to", "linkerd", "istio", "--dry-run", "--report", "-");
        Approvals.verify(run.out());
    }

    @Test
    void sarifReport() {
        Run run = meshport("translate", "--to", "linkerd", "istio", "--dry-run", "--report", "-", "--report-format", "sarif");
        Approvals.verify(run.out(), new Options().forFile().withExtension(".sarif"));
    }

    @Test
    void htmlReportIsOneSelfContainedPage(@TempDir Path dir) throws IOException {
        Path report = dir.resolve("gaps.html");
        Run run = meshport("translate", "--to", "linkerd", "istio", "--dry-run", "--report", report.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).as("--dry-run writes no manifests").isEmpty();
        String html = Files.readString(report);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<svg").contains("VirtualService/bookinfo/reviews")
                .contains("retry.linkerd.io/limit").doesNotContain("src=\"http").doesNotContain("href=\"http")
                .doesNotContain("<script src");
    }

    @Test
    void outputDirectoryMirrorsTheInputLayoutAndEveryObjectNamesItsSource(@TempDir Path dir) throws IOException {
        Run run = meshport("translate", "--to", "linkerd", "istio", "-o", dir.toString(), "--report",
                dir.resolve("report.json").toString());
        assertThat(run.exit()).isEqualTo(1);
        try (Stream<Path> files = Files.walk(dir)) {
            List<String> written = files.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
            assertThat(written).containsExactly("bookinfo/destination-rules.yaml", "bookinfo/security.yaml",
                    "bookinfo/services.yaml", "bookinfo/virtual-services.yaml", "report.json");
        }
        String routes = Files.readString(dir.resolve("bookinfo/virtual-services.yaml"));
        assertThat(routes.split("\n---\n|^---\n")).allSatisfy(doc -> {
            if (!doc.isBlank()) {
                assertThat(doc).contains("meshport.dev/source: istio/bookinfo/");
            }
        });
        assertThat(Files.readString(dir.resolve("report.json"))).contains("\"file\" : \"" + dir.resolve("bookinfo"));
    }

    @Test
    void exitCodesFollowFailOn(@TempDir Path dir) throws IOException {
        Path input = dir.resolve("in.yaml");
        Files.writeString(input, """
                apiVersion: v1
                kind: Service
                metadata: {name: web, namespace: shop}
                spec: {selector: {app: web}, ports: [{name: http, port: 8080}]}
                ---
                apiVersion: networking.istio.io/v1
                kind: VirtualService
                metadata: {name: web, namespace: shop}
                spec:
                  hosts: [web]
                  http:
                  - match: [{uri: {regex: "/v[0-9]+"}}]
                    route: [{destination: {host: web}}]
                """);
        assertThat(meshport("translate", "--to", "linkerd", input.toString()).exit()).as("partial only").isZero();
        assertThat(meshport("translate", "--to", "linkerd", input.toString(), "--fail-on", "partial").exit()).isEqualTo(1);
        assertThat(meshport("translate", "--to", "linkerd", input.toString(), "--fail-on", "bogus").exit()).isEqualTo(2);
        assertThat(meshport("translate", "--to", "linkerd", input.toString(), "--report", "-").exit())
                .as("report and manifests both on stdout").isEqualTo(2);
        assertThat(meshport("translate", "--to", "linkerd", input.toString(), "-o", dir.toString()).exit())
                .as("never writes over an input").isEqualTo(2);
    }

    @Test
    void sameInputSameBytes() {
        assertThat(meshport("translate", "--to", "linkerd", "istio").out())
                .isEqualTo(meshport("translate", "--to", "linkerd", "istio").out());
    }
}
