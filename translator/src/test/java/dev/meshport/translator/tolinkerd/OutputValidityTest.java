package dev.meshport.translator.tolinkerd;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.meshport.model.Finding;
import dev.meshport.model.ManifestSet;
import dev.meshport.model.Severity;
import dev.meshport.model.load.ManifestLoader;
import dev.meshport.model.testing.SharedFolder;
import dev.meshport.translator.Output;
import dev.meshport.translator.TranslationResult;
import dev.meshport.translator.YamlOutput;
import dev.meshport.validator.LintOptions;
import dev.meshport.validator.Linter;
import dev.meshport.validator.RuleCatalog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * What meshport writes is ready to apply: it validates against the upstream CRD schemas (Gateway API 1.2.1, the
 * version Linkerd 2.18–2.20 recommend, and the Linkerd chart's policy CRDs), meshport lint finds no error in it, and
 * the same input gives the same bytes.
 */
class OutputValidityTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void samplesTranslateToSchemaValidLintCleanManifests() {
        check(Translate.run(Translate.load(Path.of("../samples/istio"))));
    }

    @Test
    void corpusTranslatesToSchemaValidLintCleanManifests() {
        check(Translate.run(Translate.load(SharedFolder.require("corpus/istio"))));
    }

    @Test
    void sameInputSameBytes() {
        String first = YamlOutput.write(Translate.run(Translate.load(Path.of("../samples/istio"))).outputs());
        String second = YamlOutput.write(Translate.run(Translate.load(Path.of("../samples/istio"))).outputs());
        assertThat(second).isEqualTo(first);
    }

    @Test
    void theSchemasRejectAnInvalidRouteAndServer() throws Exception {
        Map<String, JsonSchema> schemas = schemas();
        JsonNode route = JSON.readTree("""
                {"apiVersion": "gateway.networking.k8s.io/v1", "kind": "HTTPRoute", "metadata": {"name": "x"},
                 "spec": {"rules": [{"matches": [{"path": {"type": "Prefix", "value": "/"}}]}]}}""");
        assertThat(schemas.get("gateway.networking.k8s.io/v1 HTTPRoute").validate(route)).isNotEmpty();
        JsonNode server = JSON.readTree("""
                {"apiVersion": "policy.linkerd.io/v1beta3", "kind": "Server", "metadata": {"name": "x"},
                 "spec": {"podSelector": {"matchLabels": {}}, "port": [80], "accessPolicy": "deny"}}""");
        assertThat(schemas.get("policy.linkerd.io/v1beta3 Server").validate(server)).isNotEmpty();
    }

    static void check(TranslationResult r) {
        Map<String, JsonSchema> schemas = schemas();
        List<String> invalid = new ArrayList<>();
        int validated = 0;
        for (Output o : r.outputs()) {
            String key = o.apiVersion() + " " + o.kind();
            JsonSchema schema = schemas.get(key);
            if (schema == null) {
                assertThat(o.apiVersion()).as("a CRD schema for " + key).isIn("v1", "apps/v1");
                continue;
            }
            validated++;
            Set<ValidationMessage> messages = schema.validate(o.object());
            for (ValidationMessage m : messages) {
                invalid.add(o.display() + ": " + m.getMessage());
            }
        }
        assertThat(invalid).as("schema violations").isEmpty();
        assertThat(validated).isPositive();
        ManifestSet written = new ManifestLoader().loadText("out.yaml", YamlOutput.write(r.outputs()));
        List<Finding> errors = new Linter(RuleCatalog.builtIn()).lint(written, LintOptions.DEFAULT).findings().stream()
                .filter(f -> f.severity() == Severity.ERROR).toList();
        assertThat(errors).as("lint errors in the translated output").isEmpty();
    }

    /** Structural-schema keywords JSON Schema does not know, rewritten: int-or-string becomes anyOf integer, string. */
    private static void kubernetesKeywords(JsonNode node) {
        if (node instanceof ObjectNode o && o.path("x-kubernetes-int-or-string").asBoolean(false)) {
            o.putArray("anyOf").add(JSON.createObjectNode().put("type", "integer"))
                    .add(JSON.createObjectNode().put("type", "string"));
        }
        node.forEach(OutputValidityTest::kubernetesKeywords);
    }

    /** openAPIV3Schema of each served version, by "apiVersion kind". */
    static Map<String, JsonSchema> schemas() {
        Path crds = SharedFolder.require("crds");
        Map<String, JsonSchema> out = new HashMap<>();
        List<Path> files = new ArrayList<>();
        files.addAll(SharedFolder.manifestFiles(crds.resolve("gateway-api/v1.2.1/experimental")));
        files.addAll(SharedFolder.manifestFiles(crds.resolve("linkerd/templates/policy")));
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4);
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        for (Path f : files) {
            String text;
            try {
                text = Files.readString(f).lines().filter(l -> !l.contains("{{") && !l.contains("}}"))
                        .collect(Collectors.joining("\n"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (Object doc : yaml.loadAll(text)) {
                JsonNode crd = JSON.valueToTree(doc);
                if (crd == null || !crd.path("kind").asText().equals("CustomResourceDefinition")) {
                    continue;
                }
                String group = crd.at("/spec/group").asText();
                String kind = crd.at("/spec/names/kind").asText();
                for (JsonNode v : crd.at("/spec/versions")) {
                    ObjectNode schema = (ObjectNode) v.at("/schema/openAPIV3Schema").deepCopy();
                    kubernetesKeywords(schema);
                    out.put(group + "/" + v.path("name").asText() + " " + kind, factory.getSchema(schema));
                }
            }
        }
        return out;
    }
}
