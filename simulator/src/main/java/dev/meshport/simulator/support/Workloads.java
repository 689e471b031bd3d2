package dev.meshport.simulator.support;

import com.fasterxml.jackson.databind.JsonNode;
import dev.meshport.model.Manifest;
import dev.meshport.model.ManifestSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Kubernetes side of the inputs, as both meshes need it: Services (selector, ports, annotations), the pod templates
 * of Deployments, StatefulSets, DaemonSets, ReplicaSets, Jobs and Pods (labels, annotations, ServiceAccount, named
 * container ports), and Namespaces (labels, annotations). Built once per simulation from a {@link ManifestSet}.
 */
public final class Workloads {

    /** A Service port: {@code targetPort} is a number or a container port name (null: same as {@code port}). */
    public record ServicePort(String name, int port, String targetPort, String appProtocol) {}

    public record Service(Manifest manifest, String namespace, String name, Map<String, String> selector,
                          List<ServicePort> ports, Map<String, String> annotations, boolean headless) {

        public String fqdn(String clusterDomain) {
            return name + "." + namespace + ".svc." + clusterDomain;
        }

        public Optional<ServicePort> port(int number) {
            return ports.stream().filter(p -> p.port() == number).findFirst();
        }
    }

    /** The pods of one workload: their labels, annotations, ServiceAccount and container ports by name. */
    public record Workload(Manifest manifest, String namespace, String name, Map<String, String> labels,
                           Map<String, String> annotations, String serviceAccount, Map<String, Integer> namedPorts,
                           List<Integer> ports) {

        public String display() {
            return manifest.kind() + " " + namespace + "/" + name;
        }

        /** The container port a Service targetPort (number or name) refers to, or null when the pod has no such name. */
        public Integer resolve(String targetPort) {
            if (targetPort.chars().allMatch(Character::isDigit)) {
                return Integer.valueOf(targetPort);
            }
            return namedPorts.get(targetPort);
        }

        /** The name of a container port, or null. */
        public String portName(int number) {
            return namedPorts.entrySet().stream().filter(e -> e.getValue() == number).map(Map.Entry::getKey)
                    .findFirst().orElse(null);
        }
    }

    public record Namespace(Manifest manifest, String name, Map<String, String> labels, Map<String, String> annotations) {}

    private static final List<String> POD_TEMPLATE_KINDS = List.of("Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job");

    private final List<Service> services = new ArrayList<>();
    private final List<Workload> workloads = new ArrayList<>();
    private final Map<String, Namespace> namespaces = new LinkedHashMap<>();

    public Workloads(ManifestSet manifests) {
        for (Manifest m : manifests.all()) {
            String ns = m.id().namespaceOr("default");
            JsonNode tree = m.tree();
            switch (m.kind()) {
                case "Service" -> {
                    if (!m.id().group().isEmpty()) {
                        continue;
                    }
                    List<ServicePort> ports = new ArrayList<>();
                    for (JsonNode p : tree.path("spec").path("ports")) {
                        JsonNode target = p.path("targetPort");
                        ports.add(new ServicePort(Nodes.text(p, "name"), p.path("port").asInt(),
                                target.isMissingNode() ? p.path("port").asText() : target.asText(), Nodes.text(p, "appProtocol")));
                    }
                    services.add(new Service(m, ns, m.id().name(), Nodes.stringMap(tree.path("spec").path("selector")), ports,
                            Nodes.stringMap(tree.path("metadata").path("annotations")),
                            "None".equals(Nodes.text(tree.path("spec"), "clusterIP"))));
                }
                case "Namespace" -> namespaces.put(m.id().name(), new Namespace(m, m.id().name(),
                        Nodes.stringMap(tree.path("metadata").path("labels")), Nodes.stringMap(tree.path("metadata").path("annotations"))));
                case "Pod" -> addWorkload(m, ns, tree);
                default -> {
                    if (POD_TEMPLATE_KINDS.contains(m.kind()) && m.id().group().matches("apps|batch")) {
                        addWorkload(m, ns, tree.path("spec").path("template"));
                    }
                }
            }
        }
    }

    private void addWorkload(Manifest m, String ns, JsonNode pod) {
        Map<String, Integer> named = new LinkedHashMap<>();
        List<Integer> ports = new ArrayList<>();
        for (JsonNode c : pod.path("spec").path("containers")) {
            for (JsonNode p : c.path("ports")) {
                ports.add(p.path("containerPort").asInt());
                if (p.has("name")) {
                    named.put(p.path("name").asText(), p.path("containerPort").asInt());
                }
            }
        }
        String sa = Nodes.text(pod.path("spec"), "serviceAccountName");
        workloads.add(new Workload(m, ns, m.id().name(), Nodes.stringMap(pod.path("metadata").path("labels")),
                Nodes.stringMap(pod.path("metadata").path("annotations")), sa == null ? "default" : sa, named, ports));
    }

    public List<Service> services() {
        return services;
    }

    public Optional<Service> service(String namespace, String name) {
        return services.stream().filter(s -> s.namespace().equals(namespace) && s.name().equals(name)).findFirst();
    }

    public Optional<Namespace> namespace(String name) {
        return Optional.ofNullable(namespaces.get(name));
    }

    /** The workloads in {@code namespace} whose pod labels carry every label of {@code selector}. */
    public List<Workload> selectedBy(String namespace, Map<String, String> selector) {
        return workloads.stream()
                .filter(w -> w.namespace().equals(namespace) && LabelSelectors.matchesMap(selector, w.labels()))
                .toList();
    }

    /** The workloads that run under a ServiceAccount. */
    public List<Workload> runningAs(String namespace, String serviceAccount) {
        return workloads.stream()
                .filter(w -> w.namespace().equals(namespace) && w.serviceAccount().equals(serviceAccount)).toList();
    }

    /** True when the inputs hold this ServiceAccount, or hold no ServiceAccount at all in its namespace. */
    public static boolean knowsServiceAccount(ManifestSet manifests, String namespace, String name) {
        List<Manifest> accounts = manifests.inNamespace("ServiceAccount", namespace, "default");
        return accounts.isEmpty() || accounts.stream().anyMatch(a -> a.id().name().equals(name));
    }

    /**
     * The Service a request host names, following Kubernetes DNS: {@code name} (in the caller's namespace),
     * {@code name.ns}, {@code name.ns.svc}, {@code name.ns.svc.<domain>}. Empty for any other host.
     */
    public Optional<Service> resolveHost(String host, String callerNamespace, String clusterDomain) {
        String[] labels = host.split("\\.");
        if (labels.length == 1) {
            if (callerNamespace != null) {
                return service(callerNamespace, labels[0]);
            }
            List<Service> byName = services.stream().filter(s -> s.name().equals(labels[0])).toList();
            return byName.size() == 1 ? Optional.of(byName.get(0)) : Optional.empty();
        }
        String suffix = host.substring(labels[0].length() + labels[1].length() + 1);
        if (suffix.isEmpty() || suffix.equals(".svc") || suffix.equals(".svc." + clusterDomain)) {
            return service(labels[1], labels[0]);
        }
        return Optional.empty();
    }
}
