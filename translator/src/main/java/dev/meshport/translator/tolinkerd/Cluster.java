package dev.meshport.translator.tolinkerd;

import com.fasterxml.jackson.databind.JsonNode;
import dev.meshport.model.FieldPath;
import dev.meshport.model.Manifest;
import dev.meshport.model.ManifestSet;
import dev.meshport.model.kinds.Mesh;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The Kubernetes side of the inputs that translations resolve against: Services by host, and pod templates with their
 * labels, service account, ports and probes.
 */
final class Cluster {

    /** A Kubernetes Service a host names; {@code manifest} is empty when the inputs do not contain it. */
    record ServiceRef(String name, String namespace, Optional<Manifest> manifest) {

        List<ServicePort> ports() {
            List<ServicePort> out = new ArrayList<>();
            manifest.ifPresent(m -> {
                JsonNode ports = m.tree().path("spec").path("ports");
                for (int i = 0; i < ports.size(); i++) {
                    JsonNode p = ports.get(i);
                    out.add(new ServicePort(p.path("name").asText(""), p.path("port").asInt(),
                            p.path("targetPort"), p.path("appProtocol").asText(""), p.path("protocol").asText("TCP")));
                }
            });
            return out;
        }

        Map<String, String> selector() {
            Map<String, String> out = new TreeMap<>();
            manifest.ifPresent(m -> m.tree().path("spec").path("selector").fields()
                    .forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText())));
            return out;
        }
    }

    record ServicePort(String name, int port, JsonNode targetPort, String appProtocol, String protocol) {}

    /** A pod template (or a Pod): where it is, its labels, service account, container ports and HTTP probes. */
    record PodTemplate(Manifest manifest, FieldPath template, String namespace, Map<String, String> labels,
                       String serviceAccount, List<ContainerPort> ports, List<Probe> probes) {}

    record ContainerPort(String name, int port) {}

    /** An HTTP probe of a container: path and port (number, or the name of a container port). */
    record Probe(String path, int port) {}

    private final ManifestSet manifests;

    Cluster(ManifestSet manifests) {
        this.manifests = manifests;
    }

    /**
     * The Service a host names, resolved as Istio does: short names in {@code namespace}, {@code name.ns},
     * {@code name.ns.svc} and {@code name.ns.svc.<domain>}. Empty for wildcards and names that cannot be a Service.
     */
    Optional<ServiceRef> service(String host, String namespace) {
        if (host == null || host.isEmpty() || host.contains("*")) {
            return Optional.empty();
        }
        String[] labels = host.split("\\.");
        String name = labels[0];
        String ns = namespace;
        if (labels.length >= 2) {
            ns = labels[1];
            boolean kubernetesName = labels.length == 2 || labels[2].equals("svc");
            if (!kubernetesName) {
                return Optional.empty();
            }
        }
        String serviceNamespace = ns;
        Optional<Manifest> manifest = manifests.ofKind(Mesh.KUBERNETES, "Service").stream()
                .filter(m -> m.id().name().equals(name) && m.id().namespaceOr(namespace).equals(serviceNamespace))
                .findFirst();
        if (manifest.isEmpty() && labels.length == 2) {
            // "name.other" could be a Service in namespace "other" or an external name: without the manifest, unknown.
            return Optional.empty();
        }
        return Optional.of(new ServiceRef(name, serviceNamespace, manifest));
    }

    /** The labels of subset {@code subset} of the Service, from a DestinationRule of the inputs for its host. */
    Optional<Map<String, String>> subsetLabels(ServiceRef svc, String subset) {
        for (Manifest dr : manifests.ofKind(Mesh.ISTIO, "DestinationRule")) {
            String drNamespace = dr.id().namespaceOr("default");
            Optional<ServiceRef> host = service(dr.tree().path("spec").path("host").asText(), drNamespace);
            if (host.isEmpty() || !host.get().name().equals(svc.name()) || !host.get().namespace().equals(svc.namespace())) {
                continue;
            }
            for (JsonNode s : dr.tree().path("spec").path("subsets")) {
                if (s.path("name").asText().equals(subset)) {
                    return Optional.of(stringMap(s.path("labels")));
                }
            }
        }
        return Optional.empty();
    }

    /** Pod templates in {@code namespace} whose labels include all of {@code selector}. */
    List<PodTemplate> podsSelectedBy(String namespace, Map<String, String> selector) {
        List<PodTemplate> out = new ArrayList<>();
        for (PodTemplate t : podTemplates()) {
            if (t.namespace().equals(namespace) && t.labels().entrySet().containsAll(selector.entrySet())) {
                out.add(t);
            }
        }
        return out;
    }

    List<PodTemplate> podTemplates() {
        List<PodTemplate> out = new ArrayList<>();
        for (Manifest m : manifests.ofMesh(Mesh.KUBERNETES)) {
            FieldPath template = switch (m.kind()) {
                case "Deployment", "StatefulSet", "DaemonSet" -> FieldPath.parse("spec.template");
                case "Pod" -> FieldPath.ROOT;
                default -> null;
            };
            if (template == null) {
                continue;
            }
            JsonNode t = m.at(template);
            Map<String, String> labels = new TreeMap<>();
            t.path("metadata").path("labels").fields().forEachRemaining(e -> labels.put(e.getKey(), e.getValue().asText()));
            JsonNode spec = t.path("spec");
            List<ContainerPort> ports = new ArrayList<>();
            List<Probe> probes = new ArrayList<>();
            for (JsonNode c : spec.path("containers")) {
                for (JsonNode p : c.path("ports")) {
                    if (p.path("protocol").asText("TCP").equals("TCP")) {
                        ports.add(new ContainerPort(p.path("name").asText(""), p.path("containerPort").asInt()));
                    }
                }
            }
            for (JsonNode c : spec.path("containers")) {
                for (String probe : List.of("livenessProbe", "readinessProbe", "startupProbe")) {
                    JsonNode get = c.path(probe).path("httpGet");
                    if (!get.isMissingNode()) {
                        int port = resolvePort(get.path("port"), ports);
                        if (port > 0) {
                            probes.add(new Probe(get.path("path").asText("/"), port));
                        }
                    }
                }
            }
            String sa = spec.path("serviceAccountName").asText("default");
            out.add(new PodTemplate(m, template, m.id().namespaceOr("default"), labels, sa, ports, probes));
        }
        return out;
    }

    /** A port given as a number or as the name of a container port; 0 when it names no port. */
    static int resolvePort(JsonNode port, List<ContainerPort> ports) {
        if (port.isInt()) {
            return port.intValue();
        }
        String text = port.asText("");
        if (text.matches("\\d+")) {
            return Integer.parseInt(text);
        }
        for (ContainerPort p : ports) {
            if (p.name().equals(text)) {
                return p.port();
            }
        }
        return 0;
    }

    static Map<String, String> stringMap(JsonNode node) {
        Map<String, String> out = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            out.put(e.getKey(), e.getValue().asText());
        }
        return out;
    }
}
