package dev.meshport.model.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import dev.meshport.model.FieldPath;
import dev.meshport.model.TypeProblem;
import dev.meshport.model.load.ModelDefects;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks a document tree against the {@link SchemaDescription}: the same type problem, unknown fields and rejected
 * values that binding it with {@code TypedModel} gives, without Jackson's bean machinery or the model classes (they
 * cost a quarter of a second on first use, most of a one-file lint). Where the description cannot be sure of what
 * binding would say (a oneOf Jackson cannot deduce, a value type whose outcome depends on the value, a problem inside
 * a part that binding reads out of order), it says so ({@link #check} returns null) and the caller binds.
 */
public final class SchemaCheck {

    /** What binding a document would report: its first type problem, else its unknown fields and rejected values. */
    public record Result(TypeProblem problem, List<FieldPath> unknownFields, List<FieldPath> rejectedValues) {}

    /** A string Jackson puts in its messages as written (no escaping, no truncation). */
    private static boolean plainText(String text) {
        if (text.isEmpty() || text.length() > 200) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || " ._:/@+=,*-".indexOf(c) >= 0)) {
                return false;
            }
        }
        return true;
    }

    private SchemaDescription description;

    /** Reads the description from the class path on first use. */
    public SchemaCheck() {
    }

    public SchemaCheck(SchemaDescription description) {
        this.description = description;
    }

    private synchronized SchemaDescription description() {
        if (description == null) {
            description = SchemaDescription.load();
        }
        return description;
    }

    /** The outcome for {@code tree} bound to {@code modelClass} (a class name), or null when binding must decide. */
    public Result check(JsonNode tree, String modelClass) {
        SchemaDescription description = description();
        String root = description.root(modelClass);
        if (root == null) {
            return null;
        }
        Walk walk = new Walk(description);
        try {
            walk.value(tree, root, FieldPath.ROOT, true);
        } catch (Undecided e) {
            return null;
        } catch (Problem p) {
            Pattern defects = ModelDefects.of(modelClass);
            if (defects != null && defects.matcher(p.problem.field().toString()).matches()) {
                return null; // binding reads around these fields
            }
            return new Result(p.problem, List.of(), List.of());
        }
        return new Result(null, List.copyOf(walk.unknown), List.copyOf(walk.rejected));
    }

    private static final class Undecided extends RuntimeException {
        Undecided() {
            super(null, null, false, false);
        }
    }

    private static final class Problem extends RuntimeException {
        final transient TypeProblem problem;

        Problem(TypeProblem problem) {
            super(null, null, false, false);
            this.problem = problem;
        }
    }

    private static final class Walk {
        final SchemaDescription description;
        final List<FieldPath> unknown = new ArrayList<>();
        final List<FieldPath> rejected = new ArrayList<>();
        /** Above zero inside a part that binding reads after its siblings: a problem there is left to binding. */
        int outOfOrder;
        /** Above zero below a resource with a oneOf: binding reads a copy of the tree there. */
        int rebuilt;

        Walk(SchemaDescription description) {
            this.description = description;
        }

        /** {@code diff}: whether the known-fields comparison reaches this value (it stops at unknown fields). */
        void value(JsonNode v, String typeKey, FieldPath path, boolean diff) {
            if (typeKey.equals("-")) {
                if (!v.isNull()) {
                    throw new Undecided();
                }
                return;
            }
            SchemaDescription.Type t = description.type(typeKey);
            if (t == null || t.kind.equals("opaque")) {
                throw new Undecided();
            }
            if (t.kind.equals("free")) {
                return;
            }
            if (v.isObject() && (t.kind.equals("bean") || t.kind.equals("unwrapped"))) {
                bean(v, t, path, diff);
                return;
            }
            if (v.isArray() && t.kind.equals("list")) {
                for (int i = 0; i < v.size(); i++) {
                    value(v.get(i), t.element, path.index(i), diff);
                }
                return;
            }
            if (v.isObject() && t.kind.equals("map")) {
                Iterator<Map.Entry<String, JsonNode>> fields = v.fields();
                while (fields.hasNext()) {
                    Map.Entry<String, JsonNode> f = fields.next();
                    value(f.getValue(), t.element, path.key(f.getKey()), diff);
                }
                return;
            }
            String shape = shapeOf(v);
            if (t.kind.equals("enum") && (shape.equals("string") && t.names.contains(v.textValue())
                    || shape.equals("int") && t.ints.contains(v.intValue()))) {
                return;
            }
            String outcome = t.shapes.get(shape);
            if (outcome == null || outcome.equals("undecided")) {
                throw new Undecided();
            }
            if (outcome.equals("null")) {
                if (diff && v.isValueNode() && !v.isNull()) {
                    rejected.add(path);
                }
            } else if (outcome.startsWith("fail\t")) {
                String message = outcome.substring(5);
                if (message.contains("%v")) {
                    // As Jackson's messages show numbers. Below a oneOf, fabric8's deserializer has re-read the tree,
                    // and Jackson's node factory drops a decimal's trailing zeros as it does so (10.0 shows as 1E+1).
                    String text = v.isBigDecimal() && rebuilt > 0 ? stripped(v.decimalValue())
                            : v.isNumber() ? v.numberValue().toString() : v.asText();
                    if (v.isTextual() && !plainText(text)) {
                        throw new Undecided();
                    }
                    message = message.replace("%v", text);
                }
                if (outOfOrder > 0) {
                    throw new Undecided();
                }
                throw new Problem(new TypeProblem(path, message));
            }
        }

        private static String stripped(java.math.BigDecimal d) {
            return d.signum() == 0 ? "0" : d.stripTrailingZeros().toString();
        }

        private String shapeOf(JsonNode v) {
            JsonNodeType type = v.getNodeType();
            return switch (type) {
                case STRING -> v.textValue().isEmpty() ? "empty" : v.textValue().isBlank() ? "undecided" : "string";
                case NUMBER -> v.isInt() ? "int" : v.isDouble() ? "float" : v.isBigDecimal() ? "decimal" : "undecided";
                case BOOLEAN -> v.booleanValue() ? "true" : "false";
                case NULL -> "null";
                case OBJECT -> "object";
                case ARRAY -> "array";
                default -> "undecided";
            };
        }

        private void bean(JsonNode o, SchemaDescription.Type t, FieldPath path, boolean diff) {
            if (t.creator || t.customWriter) {
                throw new Undecided(); // properties bound out of order, or written back as something else
            }
            if (t.unwrapped.isEmpty()) {
                Iterator<Map.Entry<String, JsonNode>> fields = o.fields();
                while (fields.hasNext()) {
                    Map.Entry<String, JsonNode> f = fields.next();
                    field(t, f.getKey(), f.getValue(), path, diff);
                }
                return;
            }
            // fabric8's JsonUnwrappedDeserializer re-reads the object as a tree (see stripped()), hands each field it
            // does not own to the oneOf whose alternatives have that name, and binds the alternatives after its own fields.
            Map<String, SchemaDescription.Type> chosen = chooseAlternatives(o, t);
            rebuilt++;
            try {
                Iterator<Map.Entry<String, JsonNode>> fields = o.fields();
                while (fields.hasNext()) {
                    Map.Entry<String, JsonNode> f = fields.next();
                    SchemaDescription.Type alternative = t.properties.containsKey(f.getKey()) ? null : chosen.get(f.getKey());
                    if (alternative == null) {
                        field(t, f.getKey(), f.getValue(), path, diff);
                        continue;
                    }
                    outOfOrder++;
                    try {
                        field(alternative, f.getKey(), f.getValue(), path, diff);
                    } finally {
                        outOfOrder--;
                    }
                }
            } finally {
                rebuilt--;
            }
        }

        /** A field of {@code t} that is not an unwrapped alternative's. */
        private void field(SchemaDescription.Type t, String name, JsonNode value, FieldPath path, boolean diff) {
            SchemaDescription.Property p = t.properties.get(name);
            if (p != null) {
                value(value, p.type(), path.key(name), diff && p.written());
                unknownUnlessWritten(p, path.key(name), diff);
                return;
            }
            if (t.writeOnly.contains(name) || t.typedAnySetter) {
                throw new Undecided();
            }
            if (diff) {
                unknown.add(path.key(name)); // kept in additionalProperties (or skipped), never written back
            }
        }

        private void unknownUnlessWritten(SchemaDescription.Property p, FieldPath at, boolean diff) {
            if (diff && !p.written()) {
                unknown.add(at);
            }
        }

        /**
         * For each field of {@code o} that goes to a oneOf, the alternative Jackson's deduction picks for that oneOf:
         * its candidates are pruned by each of the oneOf's fields in document order until one is left (a DEDUCTION
         * type deserializer); fields of no alternative are not the class's at all. Left to binding when a field goes
         * to two oneOfs or the deduction does not end with one candidate (binding then fails).
         */
        private Map<String, SchemaDescription.Type> chooseAlternatives(JsonNode o, SchemaDescription.Type t) {
            Map<String, SchemaDescription.Type> chosen = new java.util.HashMap<>();
            for (SchemaDescription.Unwrapped u : t.unwrapped) {
                List<String> names = new ArrayList<>();
                o.fieldNames().forEachRemaining(name -> {
                    if (!t.properties.containsKey(name) && u.has(name)) {
                        names.add(name);
                    }
                });
                if (names.isEmpty()) {
                    continue; // the oneOf is left unset
                }
                List<SchemaDescription.Subtype> candidates = new ArrayList<>(u.alternatives());
                SchemaDescription.Type pick = null;
                for (String name : names) {
                    candidates.removeIf(s -> !s.fingerprint().contains(name));
                    if (candidates.size() == 1) {
                        pick = description.type(candidates.get(0).type());
                        break;
                    }
                }
                if (pick == null || !pick.kind.equals("bean") || pick.creator) {
                    throw new Undecided();
                }
                for (String name : names) {
                    if (chosen.put(name, pick) != null) {
                        throw new Undecided();
                    }
                }
            }
            return chosen;
        }
    }
}
