package dev.meshport.validator.linkerd.support;

import com.fasterxml.jackson.databind.JsonNode;
import dev.meshport.model.FieldPath;
import java.util.ArrayList;
import java.util.List;

/**
 * Walks a resource tree along a path pattern whose {@code [*]} steps visit every item of a list, such as
 * {@code spec.rules[*].matches[*].path}. Only nodes that are present are visited.
 */
public final class Trees {

    /** A node found by {@link #each}: its value and where it is. */
    public record At(FieldPath path, JsonNode node) {
        public At key(String name) {
            return new At(path.key(name), node.path(name));
        }

        public boolean has(String name) {
            return node.has(name) && !node.get(name).isNull();
        }

        public String text(String name) {
            JsonNode v = node.get(name);
            return v == null || v.isNull() || !v.isValueNode() ? null : v.asText();
        }

        /** The items of the list under {@code name}, with their paths. */
        public List<At> items(String name) {
            List<At> out = new ArrayList<>();
            JsonNode list = node.path(name);
            if (list.isArray()) {
                for (int i = 0; i < list.size(); i++) {
                    out.add(new At(path.key(name).index(i), list.get(i)));
                }
            }
            return out;
        }
    }

    private Trees() {}

    /** Every node matching {@code pattern} below {@code root}. */
    public static List<At> each(JsonNode root, String pattern) {
        List<At> current = new ArrayList<>();
        current.add(new At(FieldPath.ROOT, root));
        if (pattern.isEmpty()) {
            return current;
        }
        for (String step : pattern.split("\\.")) {
            boolean all = step.endsWith("[*]");
            String key = all ? step.substring(0, step.length() - 3) : step;
            List<At> next = new ArrayList<>();
            for (At at : current) {
                JsonNode child = key.isEmpty() ? at.node() : at.node().get(key);
                if (child == null || child.isNull() || child.isMissingNode()) {
                    continue;
                }
                FieldPath p = key.isEmpty() ? at.path() : at.path().key(key);
                if (all) {
                    if (child.isArray()) {
                        for (int i = 0; i < child.size(); i++) {
                            next.add(new At(p.index(i), child.get(i)));
                        }
                    }
                } else {
                    next.add(new At(p, child));
                }
            }
            current = next;
        }
        return current;
    }
}
