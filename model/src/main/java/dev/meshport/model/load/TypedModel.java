package dev.meshport.model.load;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import dev.meshport.model.FieldPath;
import dev.meshport.model.TypeProblem;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Binds document trees to the typed model classes (fabric8's Istio, Gateway API and Kubernetes models, our Linkerd
 * classes) with a plain Jackson mapper: fabric8's own deserializer scans the class path and costs a third of a
 * second at start-up. Binding is strict about scalar types, as the Kubernetes API server is: {@code port: "80"} where
 * a number belongs is an error, not a silent conversion. Mappers are built on first use.
 */
public final class TypedModel {

    /** The outcome of binding one document. */
    public record Binding(Object value, TypeProblem problem, List<FieldPath> unmodelled) {

        public Binding(Object value, TypeProblem problem) {
            this(value, problem, List.of());
        }
    }

    private ObjectMapper reader;
    private ObjectMapper knownFieldsWriter;

    private synchronized ObjectMapper reader() {
        if (reader == null) {
            ObjectMapper m = JsonMapper.builder()
                    .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                    .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                    .build();
            m.coercionConfigFor(LogicalType.Textual)
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
            m.coercionConfigFor(LogicalType.Integer)
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
            m.coercionConfigFor(LogicalType.Boolean)
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
            reader = m;
        }
        return reader;
    }

    /** The mapper for writing typed objects back: every known property, and no unknown ones. */
    private synchronized ObjectMapper knownFieldsWriter() {
        if (knownFieldsWriter == null) {
            ObjectMapper m = JsonMapper.builder()
                    .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                    .annotationIntrospector(new JacksonAnnotationIntrospector() {
                        private static final long serialVersionUID = 1L;

                        @Override
                        public Boolean hasAnyGetter(Annotated a) {
                            return Boolean.FALSE;
                        }

                        @Override
                        public JsonInclude.Value findPropertyInclusion(Annotated a) {
                            return JsonInclude.Value.construct(JsonInclude.Include.ALWAYS, JsonInclude.Include.ALWAYS);
                        }
                    })
                    .build();
            knownFieldsWriter = m;
        }
        return knownFieldsWriter;
    }

    /** The strict mapper that binds (for {@code SchemaDescriptionGenerator}: the description is generated from it). */
    public ObjectMapper readerMapper() {
        return reader();
    }

    /** The writer that {@link #leftovers} compares with. */
    public ObjectMapper knownFieldsWriterMapper() {
        return knownFieldsWriter();
    }

    /** Binds {@code tree} to {@code type}; a field the type cannot take is reported with its path. */
    public Binding bind(JsonNode tree, Class<?> type) {
        JsonNode input = tree;
        List<FieldPath> unmodelled = new ArrayList<>();
        java.util.regex.Pattern defects = ModelDefects.of(type.getName());
        while (true) {
            try {
                return new Binding(reader().treeToValue(input, type), null, List.copyOf(unmodelled));
            } catch (JsonMappingException e) {
                FieldPath at = pathOf(e);
                if (defects != null && defects.matcher(at.toString()).matches() && unmodelled.size() < 16) {
                    unmodelled.add(at);
                    input = without(input, at);
                    continue;
                }
                return new Binding(null, new TypeProblem(at, cleanMessage(e)), List.copyOf(unmodelled));
            } catch (Exception e) {
                return new Binding(null, new TypeProblem(FieldPath.ROOT, String.valueOf(e.getMessage())));
            }
        }
    }

    /** A copy of {@code tree} without the field at {@code path}. */
    private static JsonNode without(JsonNode tree, FieldPath path) {
        JsonNode copy = tree.deepCopy();
        JsonNode parent = copy;
        for (FieldPath.Segment s : path.parent().segments()) {
            parent = s instanceof FieldPath.Key k ? parent.path(k.name()) : parent.path(((FieldPath.Index) s).index());
        }
        if (parent instanceof com.fasterxml.jackson.databind.node.ObjectNode o && path.last() instanceof FieldPath.Key k) {
            o.remove(k.name());
        }
        return copy;
    }

    /** Writes a typed object back as a tree (for round trips), with the fields it kept that it does not know. */
    public JsonNode write(Object value) {
        return reader().valueToTree(value);
    }

    /**
     * What the model did not take from a tree: fields it does not know, and values it dropped (an enum name it does
     * not have becomes null in fabric8's models, silently).
     */
    public record Leftovers(List<FieldPath> unknownFields, List<FieldPath> rejectedValues) {}

    /**
     * Compares {@code tree} with {@code value} written back without its additional-properties maps: a field the model
     * leaves out is unknown to it; a scalar that comes back null was rejected.
     */
    public Leftovers leftovers(JsonNode tree, Object value, List<FieldPath> unmodelled) {
        JsonNode known = knownFieldsWriter().valueToTree(value);
        Leftovers out = new Leftovers(new ArrayList<>(), new ArrayList<>());
        diff(tree, known, FieldPath.ROOT, out);
        out.unknownFields().removeIf(f -> unmodelled.stream().anyMatch(f::startsWith));
        out.rejectedValues().removeIf(f -> unmodelled.stream().anyMatch(f::startsWith));
        return out;
    }

    private static void diff(JsonNode source, JsonNode known, FieldPath path, Leftovers out) {
        if (source.isValueNode() && !source.isNull() && known != null && known.isNull()) {
            out.rejectedValues().add(path);
            return;
        }
        if (source.isObject()) {
            if (known == null || !known.isObject()) {
                return; // a free-form value (a map or Struct): anything goes
            }
            Iterator<Map.Entry<String, JsonNode>> fields = source.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                if (!known.has(f.getKey())) {
                    out.unknownFields().add(path.key(f.getKey()));
                } else {
                    diff(f.getValue(), known.get(f.getKey()), path.key(f.getKey()), out);
                }
            }
        } else if (source.isArray() && known != null && known.isArray()) {
            for (int i = 0; i < source.size() && i < known.size(); i++) {
                diff(source.get(i), known.get(i), path.index(i), out);
            }
        }
    }

    private static FieldPath pathOf(JsonMappingException e) {
        FieldPath p = FieldPath.ROOT;
        for (JsonMappingException.Reference ref : e.getPath()) {
            // fabric8 models a oneOf as an unwrapped Java property ("LbPolicy"): not a field of the YAML, so skipped.
            String name = ref.getFieldName();
            if (name != null && !name.isEmpty() && Character.isUpperCase(name.charAt(0))) {
                continue;
            }
            if (ref.getFieldName() != null) {
                p = p.key(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                p = p.index(ref.getIndex());
            }
        }
        return p;
    }

    /** Jackson's message without its Java class names and reference chain, which mean nothing to a user. */
    public static String cleanMessage(JsonMappingException e) {
        String m = e.getOriginalMessage();
        if (m == null) {
            return "invalid value";
        }
        m = m.replaceAll("`[a-z][\\w.]*\\.([A-Z][\\w$]*)`", "$1")
                .replaceAll("\\b(?:java\\.lang|io\\.fabric8[\\w.]*|dev\\.meshport[\\w.]*)\\.([A-Z]\\w*)", "$1");
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
