package dev.meshport.model.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.meshport.model.FieldPath;
import dev.meshport.model.SourcePosition;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Turns one composed SnakeYAML document into a Jackson tree, recording the position of every key and list item.
 * Scalars get the types YAML's resolver gave them (Kubernetes reads YAML the same way), never arbitrary classes.
 */
final class NodeConverter {

    /** A problem inside a document that does not stop it from loading. */
    record Problem(String rule, String message, SourcePosition position, String path) {}

    /** Thrown when a document expands past the node limit (aliases can multiply a small file). */
    static final class TooLargeException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooLargeException(String message) {
            super(message, null, false, false);
        }
    }

    private static final JsonNodeFactory F = JsonNodeFactory.withExactBigDecimals(true);

    private final int lineOffset;
    private final int maxNodes;
    private final List<Problem> problems = new ArrayList<>();
    /** Packed positions of each container's keys or items, by container (identity: equal subtrees are distinct). */
    private final Map<JsonNode, long[]> childPositions = new IdentityHashMap<>();
    private int nodes;

    NodeConverter(int lineOffset, int maxNodes) {
        this.lineOffset = lineOffset;
        this.maxNodes = maxNodes;
    }

    Map<JsonNode, long[]> childPositions() {
        return childPositions;
    }

    List<Problem> problems() {
        return problems;
    }

    SourcePosition position(Mark mark) {
        return new SourcePosition(mark.getLine() + 1 + lineOffset, mark.getColumn() + 1);
    }

    /** Where a node is, as a chain of steps: cheaper than building every path's text, which few ever need. */
    record Step(Step parent, String key, int index) {
        static final Step ROOT = null;

        static String text(Step step) {
            if (step == null) {
                return "";
            }
            String base = text(step.parent);
            return step.key != null ? FieldPath.appendKey(base, step.key) : FieldPath.appendIndex(base, step.index);
        }
    }

    JsonNode convert(Node node, Step path) {
        if (++nodes > maxNodes) {
            throw new TooLargeException("the document expands to more than " + maxNodes + " nodes");
        }
        if (node instanceof MappingNode mapping) {
            return convertMapping(mapping, path);
        }
        if (node instanceof SequenceNode sequence) {
            List<Node> items = sequence.getValue();
            ArrayNode array = F.arrayNode(items.size());
            long[] positions = new long[items.size()];
            int i = 0;
            for (Node item : items) {
                positions[i] = pack(item.getStartMark());
                array.add(convert(item, new Step(path, null, i)));
                i++;
            }
            childPositions.put(array, positions);
            return array;
        }
        return scalar((ScalarNode) node);
    }

    private ObjectNode convertMapping(MappingNode mapping, Step path) {
        ObjectNode object = F.objectNode();
        long[][] positions = {new long[mapping.getValue().size()]};
        childPositions.put(object, positions[0]);
        List<NodeTuple> merged = new ArrayList<>();
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            if (keyNode.getTag().equals(Tag.MERGE)) {
                // "<<: *base" — the explicit keys of this mapping win over merged ones, as in Kubernetes' YAML.
                collectMerge(tuple.getValueNode(), merged);
                continue;
            }
            putEntry(object, positions, mapping, tuple, path, true);
        }
        for (NodeTuple tuple : merged) {
            String key = keyText(tuple.getKeyNode());
            if (key != null && !object.has(key)) {
                putEntry(object, positions, mapping, tuple, path, false);
            }
        }
        return object;
    }

    private void collectMerge(Node value, List<NodeTuple> into) {
        if (value instanceof MappingNode m) {
            into.addAll(m.getValue());
        } else if (value instanceof SequenceNode s) {
            for (Node n : s.getValue()) {
                if (n instanceof MappingNode m) {
                    into.addAll(m.getValue());
                }
            }
        }
    }

    private void putEntry(ObjectNode object, long[][] positions, MappingNode mapping, NodeTuple tuple, Step path,
                          boolean reportDuplicates) {
        Node keyNode = tuple.getKeyNode();
        String key = keyText(keyNode);
        SourcePosition keyPosition = null;
        if (key == null || (object.has(key) && reportDuplicates)) {
            keyPosition = position(keyNode.getStartMark());
        }
        if (key == null) {
            problems.add(new Problem(LoadProblem.SYNTAX, "a mapping key must be a scalar", keyPosition, Step.text(path)));
            return;
        }
        if (object.has(key) && reportDuplicates) {
            problems.add(new Problem(LoadProblem.DUPLICATE_KEY,
                    "duplicate key '" + key + "' (first at line " + firstLine(mapping, key) + "); the last value is used",
                    keyPosition, Step.text(new Step(path, key, -1))));
        }
        // The slot of the key in the object's field order: a repeated key keeps its first place, with the last position.
        int slot = object.has(key) ? fieldIndex(object, key) : object.size();
        if (slot >= positions[0].length) {
            positions[0] = java.util.Arrays.copyOf(positions[0], slot + 8);
            childPositions.put(object, positions[0]);
        }
        positions[0][slot] = pack(keyNode.getStartMark());
        object.set(key, convert(tuple.getValueNode(), new Step(path, key, -1)));
    }

    private long pack(Mark mark) {
        return PositionIndex.pack(mark.getLine() + 1 + lineOffset, mark.getColumn() + 1);
    }

    private static int fieldIndex(ObjectNode object, String key) {
        int i = 0;
        for (java.util.Iterator<String> names = object.fieldNames(); names.hasNext(); i++) {
            if (names.next().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    private int firstLine(MappingNode mapping, String key) {
        for (NodeTuple t : mapping.getValue()) {
            if (key.equals(keyText(t.getKeyNode()))) {
                return position(t.getKeyNode().getStartMark()).line();
            }
        }
        return 0;
    }

    private static String keyText(Node keyNode) {
        return keyNode instanceof ScalarNode s ? s.getValue() : null;
    }

    private static JsonNode scalar(ScalarNode node) {
        String value = node.getValue();
        Tag tag = node.getTag();
        if (tag.equals(Tag.STR)) {
            return F.textNode(value);
        }
        if (tag.equals(Tag.NULL)) {
            return F.nullNode();
        }
        if (tag.equals(Tag.BOOL)) {
            return F.booleanNode(isTrue(value));
        }
        if (tag.equals(Tag.INT)) {
            BigInteger parsed = parseInt(value);
            if (parsed == null) {
                return F.textNode(value);
            }
            if (parsed.bitLength() < 32) {
                return F.numberNode(parsed.intValue());
            }
            if (parsed.bitLength() < 64) {
                return F.numberNode(parsed.longValue());
            }
            return F.numberNode(parsed);
        }
        if (tag.equals(Tag.FLOAT)) {
            String v = value.replace("_", "");
            String lower = v.toLowerCase(java.util.Locale.ROOT);
            if (lower.endsWith(".inf")) {
                return F.numberNode(lower.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
            }
            if (lower.equals(".nan")) {
                return F.numberNode(Double.NaN);
            }
            try {
                return F.numberNode(new BigDecimal(v));
            } catch (NumberFormatException e) {
                return F.textNode(value);
            }
        }
        // Timestamps, binary and explicit tags stay text: Kubernetes objects carry them as strings.
        return F.textNode(value);
    }

    private static boolean isTrue(String v) {
        return switch (v.toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes", "on", "y" -> true;
            default -> false;
        };
    }

    /** YAML 1.1 integers: decimal, 0x hex, 0 octal, 0b binary, with '_' separators. */
    static BigInteger parseInt(String text) {
        String v = text.replace("_", "");
        int sign = 1;
        if (v.startsWith("-")) {
            sign = -1;
            v = v.substring(1);
        } else if (v.startsWith("+")) {
            v = v.substring(1);
        }
        try {
            BigInteger magnitude;
            if (v.startsWith("0x")) {
                magnitude = new BigInteger(v.substring(2), 16);
            } else if (v.startsWith("0b")) {
                magnitude = new BigInteger(v.substring(2), 2);
            } else if (v.startsWith("0o")) {
                magnitude = new BigInteger(v.substring(2), 8);
            } else if (v.length() > 1 && v.startsWith("0")) {
                magnitude = new BigInteger(v.substring(1), 8);
            } else if (v.contains(":")) {
                return null; // sexagesimal: too rare in manifests to guess at; keep the text
            } else {
                magnitude = new BigInteger(v);
            }
            return sign < 0 ? magnitude.negate() : magnitude;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
