package dev.meshport.translator.toistio;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.meshport.model.Manifest;
import dev.meshport.model.ManifestSet;
import dev.meshport.model.ResourceId;
import dev.meshport.model.Severity;
import dev.meshport.model.testing.SharedFolder;
import dev.meshport.translator.Output;
import dev.meshport.translator.TranslationResult;
import dev.meshport.validator.LintOptions;
import dev.meshport.validator.Linter;
import dev.meshport.validator.RuleCatalog;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Translated Istio manifests are valid: each Istio object validates against the openAPIV3Schema of its served version
 * in the Istio CRDs (../shared/crds/istio/crd-all.gen.yaml), and every output, loaded back as Istio reads it, has no
 * unknown field, no type problem and no rejected value (the core unknown-field / invalid-field-value checks), and
 * {@code meshport lint} finds no error in it.
 */
class IstioSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void samplesTranslateToValidIstio() throws IOException {
        assertValid(ToIstio.run(ToIstio.load(Path.of("../samples/linkerd"))));
    }

    @Test
    void corpusTranslatesToValidIstio() throws IOException {
        assertValid(ToIstio.run(ToIstio.load(SharedFolder.require("corpus/linkerd"))));
    }

    @Test
    void aSchemaViolationIsCaught() throws IOException {
        // The check can fail: a VirtualService with a string where the schema wants an integer.
        Map<String, JsonSchema> schemas = schemas();
        JsonNode bad = JSON.readTree("""
                {"apiVersion": "networking.istio.io/v1", "kind": "VirtualService", "metadata": {"name": "x"},
                 "spec": {"hosts": ["x"], "http": [{"retries": {"attempts": "many"}}]}}""");
        assertThat(schemas.get("networking.istio.io/v1/VirtualService").validate(bad)).isNotEmpty();
    }

    private static void assertValid(TranslationResult r) throws IOException {
        Map<String, JsonSchema> schemas = schemas();
        List<String> problems = new ArrayList<>();
        int validated = 0;
        for (Output o : r.outputs()) {
            String group = ResourceId.groupOf(o.apiVersion());
            if (!group.endsWith("istio.io")) {
                continue;
            }
            JsonSchema schema = schemas.get(o.apiVersion() + "/" + o.kind());
            if (schema == null) {
                problems.add(o.display() + ": no served schema for " + o.apiVersion());
                continue;
            }
            Set<ValidationMessage> messages = schema.validate(o.object());
            messages.forEach(m -> problems.add(o.display() + ": " + m.getMessage()));
            validated++;
        }
        ManifestSet reloaded = ToIstio.reload(r);
        assertThat(reloaded.loadFindings()).as("load findings").isEmpty();
        for (Manifest m : reloaded.all()) {
            m.unknownFields().forEach(f -> problems.add(m.id().display() + ": unknown field " + f));
            m.typeProblem().ifPresent(p -> problems.add(m.id().display() + ": " + p));
            m.rejectedValues().forEach(f -> problems.add(m.id().display() + ": rejected value at " + f));
        }
        assertThat(reloaded.all()).hasSize(r.outputs().size());
        new Linter(RuleCatalog.builtIn()).lint(reloaded, LintOptions.DEFAULT).findings().stream()
                .filter(f -> f.severity() == Severity.ERROR)
                .forEach(f -> problems.add("lint " + f));
        assertThat(validated).as("Istio objects validated").isPositive();
        assertThat(problems).isEmpty();
    }

    /** The openAPIV3Schema of every served version, by apiVersion/kind. */
    private static Map<String, JsonSchema> schemas() throws IOException {
        Path crds = SharedFolder.require("crds/istio/crd-all.gen.yaml");
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4);
        Map<String, JsonSchema> out = new HashMap<>();
        try (Reader reader = Files.newBufferedReader(crds)) {
            for (Object doc : new Yaml().loadAll(reader)) {
                if (doc == null) {
                    continue;
                }
                JsonNode crd = JSON.valueToTree(doc);
                String group = crd.at("/spec/group").asText();
                String kind = crd.at("/spec/names/kind").asText();
                for (JsonNode v : crd.at("/spec/versions")) {
                    if (v.path("served").asBoolean()) {
                        out.put(group + "/" + v.path("name").asText() + "/" + kind,
                                factory.getSchema(v.at("/schema/openAPIV3Schema")));
                    }
                }
            }
        }
        return out;
    }
}
