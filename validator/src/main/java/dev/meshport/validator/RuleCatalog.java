package dev.meshport.validator;

import dev.meshport.validator.core.CoreRules;
import dev.meshport.validator.istio.IstioRules;
import dev.meshport.validator.linkerd.LinkerdRules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Every lint rule, sorted by id. The lists are plain code (no class-path scanning) because start-up time is paid on
 * every pre-commit run.
 */
public final class RuleCatalog {

    private final List<Rule> rules;

    public RuleCatalog(List<Rule> rules) {
        List<Rule> sorted = new ArrayList<>(rules);
        sorted.sort(Comparator.comparing(r -> r.meta().id()));
        Set<String> ids = new HashSet<>();
        for (Rule r : sorted) {
            if (!ids.add(r.meta().id())) {
                throw new IllegalStateException("two rules share the id " + r.meta().id());
            }
        }
        this.rules = List.copyOf(sorted);
    }

    /** The built-in rules: loading and schema problems, then Istio's and Linkerd's. */
    public static RuleCatalog builtIn() {
        List<Rule> all = new ArrayList<>();
        all.addAll(CoreRules.all());
        all.addAll(IstioRules.all());
        all.addAll(LinkerdRules.all());
        return new RuleCatalog(all);
    }

    public List<Rule> rules() {
        return rules;
    }

    public Optional<Rule> find(String id) {
        return rules.stream().filter(r -> r.meta().id().equals(id)).findFirst();
    }
}
