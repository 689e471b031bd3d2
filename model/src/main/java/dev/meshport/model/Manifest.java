package dev.meshport.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.meshport.model.kinds.KindInfo;
import dev.meshport.model.kinds.Mesh;
import dev.meshport.model.load.PositionIndex;
import dev.meshport.model.load.TypedModel;
import dev.meshport.model.schema.SchemaCheck;
import java.util.List;
import java.util.Optional;

/**
 * One resource from one document: where it came from, its tree with the position of every field, its identity, and
 * its typed view (bound on first use). A {@code kind: List} document gives one manifest per item; {@link #base()}
 * is then the item's path in the document ({@code items[2]}), and field paths stay relative to the resource.
 */
public final class Manifest implements Comparable<Manifest> {

    private final String file;
    private final int document;
    private final FieldPath base;
    private final ObjectNode tree;
    private final PositionIndex positions;
    private final ResourceId id;
    private final KindInfo kind;
    private final TypedModel typedModel;
    private final SchemaCheck schemaCheck;
    private SchemaCheck.Result schema;
    private boolean schemaChecked;
    private TypedModel.Binding binding;
    private TypedModel.Leftovers leftovers;

    public Manifest(String file, int document, FieldPath base, ObjectNode tree, PositionIndex positions,
                    ResourceId id, KindInfo kind, TypedModel typedModel, SchemaCheck schemaCheck) {
        this.file = file;
        this.document = document;
        this.base = base;
        this.tree = tree;
        this.positions = positions;
        this.id = id;
        this.kind = kind;
        this.typedModel = typedModel;
        this.schemaCheck = schemaCheck;
    }

    /** The file as the user named it ("-" or "<stdin>" for standard input). */
    public String file() {
        return file;
    }

    /** The 0-based index of the document in its file. */
    public int document() {
        return document;
    }

    public FieldPath base() {
        return base;
    }

    public ResourceId id() {
        return id;
    }

    public String kind() {
        return id.kind();
    }

    public Mesh mesh() {
        return kind.mesh();
    }

    public KindInfo kindInfo() {
        return kind;
    }

    /** The resource as written, as a tree. Do not modify it. */
    public ObjectNode tree() {
        return tree;
    }

    /** The value at {@code path}, or a missing node. */
    public JsonNode at(FieldPath path) {
        JsonNode n = tree;
        for (FieldPath.Segment s : path.segments()) {
            n = s instanceof FieldPath.Key k ? n.path(k.name()) : n.path(((FieldPath.Index) s).index());
        }
        return n;
    }

    /** Where the field is, or its nearest enclosing field when it is missing. */
    public SourcePosition position(FieldPath path) {
        return positions.nearest(base.resolve(path));
    }

    /** True when the document has this field (its key or list item was written). */
    public boolean has(FieldPath path) {
        return path.isRoot() || positions.exact(base.resolve(path)) != null;
    }

    /** A location for a finding or a gap on {@code path} of this resource. */
    public Location locate(FieldPath path) {
        return new Location(file, document, position(path), path, id);
    }

    public Location locate(String path) {
        return locate(FieldPath.parse(path));
    }

    private synchronized TypedModel.Binding binding() {
        if (binding == null) {
            binding = typedModel.bind(tree, kind.modelClass());
        }
        return binding;
    }

    /** The typed view, as {@code type}; empty when a field has a value the model cannot take (see {@link #typeProblem()}). */
    public <T> Optional<T> typed(Class<T> type) {
        Object value = binding().value();
        return type.isInstance(value) ? Optional.of(type.cast(value)) : Optional.empty();
    }

    /** The typed view as whatever class models this kind; null when binding failed. */
    public Object typed() {
        return binding().value();
    }

    /**
     * What binding would report, from the schema description without binding (Jackson's bean machinery and the model
     * classes cost most of a one-file lint); null where the description leaves the answer to binding.
     */
    private synchronized SchemaCheck.Result schema() {
        if (!schemaChecked) {
            schema = binding == null ? schemaCheck.check(tree, kind.modelClass().getName()) : null;
            schemaChecked = true;
        }
        return schema;
    }

    /** The first field whose value the typed model cannot take, if any. */
    public Optional<TypeProblem> typeProblem() {
        SchemaCheck.Result checked = schema();
        return Optional.ofNullable(checked != null ? checked.problem() : binding().problem());
    }

    /** Fields that the typed model does not know (typos like {@code retires:}), kept in the tree for reporting. */
    public List<FieldPath> unknownFields() {
        SchemaCheck.Result checked = schema();
        return checked != null ? checked.unknownFields() : leftovers().unknownFields();
    }

    /** Scalar values the typed model dropped: an enum name it does not have ({@code mode: MUTUAL_ISTIO}). */
    public List<FieldPath> rejectedValues() {
        SchemaCheck.Result checked = schema();
        return checked != null ? checked.rejectedValues() : leftovers().rejectedValues();
    }

    private synchronized TypedModel.Leftovers leftovers() {
        if (leftovers == null) {
            Object value = typed();
            leftovers = value == null ? new TypedModel.Leftovers(List.of(), List.of()) : typedModel.leftovers(tree, value, binding().unmodelled());
        }
        return leftovers;
    }

    /** Valid fields the typed model cannot read (known defects of the fabric8 model), left out of the typed view. */
    public List<FieldPath> unmodelledFields() {
        return binding().unmodelled();
    }

    /** The typed view written back to a tree: equal to {@link #tree()} when nothing was lost. */
    public JsonNode roundTrip() {
        Object value = typed();
        return value == null ? null : typedModel.write(value);
    }

    @Override
    public int compareTo(Manifest o) {
        int byFile = file.compareTo(o.file);
        if (byFile != 0) {
            return byFile;
        }
        int byDoc = Integer.compare(document, o.document);
        return byDoc != 0 ? byDoc : base.compareTo(o.base);
    }

    @Override
    public String toString() {
        return file + "#" + document + (base.isRoot() ? "" : "/" + base) + " " + id.display();
    }
}
