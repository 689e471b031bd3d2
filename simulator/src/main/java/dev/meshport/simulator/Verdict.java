package dev.meshport.simulator;

import java.util.Locale;

/** The outcome of authorization. */
public enum Verdict {
    ALLOW, DENY;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
