package dev.meshport.validator.config;

import dev.meshport.model.Severity;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a {@code .meshport.yaml}. The text is only composed into SnakeYAML nodes (never constructed into objects, so
 * no tags are honoured and {@code off} stays the word, not YAML 1.1's boolean), which keeps every value's position
 * for error messages. Unknown keys, unknown rule ids and duplicate keys are errors: a typo must not silently turn a
 * suppression off.
 *
 * <pre>
 * rules:
 *   unknown-field: {severity: warning}     # error | warning | info | off
 * ignore:
 *   - rule: not-a-manifest                 # a rule id, or '*'
 *     paths: ["charts/**"]                 # globs, relative to the config's directory
 *     resources: ["VirtualService/legacy/*"]  # Kind/namespace/name with * wildcards
 *     reason: values files live next to the manifests
 * failOn: warning
 * assumeComplete: true
 * </pre>
 */
public final class ConfigParser {

    private static final Set<String> TOP_KEYS = Set.of("rules", "ignore", "failOn", "assumeComplete");
    private static final Set<String> RULE_KEYS = Set.of("severity");
    private static final Set<String> IGNORE_KEYS = Set.of("rule", "paths", "resources", "reason");

    private final String source;
    private final Predicate<String> knownRule;

    /**
     * @param source    the config's name in messages (its path)
     * @param knownRule accepts the rule ids that exist
     */
    public ConfigParser(String source, Predicate<String> knownRule) {
        this.source = source;
        this.knownRule = knownRule;
    }

    public LintConfig parse(String text) throws ConfigException {
        Node root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowRecursiveKeys(false);
            options.setMaxAliasesForCollections(10);
            root = new Yaml(new SafeConstructor(options)).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
            throw mark == null ? new ConfigException(source, 1, 1, problem)
                    : new ConfigException(source, mark.getLine() + 1, mark.getColumn() + 1, "invalid YAML: " + problem);
        } catch (YAMLException e) {
            throw new ConfigException(source, 1, 1, "invalid YAML: " + e.getMessage());
        }
        if (root == null || isNull(root)) {
            return LintConfig.EMPTY;
        }
        Map<String, NodeTuple> top = mapping(root, "the config", TOP_KEYS);
        Map<String, Severity> severities = new LinkedHashMap<>();
        Set<String> off = new LinkedHashSet<>();
        // "rules:" or "ignore:" with every entry commented out is empty, not an error.
        for (String list : List.of("rules", "ignore")) {
            if (top.containsKey(list) && isNull(top.get(list).getValueNode())) {
                top.remove(list);
            }
        }
        if (top.containsKey("rules")) {
            readRules(top.get("rules").getValueNode(), severities, off);
        }
        List<IgnoreRule> ignores = new ArrayList<>();
        if (top.containsKey("ignore")) {
            for (Node entry : sequence(top.get("ignore").getValueNode(), "ignore")) {
                ignores.add(readIgnore(entry));
            }
        }
        Optional<Severity> failOn = Optional.empty();
        if (top.containsKey("failOn")) {
            failOn = Optional.of(severity(top.get("failOn").getValueNode(), "failOn", false));
        }
        Optional<Boolean> assumeComplete = Optional.empty();
        if (top.containsKey("assumeComplete")) {
            Node value = top.get("assumeComplete").getValueNode();
            String word = scalar(value, "assumeComplete");
            if (!word.equals("true") && !word.equals("false")) {
                throw error(value, "assumeComplete must be true or false, not '" + word + "'");
            }
            assumeComplete = Optional.of(Boolean.parseBoolean(word));
        }
        return new LintConfig(severities, off, ignores, failOn, assumeComplete);
    }

    private void readRules(Node node, Map<String, Severity> severities, Set<String> off) throws ConfigException {
        for (NodeTuple t : tuples(node, "rules")) {
            String id = scalar(t.getKeyNode(), "a rule id");
            checkRule(t.getKeyNode(), id, false);
            Map<String, NodeTuple> settings = mapping(t.getValueNode(), "rules." + id, RULE_KEYS);
            NodeTuple severity = settings.get("severity");
            if (severity == null) {
                throw error(t.getValueNode(), "rules." + id + " needs a severity (error, warning, info or off)");
            }
            Severity s = severity(severity.getValueNode(), "rules." + id + ".severity", true);
            if (s == null) {
                off.add(id);
            } else {
                severities.put(id, s);
            }
        }
    }

    private IgnoreRule readIgnore(Node entry) throws ConfigException {
        Map<String, NodeTuple> fields = mapping(entry, "an ignore entry", IGNORE_KEYS);
        NodeTuple rule = fields.get("rule");
        if (rule == null) {
            throw error(entry, "an ignore entry needs 'rule' (a rule id, or '*' for every rule)");
        }
        String id = scalar(rule.getValueNode(), "ignore[].rule");
        checkRule(rule.getValueNode(), id, true);
        List<Glob> paths = patterns(fields.get("paths"), "a path glob", Glob::compile);
        List<ResourcePattern> resources = patterns(fields.get("resources"), "a resource", ResourcePattern::parse);
        if (fields.containsKey("reason")) {
            scalar(fields.get("reason").getValueNode(), "reason");
        }
        return new IgnoreRule(id, paths, resources);
    }

    /** The list at {@code field} (absent: empty), each value compiled; a value that does not compile is an error. */
    private <T> List<T> patterns(NodeTuple field, String what, Function<String, T> compile) throws ConfigException {
        List<T> compiled = new ArrayList<>();
        if (field == null) {
            return compiled;
        }
        for (Node item : sequence(field.getValueNode(), scalar(field.getKeyNode(), "a key"))) {
            try {
                compiled.add(compile.apply(scalar(item, what)));
            } catch (IllegalArgumentException e) {
                throw error(item, e.getMessage());
            }
        }
        return compiled;
    }

    private void checkRule(Node at, String id, boolean wildcardAllowed) throws ConfigException {
        if (wildcardAllowed && id.equals(IgnoreRule.ANY_RULE)) {
            return;
        }
        if (!knownRule.test(id)) {
            throw error(at, "unknown rule id '" + id + "' (see 'meshport rules')");
        }
    }

    /** The severity named at {@code node}; null for "off" when {@code offAllowed}. */
    private Severity severity(Node node, String what, boolean offAllowed) throws ConfigException {
        String word = scalar(node, what).toLowerCase(Locale.ROOT);
        if (offAllowed && word.equals("off")) {
            return null;
        }
        return switch (word) {
            case "error" -> Severity.ERROR;
            case "warning" -> Severity.WARNING;
            case "info" -> Severity.INFO;
            default -> throw error(node, what + " must be error, warning, info" + (offAllowed ? " or off" : "")
                    + ", not '" + word + "'");
        };
    }

    private Map<String, NodeTuple> mapping(Node node, String what, Set<String> allowed) throws ConfigException {
        Map<String, NodeTuple> byKey = new LinkedHashMap<>();
        for (NodeTuple t : tuples(node, what)) {
            String key = scalar(t.getKeyNode(), "a key");
            if (!allowed.contains(key)) {
                throw error(t.getKeyNode(), "unknown key '" + key + "' in " + what + " (expected one of "
                        + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
            byKey.put(key, t);
        }
        return byKey;
    }

    private List<NodeTuple> tuples(Node node, String what) throws ConfigException {
        if (!(node instanceof MappingNode m)) {
            throw error(node, what + " must be a mapping");
        }
        Set<String> seen = new HashSet<>();
        for (NodeTuple t : m.getValue()) {
            String key = scalar(t.getKeyNode(), "a key");
            if (!seen.add(key)) {
                throw error(t.getKeyNode(), "duplicate key '" + key + "'");
            }
        }
        return m.getValue();
    }

    private List<Node> sequence(Node node, String what) throws ConfigException {
        if (!(node instanceof SequenceNode s)) {
            throw error(node, what + " must be a list");
        }
        return s.getValue();
    }

    private String scalar(Node node, String what) throws ConfigException {
        if (!(node instanceof ScalarNode s) || isNull(node)) {
            throw error(node, what + " must be a single value");
        }
        return s.getValue();
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode s && s.getTag().getValue().equals("tag:yaml.org,2002:null");
    }

    private ConfigException error(Node at, String problem) {
        Mark mark = at.getStartMark();
        return new ConfigException(source, mark.getLine() + 1, mark.getColumn() + 1, problem);
    }
}
