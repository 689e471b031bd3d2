package dev.meshport.validator.linkerd.support;

import com.fasterxml.jackson.databind.JsonNode;
import dev.meshport.model.FieldPath;
import dev.meshport.model.Manifest;
import dev.meshport.model.ManifestSet;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** The pod templates of the inputs (Pods, Deployments, StatefulSets, DaemonSets), where Linkerd reads its annotations. */
public final class PodTemplates {

    /** One pod template: its owner, the path of its {@code metadata}, and of its pod {@code spec}. */
    public record PodTemplate(Manifest owner, FieldPath metadata, FieldPath spec) {
        public JsonNode labels() {
            return owner.at(metadata.key("labels"));
        }

        public JsonNode annotations() {
            return owner.at(metadata.key("annotations"));
        }

        public String namespace() {
            return LinkerdInputs.namespace(owner);
        }

        /** The containers' items, with their paths. */
        public List<Trees.At> containers() {
            return new Trees.At(spec, owner.at(spec)).items("containers");
        }

        /** The number of the container port named {@code name}, or null when no container has it. */
        public Integer containerPort(String name) {
            for (Trees.At c : containers()) {
                for (Trees.At p : c.items("ports")) {
                    if (name.equals(p.text("name")) && p.node().path("containerPort").isIntegralNumber()) {
                        return p.node().path("containerPort").asInt();
                    }
                }
            }
            return null;
        }
    }

    private PodTemplates() {}

    public static List<PodTemplate> all(ManifestSet set) {
        List<PodTemplate> out = new ArrayList<>();
        for (Manifest m : set.all()) {
            if (!m.id().group().isEmpty() && !m.id().group().equals("apps")) {
                continue;
            }
            switch (m.kind()) {
                case "Pod" -> out.add(new PodTemplate(m, FieldPath.of("metadata"), FieldPath.of("spec")));
                case "Deployment", "StatefulSet", "DaemonSet" -> out.add(new PodTemplate(m,
                        FieldPath.parse("spec.template.metadata"), FieldPath.parse("spec.template.spec")));
                default -> { }
            }
        }
        return out;
    }

    /** True when {@code labels} satisfy a Service's {@code selector} map (a selector with no entries selects nothing). */
    public static boolean selects(JsonNode selector, JsonNode labels) {
        if (!selector.isObject() || selector.isEmpty()) {
            return false;
        }
        Iterator<Map.Entry<String, JsonNode>> it = selector.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!labels.path(e.getKey()).asText("\u0000").equals(e.getValue().asText())) {
                return false;
            }
        }
        return true;
    }

    /** True when {@code labels} satisfy a label selector with matchLabels and matchExpressions. */
    public static boolean matchesLabelSelector(JsonNode selector, JsonNode labels) {
        if (!selector.isObject()) {
            return false;
        }
        Iterator<Map.Entry<String, JsonNode>> it = selector.path("matchLabels").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!labels.path(e.getKey()).asText("\u0000").equals(e.getValue().asText())) {
                return false;
            }
        }
        for (JsonNode expr : selector.path("matchExpressions")) {
            String key = expr.path("key").asText();
            boolean has = labels.has(key);
            String value = labels.path(key).asText();
            boolean inValues = false;
            for (JsonNode v : expr.path("values")) {
                inValues |= v.asText().equals(value);
            }
            boolean ok = switch (expr.path("operator").asText()) {
                case "In" -> has && inValues;
                case "NotIn" -> !has || !inValues;
                case "Exists" -> has;
                case "DoesNotExist" -> !has;
                default -> false;
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
