package dev.meshport.model;

import java.util.Locale;

/** How much a finding or a gap matters. Ordered from the most to the least severe. */
public enum Severity {
    ERROR, WARNING, INFO;

    /** The lower-case name used in every output format. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when this severity is at least as severe as {@code threshold}. */
    public boolean atLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }

    public static Severity parse(String text) {
        return Severity.valueOf(text.trim().toUpperCase(Locale.ROOT));
    }
}
