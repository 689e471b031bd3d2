package dev.meshport.translator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * One target object and the source resources it was made from. The object is a Jackson tree in the field order it is
 * written in; its provenance annotation is added when the result is built.
 */
public final class Output implements Comparable<Output> {

    /** The annotation every written object carries: the source file, document and resource it came from. */
    public static final String SOURCE_ANNOTATION = "meshport.dev/source";

    private static final Comparator<Output> ORDER = Comparator.comparing(Output::kind)
            .thenComparing(Output::namespace)
            .thenComparing(Output::name)
            .thenComparing(Output::apiVersion);

    private final ObjectNode object;
    private final TreeSet<Provenance> from = new TreeSet<>();

    Output(ObjectNode object, Provenance first) {
        this.object = object;
        this.from.add(first);
    }

    public ObjectNode object() {
        return object;
    }

    public String apiVersion() {
        return object.path("apiVersion").asText();
    }

    public String kind() {
        return object.path("kind").asText();
    }

    public String namespace() {
        return object.path("metadata").path("namespace").asText("");
    }

    public String name() {
        return object.path("metadata").path("name").asText();
    }

    public List<Provenance> from() {
        return new ArrayList<>(from);
    }

    void addSource(Provenance p) {
        from.add(p);
    }

    /** {@code Kind/namespace/name}. */
    public String display() {
        return kind() + "/" + (namespace().isEmpty() ? "" : namespace() + "/") + name();
    }

    @Override
    public int compareTo(Output o) {
        return ORDER.compare(this, o);
    }
}
