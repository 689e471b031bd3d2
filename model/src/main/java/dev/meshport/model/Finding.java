package dev.meshport.model;

import java.util.Comparator;

/** One lint result: which rule, how severe, what is wrong, and where. */
public record Finding(String rule, Severity severity, String message, Location location) implements Comparable<Finding> {

    private static final Comparator<Finding> ORDER = Comparator
            .comparing(Finding::location)
            .thenComparing(Finding::rule)
            .thenComparing(Finding::message);

    public Finding withSeverity(Severity newSeverity) {
        return new Finding(rule, newSeverity, message, location);
    }

    @Override
    public int compareTo(Finding o) {
        return ORDER.compare(this, o);
    }
}
