package dev.meshport.validator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * Every lint rule, sorted by id. The lists are plain code (no class-path scanning) because start-up time is paid on
 * every pre-commit run; for the same reason the built-in catalog knows its rules' {@link RuleInfo} from a generated
 * index and makes a rule only when it is asked for (a rule's {@link RuleMeta} is read only by what shows its docs).
 */
public final class RuleCatalog {

    private final List<RuleInfo> infos;
    private final IntFunction<Rule> factory;
    private final Map<String, Integer> indexById = new HashMap<>();
    /** The rules made so far, by index in {@link #infos}. */
    private final Rule[] made;

    public RuleCatalog(List<Rule> rules) {
        List<Rule> sorted = new ArrayList<>(rules);
        sorted.sort(Comparator.comparing(r -> r.meta().id()));
        this.infos = sorted.stream().map(r -> RuleInfo.of(r.meta())).toList();
        this.factory = sorted::get;
        this.made = new Rule[infos.size()];
        indexIds();
    }

    /** A catalog of the rules {@code infos} describes, sorted by id; {@code factory} makes the rule at an index. */
    private RuleCatalog(List<RuleInfo> infos, IntFunction<Rule> factory) {
        this.infos = List.copyOf(infos);
        this.factory = factory;
        this.made = new Rule[infos.size()];
        indexIds();
    }

    private void indexIds() {
        for (int i = 0; i < infos.size(); i++) {
            if (indexById.put(infos.get(i).id(), i) != null) {
                throw new IllegalStateException("two rules share the id " + infos.get(i).id());
            }
        }
    }

    /** The built-in rules: loading and schema problems, then Istio's and Linkerd's (see {@link BuiltInRuleIndex}). */
    public static RuleCatalog builtIn() {
        return new RuleCatalog(BuiltInRuleIndex.rules(), BuiltInRuleIndex::create);
    }

    /** Every rule's info, sorted by id; {@link #rule(int)} makes the rule at the same index. */
    public List<RuleInfo> infos() {
        return infos;
    }

    /** The rule {@code infos().get(index)} describes. */
    public synchronized Rule rule(int index) {
        if (made[index] == null) {
            made[index] = factory.apply(index);
        }
        return made[index];
    }

    /** Every rule, sorted by id (makes them all). */
    public List<Rule> rules() {
        List<Rule> all = new ArrayList<>(infos.size());
        for (int i = 0; i < infos.size(); i++) {
            all.add(rule(i));
        }
        return List.copyOf(all);
    }

    public boolean has(String id) {
        return indexById.containsKey(id);
    }

    public Optional<Rule> find(String id) {
        Integer index = indexById.get(id);
        return index == null ? Optional.empty() : Optional.of(rule(index));
    }
}
