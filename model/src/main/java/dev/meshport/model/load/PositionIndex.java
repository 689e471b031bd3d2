package dev.meshport.model.load;

import com.fasterxml.jackson.databind.JsonNode;
import dev.meshport.model.FieldPath;
import dev.meshport.model.SourcePosition;
import java.util.Iterator;
import java.util.Map;

/**
 * The position of every key and list item of one document. Kept compact, since a run holds every document at once:
 * one array of packed line/column pairs per mapping (in the order of its fields) and per list (in item order), found
 * by walking the document's tree. A path that is not in the document (a missing field) resolves to its nearest
 * enclosing field, which is where a user would add it.
 */
public final class PositionIndex {

    private final JsonNode root;
    private final Map<JsonNode, long[]> childPositions;
    private final SourcePosition documentStart;

    PositionIndex(JsonNode root, Map<JsonNode, long[]> childPositions, SourcePosition documentStart) {
        this.root = root;
        this.childPositions = childPositions;
        this.documentStart = documentStart;
    }

    static long pack(int line, int column) {
        return ((long) line << 32) | (column & 0xffffffffL);
    }

    private static SourcePosition unpack(long packed) {
        return new SourcePosition((int) (packed >>> 32), (int) packed);
    }

    /** The exact position of the field's key (or list item), or null when the document does not have it. */
    public SourcePosition exact(FieldPath path) {
        if (path.isRoot()) {
            return documentStart;
        }
        JsonNode node = root;
        long position = 0;
        for (FieldPath.Segment segment : path.segments()) {
            long[] children = node == null ? null : childPositions.get(node);
            if (children == null) {
                return null;
            }
            int slot;
            if (segment instanceof FieldPath.Key key) {
                slot = node.isObject() ? fieldIndex(node, key.name()) : -1;
                node = slot < 0 ? null : node.get(key.name());
            } else {
                slot = node.isArray() ? ((FieldPath.Index) segment).index() : -1;
                node = slot < 0 || slot >= node.size() ? null : node.get(slot);
            }
            if (node == null || slot >= children.length) {
                return null;
            }
            position = children[slot];
        }
        return unpack(position);
    }

    private static int fieldIndex(JsonNode object, String name) {
        int i = 0;
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); i++) {
            if (names.next().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** The position of the field, or of its nearest enclosing field that exists, or the document start. */
    public SourcePosition nearest(FieldPath path) {
        FieldPath p = path;
        while (!p.isRoot()) {
            SourcePosition found = exact(p);
            if (found != null) {
                return found;
            }
            p = p.parent();
        }
        return documentStart;
    }

    public SourcePosition documentStart() {
        return documentStart;
    }
}
