package dev.meshport.translator.toistio;

import com.fasterxml.jackson.databind.JsonNode;
import dev.meshport.model.FieldPath;
import dev.meshport.model.Manifest;
import dev.meshport.model.ManifestSet;
import dev.meshport.model.kinds.Mesh;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The pod templates of the inputs (Deployments, StatefulSets, DaemonSets, Pods): labels, annotations, ports. */
final class PodTemplates {

    /** One pod template: where it is, its labels and annotations, and its named container ports. */
    record PodTemplate(Manifest manifest, FieldPath template, String namespace, Map<String, String> labels,
                       Map<String, String> annotations, Map<String, Integer> namedPorts, List<Integer> ports) {

        boolean selectedBy(Map<String, String> matchLabels) {
            return matchLabels.entrySet().stream().allMatch(e -> e.getValue().equals(labels.get(e.getKey())));
        }

        FieldPath annotation(String key) {
            return template.resolve(FieldPath.of("metadata", "annotations", key));
        }
    }

    private PodTemplates() {}

    static List<PodTemplate> of(ManifestSet inputs) {
        List<PodTemplate> out = new ArrayList<>();
        for (Manifest m : inputs.ofMesh(Mesh.KUBERNETES)) {
            FieldPath template = switch (m.kind()) {
                case "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job" -> FieldPath.of("spec", "template");
                case "Pod" -> FieldPath.ROOT;
                default -> null;
            };
            if (template == null) {
                continue;
            }
            JsonNode t = template.isRoot() ? m.tree() : m.at(template);
            Map<String, Integer> named = new TreeMap<>();
            List<Integer> ports = new ArrayList<>();
            for (JsonNode c : t.path("spec").path("containers")) {
                for (JsonNode p : c.path("ports")) {
                    ports.add(p.path("containerPort").asInt());
                    if (p.has("name")) {
                        named.put(p.path("name").asText(), p.path("containerPort").asInt());
                    }
                }
            }
            out.add(new PodTemplate(m, template, m.id().namespaceOr("default"), strings(t.path("metadata").path("labels")),
                    strings(t.path("metadata").path("annotations")), named, ports));
        }
        return out;
    }

    static Map<String, String> strings(JsonNode map) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = map.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            out.put(e.getKey(), e.getValue().asText());
        }
        return out;
    }

    /** A named port resolved through the pods a selector picks in a namespace, when they agree on its number. */
    static Optional<Integer> resolve(List<PodTemplate> pods, String namespace, Map<String, String> selector, String name) {
        Integer found = null;
        for (PodTemplate p : pods) {
            if (p.namespace().equals(namespace) && p.selectedBy(selector) && p.namedPorts().containsKey(name)) {
                int n = p.namedPorts().get(name);
                if (found != null && found != n) {
                    return Optional.empty();
                }
                found = n;
            }
        }
        return Optional.ofNullable(found);
    }
}
