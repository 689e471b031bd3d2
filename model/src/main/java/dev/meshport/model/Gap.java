package dev.meshport.model;

import java.util.Comparator;

/**
 * One feature of the source configuration that the target mesh expresses only partly or not at all: which gap kind,
 * how much is kept, what is lost, what to do, and where the feature is.
 */
public record Gap(String gap, Equivalence equivalence, Severity severity, String feature, String message,
                  String suggestion, Location location) implements Comparable<Gap> {

    private static final Comparator<Gap> ORDER = Comparator
            .comparing(Gap::location)
            .thenComparing(Gap::gap)
            .thenComparing(Gap::message);

    @Override
    public int compareTo(Gap o) {
        return ORDER.compare(this, o);
    }
}
