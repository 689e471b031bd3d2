package dev.meshport.validator.istio;

import com.fasterxml.jackson.databind.JsonNode;
import dev.meshport.model.FieldPath;
import dev.meshport.model.Manifest;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the fields of a manifest as written, by a pattern such as {@code spec.http[*].route[*].weight}: every list
 * item where the pattern has {@code [*]}, every map entry where it has {@code *}, only fields that are present.
 * Rules read the tree rather than the typed view so that each finding keeps the exact path (and so the exact line
 * and column) of what was written.
 */
public final class Fields {

    /** A field that is present: its path in the resource and its value. */
    public record Field(FieldPath path, JsonNode value) {

        /** The child {@code key}, present or not. */
        public Field key(String key) {
            return new Field(path.key(key), value.path(key));
        }

        /** The key of this field in its parent, or "" for a list item. */
        public String name() {
            return path.last() instanceof FieldPath.Key k ? k.name() : "";
        }

        public boolean present() {
            return !value.isMissingNode() && !value.isNull();
        }

        public String text() {
            return value.isValueNode() ? value.asText() : "";
        }

        /** The items of this list field (none when it is not a list). */
        public List<Field> items() {
            List<Field> out = new ArrayList<>();
            if (value.isArray()) {
                for (int i = 0; i < value.size(); i++) {
                    out.add(new Field(path.index(i), value.get(i)));
                }
            }
            return out;
        }

        /** The fields below this one that match {@code pattern}. */
        public List<Field> each(String pattern) {
            return Fields.each(this, pattern);
        }
    }

    private Fields() {}

    /** The root of {@code m} as a field. */
    public static Field root(Manifest m) {
        return new Field(FieldPath.ROOT, m.tree());
    }

    /** The present fields of {@code m} that match {@code pattern}. */
    public static List<Field> each(Manifest m, String pattern) {
        return each(root(m), pattern);
    }

    /** The field of {@code m} at a pattern without wildcards, present or not. */
    public static Field at(Manifest m, String path) {
        FieldPath p = FieldPath.parse(path);
        return new Field(p, m.at(p));
    }

    static List<Field> each(Field from, String pattern) {
        List<Field> current = List.of(from);
        for (String step : pattern.split("\\.")) {
            if (step.isEmpty()) {
                continue;
            }
            if (step.equals("*")) {
                current = entries(current);
                continue;
            }
            boolean all = step.endsWith("[*]");
            String key = all ? step.substring(0, step.length() - 3) : step;
            List<Field> next = new ArrayList<>();
            for (Field f : current) {
                Field child = f.key(key);
                if (!child.present()) {
                    continue;
                }
                if (!all) {
                    next.add(child);
                } else if (child.value().isArray()) {
                    for (int i = 0; i < child.value().size(); i++) {
                        JsonNode item = child.value().get(i);
                        if (!item.isNull()) {
                            next.add(new Field(child.path().index(i), item));
                        }
                    }
                }
            }
            current = next;
        }
        return current;
    }

    private static List<Field> entries(List<Field> of) {
        List<Field> next = new ArrayList<>();
        for (Field f : of) {
            if (f.value().isObject()) {
                f.value().fieldNames().forEachRemaining(name -> {
                    Field child = f.key(name);
                    if (child.present()) {
                        next.add(child);
                    }
                });
            }
        }
        return next;
    }

    /** The texts of a list of scalars (or the empty list). */
    public static List<String> texts(JsonNode list) {
        List<String> out = new ArrayList<>();
        if (list.isArray()) {
            list.forEach(n -> out.add(n.asText()));
        }
        return out;
    }
}
