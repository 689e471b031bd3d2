package dev.meshport.model.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Semantic comparison of JSON trees, as the API server sees them: numbers compare by value (80 equals 80.0), an
 * explicit null is the same as an absent field, and so is an empty map (fabric8's LabelSelector leaves out
 * {@code matchLabels: {}}, which selects the same pods). Everything else compares exactly.
 */
public final class JsonTrees {

    private JsonTrees() {}

    /** The paths at which {@code actual} differs from {@code expected}; empty when they are semantically equal. */
    public static List<String> differences(JsonNode expected, JsonNode actual) {
        List<String> out = new ArrayList<>();
        diff(expected, actual, "", out);
        return out;
    }

    private static boolean absent(JsonNode n) {
        return n == null || n.isMissingNode() || n.isNull() || (n.isObject() && n.isEmpty());
    }

    private static void diff(JsonNode e, JsonNode a, String path, List<String> out) {
        if (absent(e) && absent(a)) {
            return;
        }
        if (a == null || a.isMissingNode()) {
            out.add(path + ": missing (expected " + e + ")");
            return;
        }
        if (e.isNumber() && a.isNumber()) {
            if (e.decimalValue().compareTo(a.decimalValue()) != 0
                    && !(Double.isNaN(e.doubleValue()) && Double.isNaN(a.doubleValue()))) {
                out.add(path + ": " + e + " became " + a);
            }
            return;
        }
        if (e.isObject() && a.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = e.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> f = it.next();
                diff(f.getValue(), a.get(f.getKey()), path + "." + f.getKey(), out);
            }
            Iterator<String> names = a.fieldNames();
            while (names.hasNext()) {
                String n = names.next();
                if (!e.has(n) && !absent(a.get(n))) {
                    out.add(path + "." + n + ": added (" + a.get(n) + ")");
                }
            }
            return;
        }
        if (e.isArray() && a.isArray()) {
            if (e.size() != a.size()) {
                out.add(path + ": " + e.size() + " items became " + a.size());
                return;
            }
            for (int i = 0; i < e.size(); i++) {
                diff(e.get(i), a.get(i), path + "[" + i + "]", out);
            }
            return;
        }
        if (!e.equals(a)) {
            out.add(path + ": " + e + " became " + a);
        }
    }

    static BigDecimal value(JsonNode n) {
        return n.decimalValue();
    }
}
