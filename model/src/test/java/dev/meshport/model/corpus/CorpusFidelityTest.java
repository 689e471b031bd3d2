package dev.meshport.model.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.meshport.model.FieldPath;
import dev.meshport.model.Manifest;
import dev.meshport.model.ManifestSet;
import dev.meshport.model.SourcePosition;
import dev.meshport.model.kinds.Mesh;
import dev.meshport.model.load.InputException;
import dev.meshport.model.load.ManifestLoader;
import dev.meshport.model.load.SourceInput;
import dev.meshport.model.testing.JsonTrees;
import dev.meshport.model.testing.SharedFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The loader against every real manifest of the shared corpus: positions must be exact, and the typed models must
 * keep every field.
 */
class CorpusFidelityTest {

    private static Path corpus;
    private static List<Path> files;
    private static ManifestSet loaded;

    @BeforeAll
    static void load() throws InputException {
        corpus = SharedFolder.require("corpus");
        files = SharedFolder.manifestFiles(corpus);
        List<SourceInput> inputs = new ArrayList<>();
        for (Path f : files) {
            inputs.add(SourceInput.file(f, f.toString()));
        }
        loaded = new ManifestLoader().load(inputs);
    }

    @Test
    void everyScalarsPositionPointsAtItsKeyInTheFile() throws IOException {
        Map<String, List<String>> lines = new TreeMap<>();
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Manifest m : loaded.all()) {
            List<String> text = lines.computeIfAbsent(m.file(), CorpusFidelityTest::readLines);
            checked += checkScalars(m, m.tree(), FieldPath.ROOT, null, text, wrong);
        }
        assertThat(wrong).as("positions that do not point at their key (of %d checked)", checked).isEmpty();
        assertThat(checked).isGreaterThan(8_000);
    }

    private static int checkScalars(Manifest m, JsonNode node, FieldPath path, String key, List<String> text, List<String> wrong) {
        if (node.isObject()) {
            int n = 0;
            Iterator<Map.Entry<String, JsonNode>> it = node.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> f = it.next();
                n += checkScalars(m, f.getValue(), path.key(f.getKey()), f.getKey(), text, wrong);
            }
            return n;
        }
        if (node.isArray()) {
            int n = 0;
            for (int i = 0; i < node.size(); i++) {
                n += checkScalars(m, node.get(i), path.index(i), null, text, wrong);
            }
            return n;
        }
        SourcePosition at = m.position(path);
        if (!m.has(path)) {
            wrong.add(m.file() + " " + path + ": no position");
            return 1;
        }
        String line = at.line() <= text.size() ? text.get(at.line() - 1) : "";
        int index = line.offsetByCodePoints(0, Math.min(at.column() - 1, line.codePointCount(0, line.length())));
        String rest = line.substring(index);
        String expected = key != null ? key : node.isTextual() ? node.asText() : node.asText();
        boolean ok = rest.startsWith(expected) || rest.startsWith("\"" + expected) || rest.startsWith("'" + expected)
                // a scalar list item written as a block scalar or with an escape starts with its indicator
                || (key == null && (rest.startsWith("|") || rest.startsWith(">") || rest.startsWith("\"") || rest.startsWith("'")))
                // a non-plain number spelling (0x1F, 1_000) or a key that is an alias
                || (key == null && !node.isTextual()) || rest.startsWith("*");
        if (!ok) {
            wrong.add(m.file() + ":" + at + " " + path + ": expected '" + expected + "' but the line reads '" + line + "'");
        }
        return 1;
    }

    @Test
    void everyIstioAndLinkerdDocumentWritesBackWithNoFieldLost() {
        Map<String, Integer> roundTripped = new TreeMap<>();
        List<String> lost = new ArrayList<>();
        List<String> notBound = new ArrayList<>();
        for (Manifest m : loaded.all()) {
            if (m.mesh() != Mesh.ISTIO && m.mesh() != Mesh.LINKERD) {
                continue;
            }
            JsonNode back = m.roundTrip();
            if (back == null) {
                notBound.add(m + ": " + m.typeProblem().orElseThrow());
                continue;
            }
            for (String d : JsonTrees.differences(m.tree(), back)) {
                lost.add(m + " " + d);
            }
            roundTripped.merge(m.mesh() + " " + m.kind(), 1, Integer::sum);
        }
        assertThat(lost).as("fields changed by the round trip").isEmpty();
        // The documents the typed model refuses carry a real error each (a deliberately invalid upstream test case).
        assertThat(notBound).as("documents whose values the model refuses").hasSizeLessThanOrEqualTo(2);
        assertThat(roundTripped).containsKeys("ISTIO VirtualService", "ISTIO DestinationRule", "ISTIO AuthorizationPolicy",
                "ISTIO Gateway", "ISTIO ServiceEntry", "LINKERD Server", "LINKERD AuthorizationPolicy",
                "LINKERD ServiceProfile", "LINKERD TrafficSplit", "LINKERD MeshTLSAuthentication");
        assertThat(roundTripped.values().stream().mapToInt(Integer::intValue).sum()).isGreaterThan(300);
    }

    @Test
    void theWholeCorpusLoadsWithEveryProblemLocated() {
        assertThat(loaded.files()).isEqualTo(files.size());
        assertThat(loaded.all()).hasSizeGreaterThan(500);
        assertThat(loaded.loadFindings()).allSatisfy(f -> {
            assertThat(f.location().line()).isPositive();
            assertThat(f.location().file()).startsWith(corpus.toString());
        });
        // The Helm templates of the corpus are not YAML: each is reported, none is read as a resource.
        assertThat(loaded.loadFindings()).anySatisfy(f -> assertThat(f.location().file()).endsWith(".tmpl.yaml"));
    }

    private static List<String> readLines(String file) {
        try {
            String s = Files.readString(Path.of(file));
            if (s.startsWith("\uFEFF")) {
                s = s.substring(1);
            }
            return List.of(s.split("\n", -1));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
