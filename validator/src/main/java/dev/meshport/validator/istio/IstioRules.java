package dev.meshport.validator.istio;

import dev.meshport.validator.Rule;
import java.util.List;

/** The Istio rules. Add each new rule here. */
public final class IstioRules {

    private IstioRules() {}

    public static List<Rule> all() {
        return List.of();
    }
}
