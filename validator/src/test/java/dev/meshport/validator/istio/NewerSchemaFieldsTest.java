package dev.meshport.validator.istio;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.meshport.model.FieldPath;
import dev.meshport.model.Manifest;
import dev.meshport.model.load.ManifestLoader;
import dev.meshport.validator.RuleFixtures;
import dev.meshport.validator.core.NewerSchemaFields;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The allowance for CRD fields that the fabric8 model lacks is exactly what the CRD file and the model disagree on:
 * each field of each Istio CRD is written, with a value of its schema type, into a manifest of its own, and the
 * fields the model reports as unknown are collected (the outermost of them, as the allowance covers what is inside).
 */
class NewerSchemaFieldsTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private final ManifestLoader loader = new ManifestLoader();
    private static final Map<String, String> API_VERSIONS = Map.ofEntries(
            Map.entry("VirtualService", "networking.istio.io/v1"), Map.entry("DestinationRule", "networking.istio.io/v1"),
            Map.entry("Gateway", "networking.istio.io/v1"), Map.entry("ServiceEntry", "networking.istio.io/v1"),
            Map.entry("Sidecar", "networking.istio.io/v1"), Map.entry("WorkloadEntry", "networking.istio.io/v1"),
            Map.entry("WorkloadGroup", "networking.istio.io/v1"), Map.entry("EnvoyFilter", "networking.istio.io/v1alpha3"),
            Map.entry("ProxyConfig", "networking.istio.io/v1beta1"), Map.entry("AuthorizationPolicy", "security.istio.io/v1"),
            Map.entry("PeerAuthentication", "security.istio.io/v1"), Map.entry("RequestAuthentication", "security.istio.io/v1"),
            Map.entry("WasmPlugin", "extensions.istio.io/v1alpha1"), Map.entry("Telemetry", "telemetry.istio.io/v1"));
    /** Free-form values (Envoy config, plugin config) that the model keeps as untyped structures. */
    private static final List<String> UNTYPED = List.of("configPatches[*].patch.value", "pluginConfig");

    @Test
    void theAllowanceIsExactlyWhatTheModelLacks() throws IOException {
        IstioCrdSchema crd = new IstioCrdSchema();
        for (Map.Entry<String, String> kind : API_VERSIONS.entrySet()) {
            Set<String> unknown = new TreeSet<>();
            crd.walk(kind.getKey(), (path, schema) -> {
                JsonNode value = sampleValue(schema);
                if (value != null && UNTYPED.stream().noneMatch(path::contains)) {
                    unknown.addAll(unknownFields(kind.getKey(), kind.getValue(), path, value));
                }
            });
            assertThat(outermost(unknown)).as("CRD fields of %s that the model does not know", kind.getKey())
                    .isEqualTo(NewerSchemaFields.BY_KIND.getOrDefault(kind.getKey(), Set.of()));
        }
    }

    @Test
    void theEnumAllowanceIsExactlyWhatTheModelRejects() throws IOException {
        IstioCrdSchema crd = new IstioCrdSchema();
        for (Map.Entry<String, String> kind : API_VERSIONS.entrySet()) {
            Map<String, Set<String>> rejected = new TreeMap<>();
            crd.walk(kind.getKey(), (path, schema) -> {
                if (schema.get("enum") instanceof List<?> values && UNTYPED.stream().noneMatch(path::contains)) {
                    for (Object v : values) {
                        Manifest m = sample(kind.getKey(), kind.getValue(), path, NODES.textNode(String.valueOf(v)));
                        if (!m.rejectedValues().isEmpty()) {
                            rejected.computeIfAbsent(path, k -> new TreeSet<>()).add(String.valueOf(v));
                        }
                    }
                }
            });
            assertThat(rejected).as("CRD enumeration values of %s that the model rejects", kind.getKey())
                    .isEqualTo(NewerSchemaFields.ENUM_VALUES_BY_KIND.getOrDefault(kind.getKey(), Map.of()));
        }
    }

    @Test
    void newerFieldsAndValuesPassTheSchemaRulesWhileTyposStillFail() {
        String manifests = """
                apiVersion: security.istio.io/v1
                kind: AuthorizationPolicy
                metadata:
                  name: td
                spec:
                  rules:
                  - from:
                    - source:
                        trustDomains: ["cluster.local"]
                        trustDomain: ["typo"]
                ---
                apiVersion: networking.istio.io/v1alpha3
                kind: EnvoyFilter
                metadata:
                  name: ef
                spec:
                  configPatches:
                  - applyTo: HTTP_FILTER
                    match:
                      context: WAYPOINT
                    patch:
                      operation: MERGE_AND_REPLACE_LIST
                      value: {}
                  - applyTo: HTTP_FILTER
                    match:
                      context: WAYPOIN
                    patch:
                      operation: MERGE
                      value: {}
                """;
        assertThat(RuleFixtures.describe(manifests, Set.of("unknown-field", "invalid-field-value")))
                .hasSize(2)
                .anySatisfy(f -> assertThat(f).startsWith("10:9 unknown-field"))
                .anySatisfy(f -> assertThat(f).startsWith("26:7 invalid-field-value"));
    }

    /** The unknown fields, as patterns, of a manifest that has only {@code value} at {@code path}. */
    private Set<String> unknownFields(String kind, String apiVersion, String path, JsonNode value) {
        Set<String> out = new TreeSet<>();
        for (FieldPath f : sample(kind, apiVersion, path, value).unknownFields()) {
            out.add(f.toString().replaceAll("\\[\\d+]", "[*]").replace(".k.", ".*."));
        }
        return out;
    }

    /** A manifest of {@code kind} that has only {@code value} at {@code path}. */
    private Manifest sample(String kind, String apiVersion, String path, JsonNode value) {
        ObjectNode root = NODES.objectNode();
        root.put("apiVersion", apiVersion);
        root.put("kind", kind);
        root.putObject("metadata").put("name", "sample");
        JsonNode current = root;
        String[] steps = path.split("\\.");
        for (int i = 0; i < steps.length; i++) {
            boolean last = i == steps.length - 1;
            boolean list = steps[i].endsWith("[*]");
            String key = list ? steps[i].substring(0, steps[i].length() - 3) : steps[i].equals("*") ? "k" : steps[i];
            ObjectNode parent = (ObjectNode) current;
            if (list) {
                ArrayNode items = parent.putArray(key);
                current = last ? items.add(value) : items.addObject();
            } else if (last) {
                parent.set(key, value);
            } else {
                current = parent.putObject(key);
            }
        }
        return loader.loadText("sample.json", root.toString()).all().get(0);
    }

    /** A value of the schema's type, or null for objects and lists (their fields are visited on their own). */
    private static JsonNode sampleValue(Map<String, Object> schema) {
        if (schema.get("enum") instanceof List<?> values && !values.isEmpty()) {
            return NODES.textNode(String.valueOf(values.get(values.size() - 1)));
        }
        Object type = schema.get("type");
        if ("object".equals(type) && schema.get("properties") == null && schema.get("additionalProperties") == null) {
            return NODES.objectNode();
        }
        return switch (String.valueOf(type)) {
            case "string" -> NODES.textNode("1s");
            case "integer" -> NODES.numberNode(1);
            case "number" -> NODES.numberNode(1.0);
            case "boolean" -> NODES.booleanNode(true);
            default -> schema.get("x-kubernetes-int-or-string") != null ? NODES.numberNode(1) : null;
        };
    }

    private static Set<String> outermost(Set<String> fields) {
        Set<String> out = new TreeSet<>();
        for (String f : fields) {
            if (fields.stream().noneMatch(o -> !o.equals(f) && (f.startsWith(o + ".") || f.startsWith(o + "[")))) {
                out.add(f);
            }
        }
        return out;
    }
}
