package dev.meshport.model.linkerd;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.Quantity;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Helpers shared by the Linkerd model tests: the shared/ folder, YAML loading, schema and model property paths, comparison. */
final class LinkerdTestSupport {

    private LinkerdTestSupport() {
    }

    /** The shared reference folder; the test is skipped (not failed) when it is absent, e.g. in a bare checkout. */
    static Path sharedDir() {
        Path shared = Paths.get(System.getProperty("meshport.shared", "../../shared")).toAbsolutePath().normalize();
        Assumptions.assumeTrue(Files.isDirectory(shared),
            "shared/ not found: " + shared + " (set -Dmeshport.shared=<path to the shared reference folder>)");
        return shared;
    }

    static Yaml safeYaml() {
        return new Yaml(new SafeConstructor(new LoaderOptions()));
    }

    /** Drops every line carrying a Helm directive, so that the chart template parses as plain YAML. */
    static String stripHelm(String text) {
        return text.lines().filter(l -> !l.contains("{{") && !l.contains("}}")).collect(Collectors.joining("\n", "", "\n"));
    }

    // ---------------------------------------------------------------- CRD schema paths

    /**
     * Property paths of an OpenAPI v3 schema, e.g. {@code spec.podSelector.matchExpressions[].key}: nested {@code properties},
     * {@code items} ({@code []}), map {@code additionalProperties} ({@code {}}) and the properties of oneOf/anyOf/allOf branches.
     */
    static Set<String> schemaPaths(Map<?, ?> schema, String prefix) {
        Set<String> out = new TreeSet<>();
        walkSchema(schema, prefix, out);
        return out;
    }

    private static void walkSchema(Object node, String path, Set<String> out) {
        if (!(node instanceof Map<?, ?> schema)) {
            return;
        }
        for (String branch : List.of("oneOf", "anyOf", "allOf")) {
            if (schema.get(branch) instanceof List<?> alternatives) {
                for (Object alternative : alternatives) {
                    walkSchema(alternative, path, out);
                }
            }
        }
        if (schema.get("properties") instanceof Map<?, ?> props) {
            for (Map.Entry<?, ?> e : props.entrySet()) {
                String child = path + "." + e.getKey();
                out.add(child);
                walkSchema(e.getValue(), child, out);
            }
        }
        if (schema.get("items") instanceof Map<?, ?> items) {
            walkSchema(items, path + "[]", out);
        }
        if (schema.get("additionalProperties") instanceof Map<?, ?> values) {
            walkSchema(values, path + "{}", out);
        }
    }

    // ---------------------------------------------------------------- model paths

    /** Types that are leaves of the model tree (scalars, fabric8 value types, raw trees). */
    private static boolean isLeaf(Class<?> raw) {
        return raw.isPrimitive() || raw.isEnum() || raw == Object.class
            || raw.getName().startsWith("java.")
            || IntOrString.class.isAssignableFrom(raw) || Quantity.class.isAssignableFrom(raw)
            || ObjectMeta.class.isAssignableFrom(raw) || JsonNode.class.isAssignableFrom(raw);
    }

    /** Jackson property paths of a model type, in the same form as {@link #schemaPaths}; recursion stops at a repeated type. */
    static Set<String> modelPaths(ObjectMapper mapper, JavaType type, String prefix) {
        Set<String> out = new TreeSet<>();
        walkModel(mapper, type, prefix, out, new ArrayDeque<>());
        return out;
    }

    private static void walkModel(ObjectMapper mapper, JavaType type, String path, Set<String> out, Deque<Class<?>> stack) {
        if (type.isContainerType()) {
            if (type.isMapLikeType()) {
                walkModel(mapper, type.getContentType(), path + "{}", out, stack);
            } else {
                walkModel(mapper, type.getContentType(), path + "[]", out, stack);
            }
            return;
        }
        Class<?> raw = type.getRawClass();
        if (isLeaf(raw) || stack.contains(raw)) {
            return;
        }
        stack.push(raw);
        BeanDescription description = mapper.getSerializationConfig().introspect(type);
        for (BeanPropertyDefinition property : description.findProperties()) {
            String child = path + "." + property.getName();
            out.add(child);
            walkModel(mapper, property.getPrimaryType(), child, out, stack);
        }
        stack.pop();
    }

    /** Upstream paths that the model lacks. */
    static Set<String> missing(Set<String> upstream, Set<String> model) {
        Set<String> missing = new TreeSet<>(upstream);
        missing.removeAll(model);
        return missing;
    }

    // ---------------------------------------------------------------- semantic comparison

    /**
     * Normalises a JSON-like tree for semantic comparison: map keys as strings; numbers by value; entries whose value is null dropped
     * (for Kubernetes an explicit null equals an absent field, and the models do not write nulls); and empty {@code matchLabels} /
     * {@code matchExpressions} dropped, because fabric8's LabelSelector does not write them back (an empty selector part selects
     * everything either way).
     */
    static Object normalize(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                String key = String.valueOf(e.getKey());
                Object v = e.getValue();
                if (v == null) {
                    continue;
                }
                if ((key.equals("matchLabels") && v instanceof Map<?, ?> m && m.isEmpty())
                    || (key.equals("matchExpressions") && v instanceof List<?> l && l.isEmpty())) {
                    continue;
                }
                out.put(key, normalize(v));
            }
            return out;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            for (Object item : list) {
                out.add(normalize(item));
            }
            return out;
        }
        if (value instanceof Number n) {
            return new BigDecimal(n.toString()).stripTrailingZeros();
        }
        return value;
    }

    /** Differences between two normalised trees, as readable {@code path: expected vs actual} lines. */
    static List<String> diff(Object expected, Object actual) {
        List<String> out = new ArrayList<>();
        diff(expected, actual, "", out);
        return out;
    }

    private static void diff(Object expected, Object actual, String path, List<String> out) {
        if (expected instanceof Map<?, ?> e && actual instanceof Map<?, ?> a) {
            Set<Object> keys = new TreeSet<>(e.keySet().stream().map(String::valueOf).collect(Collectors.toSet()));
            keys.addAll(a.keySet().stream().map(String::valueOf).collect(Collectors.toSet()));
            for (Object key : keys) {
                String child = path + "." + key;
                if (!e.containsKey(key)) {
                    out.add(child + ": added " + a.get(key));
                } else if (!a.containsKey(key)) {
                    out.add(child + ": dropped " + e.get(key));
                } else {
                    diff(e.get(key), a.get(key), child, out);
                }
            }
        } else if (expected instanceof List<?> e && actual instanceof List<?> a) {
            if (e.size() != a.size()) {
                out.add(path + ": list size " + e.size() + " vs " + a.size());
                return;
            }
            for (int i = 0; i < e.size(); i++) {
                diff(e.get(i), a.get(i), path + "[" + i + "]", out);
            }
        } else if (expected == null ? actual != null : !expected.equals(actual)) {
            out.add(path + ": " + describe(expected) + " vs " + describe(actual));
        }
    }

    private static String describe(Object o) {
        Object shown = o instanceof BigDecimal d ? d.toPlainString() : o;
        return o == null ? "null" : shown + " (" + o.getClass().getSimpleName() + ")";
    }
}
