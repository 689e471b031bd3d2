package dev.meshport.model;

import java.util.Comparator;

/**
 * Where a finding or a gap points: the file as given by the user, the document index in it, the 1-based line and
 * column, the field path inside the resource, and the resource (null for problems outside any resource, such as a
 * YAML syntax error).
 */
public record Location(String file, int document, SourcePosition position, FieldPath field, ResourceId resource)
        implements Comparable<Location> {

    private static final Comparator<Location> ORDER = Comparator
            .comparing(Location::file)
            .thenComparing(Location::position)
            .thenComparingInt(Location::document)
            .thenComparing(l -> l.field.toString());

    public int line() {
        return position.line();
    }

    public int column() {
        return position.column();
    }

    @Override
    public int compareTo(Location o) {
        return ORDER.compare(this, o);
    }
}
