package dev.meshport.simulator.support;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** What one simulation assumed or could not decide, in the order found, each said once. */
public final class Notes {

    private final Set<String> notes = new LinkedHashSet<>();

    public void add(String note) {
        notes.add(note);
    }

    public List<String> list() {
        return new ArrayList<>(notes);
    }
}
