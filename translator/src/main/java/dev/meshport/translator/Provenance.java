package dev.meshport.translator;

import dev.meshport.model.FieldPath;
import dev.meshport.model.Manifest;
import dev.meshport.model.ResourceId;
import java.util.Comparator;

/** Where an output object came from: the source file, document and resource, and the field that produced it. */
public record Provenance(String file, int document, ResourceId resource, FieldPath field) implements Comparable<Provenance> {

    private static final Comparator<Provenance> ORDER = Comparator.comparing(Provenance::file)
            .thenComparingInt(Provenance::document)
            .thenComparing(p -> p.field.toString());

    public static Provenance of(Manifest m, FieldPath field) {
        return new Provenance(m.file(), m.document(), m.id(), field);
    }

    /** {@code file#document} as the JSON report's {@code from} lists it. */
    public String reference() {
        return file + "#" + document;
    }

    /** The text of the provenance annotation: {@code file#doc Kind/ns/name}. */
    public String describe() {
        return reference() + " " + resource.display();
    }

    @Override
    public int compareTo(Provenance o) {
        return ORDER.compare(this, o);
    }
}
