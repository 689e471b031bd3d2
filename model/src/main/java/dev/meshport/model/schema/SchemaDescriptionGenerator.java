package dev.meshport.model.schema;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializer;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import com.fasterxml.jackson.databind.deser.SettableBeanProperty;
import com.fasterxml.jackson.databind.deser.std.ContainerDeserializerBase;
import com.fasterxml.jackson.databind.deser.std.JsonNodeDeserializer;
import com.fasterxml.jackson.databind.deser.std.MapDeserializer;
import com.fasterxml.jackson.databind.deser.std.UntypedObjectDeserializer;
import com.fasterxml.jackson.databind.introspect.AnnotatedClass;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TreeTraversingParser;
import com.fasterxml.jackson.databind.ser.BeanSerializer;
import com.fasterxml.jackson.databind.ser.PropertyWriter;
import com.fasterxml.jackson.databind.ser.impl.UnwrappingBeanPropertyWriter;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.core.JsonParser;
import dev.meshport.model.kinds.KnownKinds;
import dev.meshport.model.load.TypedModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Writes the {@link SchemaDescription} of every model class of {@link KnownKinds}, from Jackson's own view of them:
 * the deserializers and bean descriptions of the same strict mapper that {@link TypedModel} binds with, and the bean
 * serializers of the writer that {@link TypedModel#leftovers} compares with. What a scalar field accepts, and the
 * message Jackson gives when it does not, is not derived from rules but measured: every value type is bound to sample
 * values of each JSON shape here, at generation time, and the outcome recorded.
 *
 * <p>Regenerate with {@link #COMMAND} (the test {@code SchemaDescriptionFileTest} fails when the file is stale).
 */
public final class SchemaDescriptionGenerator {

    /** The command that rewrites the checked-in description. */
    public static final String COMMAND =
            "mvn -B -o -q test -pl model -am -Dtest=SchemaDescriptionFileTest -Dsurefire.failIfNoSpecifiedTests=false"
                    + " -Dmeshport.schema.write=true";

    /** Sample strings: a value type whose outcome differs between them is left to binding ("undecided"). */
    private static final List<String> STRING_SAMPLES = List.of("meshportProbe", "80", "1Gi", "true", "x-y.z");
    private static final List<Integer> INT_SAMPLES = List.of(770077, 880088);
    private static final List<Double> FLOAT_SAMPLES = List.of(0.5, 2.25);

    /** Stands for the names of a class that the writer does not write as a bean: they are not known here. */
    private static final String CUSTOM_WRITER = "\u0000custom";

    private final TypedModel typedModel = new TypedModel();
    private final ObjectMapper reader = typedModel.readerMapper();
    private final ObjectMapper writer = typedModel.knownFieldsWriterMapper();
    /** As the loader makes them: decimals exact ({@code BigDecimal}), as written. */
    private final JsonNodeFactory nodes = JsonNodeFactory.withExactBigDecimals(true);

    /** Type key → its lines (without the key), sorted by key on output. */
    private final Map<String, List<String>> types = new TreeMap<>();
    private final Map<String, String> roots = new TreeMap<>();
    private final Deque<Pending> pending = new ArrayDeque<>();

    private record Pending(String key, JavaType type, JsonDeserializer<Object> deserializer) {}

    /** The description text, deterministic: sorted by type key, then in property name order. */
    public String generate() {
        for (Class<?> root : KnownKinds.get().modelClasses()) {
            JavaType type = reader.constructType(root);
            roots.put(root.getName(), keyOf(type, rootDeserializer(type)));
        }
        while (!pending.isEmpty()) {
            Pending p = pending.pop();
            types.put(p.key(), describe(p));
        }
        // Types are numbered in key order; messages are numbered in text order and listed once at the end.
        Map<String, Integer> ids = new LinkedHashMap<>();
        types.keySet().forEach(k -> ids.put(k, ids.size()));
        TreeSet<String> messages = new TreeSet<>();
        types.values().forEach(lines -> lines.stream().filter(l -> l.startsWith("shapes\t"))
                .forEach(l -> Arrays.stream(l.split("\t")).filter(o -> o.startsWith("fail:")).forEach(o -> messages.add(o.substring(5)))));
        Map<String, Integer> messageIds = new LinkedHashMap<>();
        messages.forEach(m -> messageIds.put(m, messageIds.size()));
        StringBuilder out = new StringBuilder();
        out.append("# AUTO-GENERATED by dev.meshport.model.schema.SchemaDescriptionGenerator from Jackson's view of the\n")
                .append("# typed model; do not edit. Regenerate with:\n# ").append(COMMAND).append('\n');
        roots.forEach((cls, key) -> out.append("root\t").append(cls).append('\t').append(ids.get(key)).append('\n'));
        types.forEach((key, lines) -> {
            for (String line : lines) {
                String[] f = line.split("\t", -1);
                for (int i = 1; i < f.length; i++) {
                    if (f[i].startsWith("#")) {
                        f[i] = String.valueOf(ids.get(f[i].substring(1)));
                    } else if (f[i].startsWith("fail:")) {
                        f[i] = String.valueOf(messageIds.get(f[i].substring(5)));
                    }
                }
                String text = String.join("\t", f);
                out.append(line.startsWith("type\t") ? text.replace("\u0000", ids.get(key) + "\t" + key) : "\t" + text).append('\n');
            }
        });
        messageIds.forEach((m, id) -> out.append("message\t").append(id).append('\t').append(m).append('\n'));
        return out.toString();
    }

    /** Writes the description to {@code file}. */
    public void write(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, generate(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private DeserializationContext context(JsonNode sample) {
        try {
            JsonParser p = new TreeTraversingParser(sample, reader);
            p.nextToken();
            return ((DefaultDeserializationContext) reader.getDeserializationContext())
                    .createInstance(reader.getDeserializationConfig(), p, reader.getInjectableValues());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonDeserializer<Object> rootDeserializer(JavaType type) {
        try {
            return context(NullNode.instance).findContextualValueDeserializer(type, null);
        } catch (JsonMappingException e) {
            throw new IllegalStateException("no deserializer for " + type, e);
        }
    }

    /** The key of a value type: its Java type, and its deserializer when that is not the plain one for the type. */
    private String keyOf(JavaType type, JsonDeserializer<?> deserializer) {
        String canonical = type.toCanonical();
        JsonDeserializer<Object> plain = rootDeserializer(type);
        String key = deserializer != null && plain != null && deserializer.getClass() != plain.getClass()
                ? canonical + "@" + deserializer.getClass().getName() : canonical;
        if (!types.containsKey(key) && pending.stream().noneMatch(p -> p.key().equals(key))) {
            types.put(key, List.of()); // claimed; described when popped
            @SuppressWarnings("unchecked")
            JsonDeserializer<Object> d = (JsonDeserializer<Object>) (deserializer != null ? deserializer : plain);
            pending.push(new Pending(key, type, d));
        }
        return key;
    }

    private List<String> describe(Pending p) {
        List<String> lines = new ArrayList<>();
        Object d = p.deserializer();
        String kind;
        if (d.getClass() == BeanDeserializer.class) {
            kind = "bean";
            describeBean(p.type(), (BeanDeserializer) d, lines);
        } else if (d.getClass().getName().equals("io.fabric8.kubernetes.model.jackson.JsonUnwrappedDeserializer")) {
            kind = "unwrapped";
            describeUnwrapped(p.type(), lines);
        } else if (d instanceof JsonNodeDeserializer || d instanceof UntypedObjectDeserializer) {
            kind = "free";
        } else if (d instanceof ContainerDeserializerBase<?> c && c.getContentType() != null && (p.type().isCollectionLikeType()
                || p.type().isArrayType() || p.type().isMapLikeType())) {
            boolean map = d instanceof MapDeserializer;
            if (map && !p.type().getKeyType().hasRawClass(String.class)) {
                kind = "opaque";
            } else {
                kind = map ? "map" : "list";
                // "-": polymorphic elements, which the description leaves to binding
                lines.add("elem\t" + (hasTypeDeserializer(c) ? "-" : "#" + keyOf(c.getContentType(), c.getContentDeserializer())));
            }
        } else if (p.type().isEnumType()) {
            kind = "enum";
            describeEnum(p.type(), p.deserializer(), lines);
        } else {
            kind = "leaf";
        }
        probeShapes(p.type(), p.deserializer(), kind, lines);
        lines.add(0, "type\t\u0000\t" + kind);
        return lines;
    }

    private static boolean hasTypeDeserializer(ContainerDeserializerBase<?> c) {
        try {
            var f = findField(c.getClass(), "_valueTypeDeserializer");
            return f != null && f.get(c) != null;
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    private static java.lang.reflect.Field findField(Class<?> c, String name) {
        for (Class<?> k = c; k != null; k = k.getSuperclass()) {
            try {
                java.lang.reflect.Field f = k.getDeclaredField(name);
                f.setAccessible(true);
                return f;
            } catch (NoSuchFieldException e) {
                // look further up
            }
        }
        return null;
    }

    private void describeBean(JavaType type, BeanDeserializer d, List<String> lines) {
        BeanDescription description = reader.getDeserializationConfig().introspect(type);
        if (d.getValueInstantiator().canCreateFromObjectWith()) {
            lines.add("creator");
        }
        AnnotatedMember anySetter = description.findAnySetterAccessor();
        if (anySetter != null) {
            JavaType valueType = anySetter.getType().containedTypeCount() == 2 ? anySetter.getType().containedType(1)
                    : anySetter instanceof com.fasterxml.jackson.databind.introspect.AnnotatedMethod m && m.getParameterCount() == 2
                    ? m.getParameterType(1) : anySetter.getType();
            if (!valueType.hasRawClass(Object.class) && !JsonNode.class.isAssignableFrom(valueType.getRawClass())) {
                lines.add("typedanysetter");
            }
        }
        TreeMap<String, String> props = new TreeMap<>();
        Iterator<SettableBeanProperty> it = d.properties();
        while (it.hasNext()) {
            SettableBeanProperty prop = it.next();
            String valueKey = prop.getValueTypeDeserializer() != null ? "-" : "#" + keyOf(prop.getType(), prop.getValueDeserializer());
            props.put(prop.getName(), valueKey);
        }
        TreeSet<String> written = writtenNames(type, false);
        props.forEach((name, valueKey) -> lines.add("prop\t" + name + "\t" + valueKey + (written.contains(name) ? "" : "\tunwritten")));
        for (String name : written) {
            if (name.equals(CUSTOM_WRITER)) {
                lines.add("customwriter");
            } else if (!props.containsKey(name)) {
                lines.add("writeonly\t" + name);
            }
        }
    }

    /** The names the known-fields writer writes for {@code type}: those of its unwrapped properties, or of the others. */
    private TreeSet<String> writtenNames(JavaType type, boolean unwrappedOnly) {
        TreeSet<String> names = new TreeSet<>();
        try {
            JsonSerializer<Object> s = writer.getSerializerProviderInstance().findValueSerializer(type);
            if (!(s instanceof BeanSerializer bs)) {
                names.add(CUSTOM_WRITER);
                return names;
            }
            Iterator<PropertyWriter> it = bs.properties();
            while (it.hasNext()) {
                PropertyWriter w = it.next();
                if ((w instanceof UnwrappingBeanPropertyWriter) == unwrappedOnly) {
                    names.add(w.getName());
                }
            }
        } catch (JsonMappingException e) {
            names.add(CUSTOM_WRITER);
        }
        return names;
    }

    /**
     * A class that fabric8's JsonUnwrappedDeserializer reads: its own properties, and per unwrapped oneOf property
     * the alternatives (subtypes) with the property names Jackson's deduction tells them apart by. That deserializer
     * hands a field it does not own to every oneOf one of whose alternatives has the name.
     */
    private void describeUnwrapped(JavaType type, List<String> lines) {
        DeserializationConfig config = reader.getDeserializationConfig();
        BeanDescription description = config.introspect(type);
        TreeMap<String, String> own = new TreeMap<>();
        TreeMap<String, JavaType> unwrapped = new TreeMap<>();
        for (BeanPropertyDefinition prop : description.findProperties()) {
            boolean isUnwrapped = false;
            for (AnnotatedMember m : new AnnotatedMember[] {prop.getConstructorParameter(), prop.getMutator(), prop.getField()}) {
                if (m != null && m.getAnnotation(JsonUnwrapped.class) != null) {
                    isUnwrapped = true;
                }
            }
            if (isUnwrapped) {
                unwrapped.put(prop.getName(), prop.getPrimaryType());
            } else if (!description.getIgnoredPropertyNames().contains(prop.getName())) {
                own.put(prop.getName(), "#" + keyOf(prop.getPrimaryType(), null));
            }
        }
        TreeSet<String> written = writtenNames(type, false);
        own.forEach((name, valueKey) -> lines.add("prop\t" + name + "\t" + valueKey + (written.contains(name) ? "" : "\tunwritten")));
        unwrapped.forEach((name, unwrappedType) -> {
            lines.add("unwrap\t" + name);
            AnnotatedClass base = com.fasterxml.jackson.databind.introspect.AnnotatedClassResolver.resolveWithoutSuperTypes(
                    config, unwrappedType.getRawClass());
            TreeMap<String, String> subtypes = new TreeMap<>();
            for (NamedType named : config.getSubtypeResolver().collectAndResolveSubtypesByClass(config, base)) {
                Class<?> sub = named.getType();
                if (sub.isInterface() || Modifier.isAbstract(sub.getModifiers())) {
                    continue;
                }
                JavaType subType = reader.constructType(sub);
                TreeSet<String> fingerprint = new TreeSet<>();
                for (BeanPropertyDefinition prop : config.introspect(subType).findProperties()) {
                    fingerprint.add(prop.getName());
                }
                subtypes.put(sub.getName(), "subtype\t#" + keyOf(subType, null) + "\t" + String.join(",", fingerprint)
                        + "\t" + name);
            }
            lines.addAll(subtypes.values());
        });
    }

    private void describeEnum(JavaType type, JsonDeserializer<Object> d, List<String> lines) {
        TreeSet<String> names = new TreeSet<>();
        for (Object constant : type.getRawClass().getEnumConstants()) {
            for (String text : List.of(((Enum<?>) constant).name(), writer.valueToTree(constant).asText())) {
                if (outcome(type, d, nodes.textNode(text)).startsWith("ok")) {
                    names.add(text);
                }
            }
        }
        lines.add("names\t" + String.join(",", names));
        TreeSet<Integer> ints = new TreeSet<>();
        for (int i = -1; i <= type.getRawClass().getEnumConstants().length + 64; i++) {
            if (outcome(type, d, nodes.numberNode(i)).startsWith("ok")) {
                ints.add(i);
            }
        }
        lines.add("ints\t" + String.join(",", ints.stream().map(String::valueOf).toList()));
    }

    /** Records, per JSON shape, what binding a value of that shape to the type gives. */
    private void probeShapes(JavaType type, JsonDeserializer<Object> d, String kind, List<String> lines) {
        Map<String, List<JsonNode>> shapes = new LinkedHashMap<>();
        List<JsonNode> strings = new ArrayList<>();
        STRING_SAMPLES.forEach(s -> strings.add(nodes.textNode(s)));
        shapes.put("string", strings);
        shapes.put("empty", List.of(nodes.textNode("")));
        List<JsonNode> ints = new ArrayList<>();
        INT_SAMPLES.forEach(i -> ints.add(nodes.numberNode(i)));
        shapes.put("int", ints);
        List<JsonNode> floats = new ArrayList<>();
        FLOAT_SAMPLES.forEach(f -> floats.add(nodes.numberNode(f)));
        shapes.put("float", floats);
        List<JsonNode> decimals = new ArrayList<>();
        FLOAT_SAMPLES.forEach(f -> decimals.add(nodes.numberNode(new java.math.BigDecimal(String.valueOf(f)))));
        shapes.put("decimal", decimals);
        shapes.put("true", List.of(nodes.booleanNode(true)));
        shapes.put("false", List.of(nodes.booleanNode(false)));
        shapes.put("null", List.of(NullNode.instance));
        if (!kind.equals("bean") && !kind.equals("unwrapped") && !kind.equals("map")) {
            shapes.put("object", List.of(nodes.objectNode(), nodes.objectNode().put("meshportProbe", "x")));
        }
        if (!kind.equals("list")) {
            shapes.put("array", List.of(nodes.arrayNode(), nodes.arrayNode().add("meshportProbe")));
        }
        if (kind.equals("free")) {
            return;
        }
        StringBuilder line = new StringBuilder("shapes");
        for (String shape : SchemaDescription.SHAPES) {
            List<JsonNode> samples = shapes.get(shape);
            String agreed = null;
            for (JsonNode sample : samples == null ? List.<JsonNode>of() : samples) {
                String o = outcome(type, d, sample);
                agreed = agreed == null || agreed.equals(o) ? o : "undecided";
            }
            line.append('\t').append(agreed == null ? "-" : agreed);
        }
        lines.add(line.toString());
    }

    /** "ok", "null" (bound, but written back as null), "fail\tMESSAGE" with %v for the value, or "undecided". */
    private String outcome(JavaType type, JsonDeserializer<Object> d, JsonNode sample) {
        DeserializationContext ctxt = context(sample);
        try {
            Object value = sample.isNull() ? d.getNullValue(ctxt) : d.deserialize(ctxt.getParser(), ctxt);
            if (value == null) {
                return "null";
            }
            return writer.valueToTree(value).isNull() ? "null" : "ok";
        } catch (JsonMappingException e) {
            String message = TypedModel.cleanMessage(e).replace("\t", " ");
            String className = SchemaDescription.simpleName(type.getRawClass().getName());
            message = message.replaceAll("\\b" + java.util.regex.Pattern.quote(className) + "\\b", "%c");
            String text = sample.isValueNode() ? sample.asText() : null;
            if (text != null && !text.isEmpty()) {
                return "fail:" + message.replace(text, "%v");
            }
            return "fail:" + message;
        } catch (Exception e) {
            return "undecided";
        }
    }

    public static void main(String[] args) {
        new SchemaDescriptionGenerator().write(Path.of(args[0]));
    }
}
