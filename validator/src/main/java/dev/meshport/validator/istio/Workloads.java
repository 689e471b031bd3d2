package dev.meshport.validator.istio;

import dev.meshport.model.FieldPath;
import dev.meshport.model.Manifest;
import dev.meshport.model.kinds.Mesh;
import dev.meshport.validator.LintContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The workloads the inputs describe (Pods, and the pod templates of Deployments, StatefulSets, DaemonSets), by namespace. */
public final class Workloads {

    /** A workload's pod labels. */
    public record Workload(Manifest manifest, String namespace, Map<String, String> labels) {}

    private final List<Workload> all;
    private final Map<String, List<Workload>> byNamespace;

    private Workloads(List<Workload> all) {
        this.all = all;
        this.byNamespace = new HashMap<>();
        for (Workload w : all) {
            byNamespace.computeIfAbsent(w.namespace(), k -> new ArrayList<>()).add(w);
        }
    }

    public static Workloads of(LintContext context) {
        List<Workload> out = new ArrayList<>();
        for (Manifest m : context.manifests().ofMesh(Mesh.KUBERNETES)) {
            String labelsPath = switch (m.kind()) {
                case "Pod" -> "metadata.labels";
                case "Deployment", "StatefulSet", "DaemonSet" -> "spec.template.metadata.labels";
                default -> null;
            };
            if (labelsPath != null) {
                out.add(new Workload(m, MeshFacts.namespace(m), MeshFacts.labels(m.at(FieldPath.parse(labelsPath)))));
            }
        }
        return new Workloads(out);
    }

    public List<Workload> all() {
        return all;
    }

    /** The workloads a policy of {@code namespace} can select: all of them for the root namespace. */
    public List<Workload> in(String namespace) {
        return namespace.equals(MeshFacts.ROOT_NAMESPACE) ? all : byNamespace.getOrDefault(namespace, List.of());
    }

    /** Workloads of {@code namespace} (all namespaces for the root namespace) that {@code selector} selects. */
    public List<Workload> selected(String namespace, Map<String, String> selector) {
        return in(namespace).stream().filter(w -> MeshFacts.selects(selector, w.labels())).toList();
    }
}
