package dev.meshport.validator.istio;

import dev.meshport.model.testing.SharedFolder;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The spec schemas of shared/crds/istio/crd-all.gen.yaml (storage version), walked into field patterns such as
 * {@code spec.http[*].timeout} ({@code [*]} for list items, {@code *} for map values).
 */
final class IstioCrdSchema {

    private final Map<String, Map<String, Object>> specByKind = new java.util.TreeMap<>();

    @SuppressWarnings("unchecked")
    IstioCrdSchema() throws IOException {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(64 * 1024 * 1024);
        try (Reader r = Files.newBufferedReader(SharedFolder.require("crds/istio/crd-all.gen.yaml"))) {
            for (Object doc : new Yaml(options).loadAll(r)) {
                if (!(doc instanceof Map<?, ?> crd)) {
                    continue;
                }
                Map<String, Object> spec = (Map<String, Object>) crd.get("spec");
                String kind = (String) ((Map<String, Object>) spec.get("names")).get("kind");
                for (Map<String, Object> v : (List<Map<String, Object>>) spec.get("versions")) {
                    if (Boolean.TRUE.equals(v.get("storage"))) {
                        Map<String, Object> schema = (Map<String, Object>) ((Map<String, Object>) v.get("schema")).get("openAPIV3Schema");
                        specByKind.put(kind, (Map<String, Object>) ((Map<String, Object>) schema.get("properties")).get("spec"));
                    }
                }
            }
        }
    }

    /** Every field pattern of {@code kind}'s spec, with its schema node. */
    void walk(String kind, BiConsumer<String, Map<String, Object>> visitor) {
        walk(specByKind.get(kind), "spec", visitor);
    }

    @SuppressWarnings("unchecked")
    private static void walk(Map<String, Object> schema, String path, BiConsumer<String, Map<String, Object>> visitor) {
        if (schema == null) {
            return;
        }
        visitor.accept(path, schema);
        if ("array".equals(schema.get("type")) && schema.get("items") instanceof Map<?, ?> items) {
            walk((Map<String, Object>) items, path + "[*]", visitor);
        }
        if (schema.get("properties") instanceof Map<?, ?> props) {
            ((Map<String, Object>) props).forEach((k, v) -> walk((Map<String, Object>) v, path + "." + k, visitor));
        }
        if (schema.get("additionalProperties") instanceof Map<?, ?> values) {
            walk((Map<String, Object>) values, path + ".*", visitor);
        }
    }

    /** Field patterns of {@code kind} checked by a CEL rule that contains {@code celFragment}. */
    @SuppressWarnings("unchecked")
    Set<String> withCel(String kind, String celFragment) {
        Set<String> out = new TreeSet<>();
        walk(kind, (path, node) -> {
            if (node.get("x-kubernetes-validations") instanceof List<?> rules) {
                for (Object rule : rules) {
                    if (String.valueOf(((Map<String, Object>) rule).get("rule")).contains(celFragment)) {
                        out.add(path);
                    }
                }
            }
        });
        return out;
    }

    /** Field patterns of {@code kind} that their object's schema lists as required. */
    Set<String> required(String kind) {
        Set<String> out = new TreeSet<>();
        walk(kind, (path, node) -> {
            if (node.get("required") instanceof List<?> names) {
                names.forEach(n -> out.add(path + "." + n));
            }
        });
        return out;
    }

    Set<String> fields(String kind) {
        Set<String> out = new TreeSet<>();
        walk(kind, (path, node) -> out.add(path));
        return out;
    }

    Set<String> kinds() {
        return specByKind.keySet();
    }
}
