package dev.meshport.model;

import java.util.Locale;

/** How much of a source feature the target mesh can express. */
public enum Equivalence {
    FULL, PARTIAL, NONE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The severity a gap of this equivalence is reported with (the contract: none → error, partial → warning). */
    public Severity defaultSeverity() {
        return switch (this) {
            case FULL -> Severity.INFO;
            case PARTIAL -> Severity.WARNING;
            case NONE -> Severity.ERROR;
        };
    }
}
