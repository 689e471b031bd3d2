package dev.meshport.model.load;

import dev.meshport.model.FieldPath;
import dev.meshport.model.SourcePosition;
import java.util.HashMap;
import java.util.Map;

/**
 * The position of every key and list item of one document, by canonical field path. A path that is not in the
 * index (a missing field) resolves to its nearest enclosing field, which is where a user would add it.
 */
public final class PositionIndex {

    private final Map<String, SourcePosition> positions;
    private final SourcePosition documentStart;

    PositionIndex(Map<String, SourcePosition> positions, SourcePosition documentStart) {
        this.positions = positions;
        this.documentStart = documentStart;
    }

    public static PositionIndex empty(SourcePosition documentStart) {
        return new PositionIndex(new HashMap<>(), documentStart);
    }

    /** The exact position of the field's key (or list item), if the document has that field. */
    public SourcePosition exact(FieldPath path) {
        return path.isRoot() ? documentStart : positions.get(path.toString());
    }

    /** The position of the field, or of its nearest enclosing field that exists, or the document start. */
    public SourcePosition nearest(FieldPath path) {
        FieldPath p = path;
        while (!p.isRoot()) {
            SourcePosition found = positions.get(p.toString());
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

    public int size() {
        return positions.size();
    }
}
