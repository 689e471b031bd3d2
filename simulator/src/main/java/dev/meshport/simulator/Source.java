package dev.meshport.simulator;

import dev.meshport.model.FieldPath;
import dev.meshport.model.Manifest;

/** The configuration that decided something: a resource, the file and line of the field, and its field path. */
public record Source(String kind, String namespace, String name, String file, int line, String field) {

    public static Source of(Manifest manifest, FieldPath field) {
        return new Source(manifest.kind(), manifest.id().namespace(), manifest.id().name(), manifest.file(),
                manifest.position(field).line(), field.toString());
    }

    public static Source of(Manifest manifest, String field) {
        return of(manifest, FieldPath.parse(field));
    }

    /** {@code Kind ns/name (file:line field)}. */
    public String display() {
        return kind + " " + (namespace == null ? "" : namespace + "/") + name + " (" + file + ":" + line
                + (field.isEmpty() ? "" : " " + field) + ")";
    }
}
