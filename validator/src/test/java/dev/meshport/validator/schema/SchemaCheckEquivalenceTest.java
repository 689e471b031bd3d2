package dev.meshport.validator.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.meshport.model.Manifest;
import dev.meshport.model.load.ManifestLoader;
import dev.meshport.model.load.TypedModel;
import dev.meshport.model.schema.SchemaCheck;
import dev.meshport.model.testing.SharedFolder;
import dev.meshport.validator.Rule;
import dev.meshport.validator.RuleCatalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The oracle of the schema description: on every document we have, and on variants of them with wrong types, unknown
 * fields and values outside enumerations, checking the tree against the description gives exactly what binding it
 * with Jackson and comparing the leftovers gives (the same first type problem with the same message, the same unknown
 * fields and rejected values in the same order), or leaves the document to binding.
 */
class SchemaCheckEquivalenceTest {

    private static final Path SAMPLES = Path.of("../samples");

    private final TypedModel typedModel = new TypedModel();
    private final SchemaCheck schemaCheck = new SchemaCheck();

    /** Documents by name: the samples, every rule's fixtures, and the shared corpus when it is there. */
    private Map<String, String> documents(boolean withCorpus) throws IOException {
        Map<String, String> docs = new LinkedHashMap<>();
        for (Path p : SharedFolder.manifestFiles(SAMPLES)) {
            if (p.toString().contains("/target/")) {
                continue; // build outputs of the samples' own tests
            }
            docs.put(p.toString(), Files.readString(p, StandardCharsets.UTF_8));
        }
        for (Rule rule : RuleCatalog.builtIn().rules()) {
            docs.put(rule.meta().id() + " failing", rule.meta().failing());
            docs.put(rule.meta().id() + " passing", rule.meta().passing());
        }
        if (withCorpus) {
            for (Path p : SharedFolder.manifestFiles(SharedFolder.require("corpus"))) {
                docs.put(p.toString(), Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return docs;
    }

    private List<Manifest> manifests(Map<String, String> docs) {
        List<Manifest> all = new ArrayList<>();
        docs.forEach((name, text) -> all.addAll(new ManifestLoader().loadText(name, text).all()));
        return all;
    }

    @Test
    void everyDocumentGivesWhatBindingGives() throws IOException {
        List<String> undecided = new ArrayList<>();
        List<Manifest> all = manifests(documents(true));
        for (Manifest m : all) {
            String checked = described(m.tree(), m);
            if (checked == null) {
                undecided.add(m.toString());
                continue;
            }
            assertThat(checked).as("%s", m).isEqualTo(bound(m.tree(), m));
        }
        assertThat(all).hasSizeGreaterThan(300);
        // The documents as they are written are all decided without binding, so a clean lint never binds.
        assertThat(undecided).as("documents left to binding").isEmpty();
    }

    @Test
    void variantsWithWrongValuesGiveWhatBindingGives() throws IOException {
        int decided = 0;
        int total = 0;
        List<String> mismatches = new ArrayList<>();
        for (Manifest m : manifests(documents(false))) {
            for (ObjectNode variant : variants(m.tree())) {
                total++;
                String checked = described(variant, m);
                if (checked == null) {
                    continue;
                }
                decided++;
                String bound = bound(variant, m);
                if (!checked.equals(bound)) {
                    mismatches.add(m + "\n  described: " + checked + "\n  bound:     " + bound);
                }
            }
        }
        System.out.printf("schema variants: %d, decided without binding: %d%n", total, decided);
        assertThat(mismatches).as("variants where the description and binding disagree").isEmpty();
        assertThat(total).isGreaterThan(1000);
        assertThat(decided).as("variants decided without binding, of %d", total).isGreaterThan(total / 2);
    }

    private String described(JsonNode tree, Manifest m) {
        SchemaCheck.Result r = schemaCheck.check(tree, m.kindInfo().modelClass().getName());
        return r == null ? null : render(r.problem() == null ? null : r.problem().field() + ": " + r.problem().message(),
                r.unknownFields(), r.rejectedValues());
    }

    private String bound(JsonNode tree, Manifest m) {
        TypedModel.Binding b = typedModel.bind(tree, m.kindInfo().modelClass());
        TypedModel.Leftovers l = b.value() == null ? new TypedModel.Leftovers(List.of(), List.of())
                : typedModel.leftovers(tree, b.value(), b.unmodelled());
        return render(b.problem() == null ? null : b.problem().field() + ": " + b.problem().message(),
                l.unknownFields(), l.rejectedValues());
    }

    private static String render(String problem, List<?> unknown, List<?> rejected) {
        return "problem=" + problem + " unknown=" + unknown + " rejected=" + rejected;
    }

    /**
     * Variants of a document, one change each: every scalar replaced by a value of each other shape, every object
     * given a field no model has, every list given a scalar instead, every object replaced by a string.
     */
    private static List<ObjectNode> variants(ObjectNode tree) {
        List<ObjectNode> out = new ArrayList<>();
        List<List<Object>> paths = new ArrayList<>();
        collect(tree, new ArrayList<>(), paths);
        JsonNodeFactory f = JsonNodeFactory.instance;
        List<JsonNode> replacements = List.of(f.textNode("BOGUS_VALUE"), f.textNode("80"), f.numberNode(7),
                f.numberNode(2.5), f.numberNode(new java.math.BigDecimal("10.0")), f.numberNode(new java.math.BigDecimal("0.0")), f.booleanNode(true), f.textNode(""), f.objectNode().put("zz", 1), f.arrayNode().add("x"),
                f.nullNode());
        for (List<Object> path : paths) {
            JsonNode at = get(tree, path);
            if (path.isEmpty()) {
                continue;
            }
            for (JsonNode r : replacements) {
                if (!r.equals(at)) {
                    out.add(replaced(tree, path, r));
                }
            }
            if (at.isObject()) {
                ObjectNode copy = tree.deepCopy();
                ((ObjectNode) get(copy, path)).put("notAFieldOfAnyModel", "x");
                out.add(copy);
            }
        }
        return out;
    }

    private static void collect(JsonNode node, List<Object> path, List<List<Object>> out) {
        out.add(List.copyOf(path));
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = node.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                path.add(e.getKey());
                collect(e.getValue(), path, out);
                path.remove(path.size() - 1);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                path.add(i);
                collect(node.get(i), path, out);
                path.remove(path.size() - 1);
            }
        }
    }

    private static JsonNode get(JsonNode node, List<Object> path) {
        JsonNode n = node;
        for (Object s : path) {
            n = s instanceof String k ? n.get(k) : n.get((Integer) s);
        }
        return n;
    }

    private static ObjectNode replaced(ObjectNode tree, List<Object> path, JsonNode value) {
        ObjectNode copy = tree.deepCopy();
        JsonNode parent = get(copy, path.subList(0, path.size() - 1));
        Object last = path.get(path.size() - 1);
        if (last instanceof String k) {
            ((ObjectNode) parent).set(k, value);
        } else {
            ((ArrayNode) parent).set((Integer) last, value);
        }
        return copy;
    }
}
