package dev.meshport.simulator.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small readers over a manifest tree: the simulator reads fields as written, so positions stay exact. */
public final class Nodes {

    private Nodes() {}

    public static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isValueNode() && !v.isNull() ? v.asText() : null;
    }

    public static Map<String, String> stringMap(JsonNode node) {
        Map<String, String> out = new LinkedHashMap<>();
        if (node != null && node.isObject()) {
            node.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
        }
        return out;
    }

    public static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node != null && node.isArray()) {
            node.forEach(n -> out.add(n.asText()));
        }
        return out;
    }

    /** True when the field is absent or an empty list/object. */
    public static boolean empty(JsonNode node) {
        return node == null || node.isMissingNode() || node.isNull() || (node.isContainerNode() && node.isEmpty());
    }
}
