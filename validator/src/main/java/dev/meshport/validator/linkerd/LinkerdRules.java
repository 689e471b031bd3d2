package dev.meshport.validator.linkerd;

import dev.meshport.validator.Rule;
import java.util.List;

/** The Linkerd rules. Add each new rule here. */
public final class LinkerdRules {

    private LinkerdRules() {}

    public static List<Rule> all() {
        return List.of();
    }
}
