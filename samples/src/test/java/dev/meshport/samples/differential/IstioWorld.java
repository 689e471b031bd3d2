package dev.meshport.samples.differential;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.meshport.translator.YamlOutput;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A small Istio mesh as the differential tests generate it: Services with their Deployments (one per version, labels
 * {@code app} and {@code version}, a named container port) and ServiceAccounts, a client workload per namespace,
 * DestinationRules with one subset per version, VirtualServices with ordered http entries, and AuthorizationPolicies.
 * {@link #toString()} is the YAML, so a shrunk counterexample reads as the input it is.
 */
record IstioWorld(List<Svc> services, List<VirtualServiceSpec> virtualServices, List<PolicySpec> policies) {

    /** Every Service listens on this port; its targetPort is the container port (by name or number). */
    static final int PORT = 8080;

    /** The namespace of the client workload that every world has. */
    static final String HOME = "shop";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A Service {@code name} in {@code namespace}, selecting {@code app: name}, with one Deployment per version. */
    record Svc(String name, String namespace, List<String> versions, boolean namedTargetPort) {
        String host() {
            return name + "." + namespace;
        }
    }

    /** A VirtualService for one Service, in the Service's namespace, with its http entries in order. */
    record VirtualServiceSpec(String service, String namespace, List<HttpEntry> http) {}

    /** One http entry: its match blocks (ORed; none means every request) and its weighted destinations. */
    record HttpEntry(List<MatchSpec> matches, List<Destination> route) {}

    /** One match block; each set condition must hold. A null condition is absent. */
    record MatchSpec(StringMatch uri, String method, String header, StringMatch headerValue) {}

    /** Istio StringMatch: {@code kind} is exact, prefix or regex. */
    record StringMatch(String kind, String value) {}

    /** A route destination: Service (same namespace), subset (null: the whole Service), weight (null: not written). */
    record Destination(String service, String subset, Integer weight) {}

    /** A security.istio.io AuthorizationPolicy; an empty selector selects the whole namespace. */
    record PolicySpec(String name, String namespace, Map<String, String> selector, String action, List<RuleSpec> rules) {}

    /** One rule: at most one source (principals, namespaces) and one operation (methods, paths, ports); null is absent. */
    record RuleSpec(List<String> principals, List<String> namespaces, List<String> methods, List<String> paths,
                    List<String> ports) {}

    /** The namespaces of the world, the client's first. */
    List<String> namespaces() {
        return namespaces(services.stream().map(Svc::namespace).toList());
    }

    /** {@link #HOME} and the namespaces of the Services, in that order, without repeats. */
    static List<String> namespaces(List<String> serviceNamespaces) {
        Set<String> out = new LinkedHashSet<>();
        out.add(HOME);
        out.addAll(serviceNamespaces);
        return new ArrayList<>(out);
    }

    /** The Kubernetes objects both meshes read: Namespaces, ServiceAccounts, Deployments, Services. */
    List<ObjectNode> kubernetes() {
        List<ObjectNode> out = new ArrayList<>();
        for (String ns : namespaces()) {
            out.addAll(namespaceWithClient(ns, Map.of()));
        }
        for (Svc s : services) {
            out.add(object("v1", "ServiceAccount", s.namespace(), s.name()));
            for (String version : s.versions()) {
                out.add(deployment(s.namespace(), s.name() + "-" + version, Map.of("app", s.name(), "version", version), s.name()));
            }
            out.add(service(s.namespace(), s.name(), s.namedTargetPort()));
        }
        return out;
    }

    /** A Namespace (with these annotations) and its client workload: ServiceAccount and Deployment {@code client}. */
    static List<ObjectNode> namespaceWithClient(String ns, Map<String, String> annotations) {
        ObjectNode namespace = object("v1", "Namespace", null, ns);
        if (!annotations.isEmpty()) {
            ObjectNode out = ((ObjectNode) namespace.path("metadata")).putObject("annotations");
            annotations.forEach(out::put);
        }
        return List.of(namespace, object("v1", "ServiceAccount", ns, "client"), deployment(ns, "client", Map.of("app", "client"), "client"));
    }

    /** A Service selecting {@code app: name} on {@link #PORT}, its targetPort the container port by name or number. */
    static ObjectNode service(String namespace, String name, boolean namedTargetPort) {
        ObjectNode service = object("v1", "Service", namespace, name);
        ObjectNode spec = service.putObject("spec");
        spec.putObject("selector").put("app", name);
        ObjectNode port = spec.putArray("ports").addObject().put("name", "http").put("port", PORT);
        if (namedTargetPort) {
            port.put("targetPort", "http");
        }
        return service;
    }

    /** The Istio configuration: DestinationRules, VirtualServices, AuthorizationPolicies. */
    List<ObjectNode> istio() {
        List<ObjectNode> out = new ArrayList<>();
        for (Svc s : services) {
            ObjectNode dr = object("networking.istio.io/v1", "DestinationRule", s.namespace(), s.name());
            ObjectNode spec = dr.putObject("spec").put("host", s.name());
            ArrayNode subsets = spec.putArray("subsets");
            for (String version : s.versions()) {
                subsets.addObject().put("name", version).putObject("labels").put("version", version);
            }
            out.add(dr);
        }
        for (VirtualServiceSpec v : virtualServices) {
            ObjectNode vs = object("networking.istio.io/v1", "VirtualService", v.namespace(), v.service());
            ObjectNode spec = vs.putObject("spec");
            spec.putArray("hosts").add(v.service());
            ArrayNode http = spec.putArray("http");
            for (HttpEntry e : v.http()) {
                ObjectNode entry = http.addObject();
                if (!e.matches().isEmpty()) {
                    ArrayNode match = entry.putArray("match");
                    e.matches().forEach(m -> match.add(match(m)));
                }
                ArrayNode route = entry.putArray("route");
                for (Destination d : e.route()) {
                    ObjectNode rd = route.addObject();
                    ObjectNode dest = rd.putObject("destination").put("host", d.service());
                    if (d.subset() != null) {
                        dest.put("subset", d.subset());
                    }
                    if (d.weight() != null) {
                        rd.put("weight", d.weight());
                    }
                }
            }
            out.add(vs);
        }
        for (PolicySpec p : policies) {
            ObjectNode ap = object("security.istio.io/v1", "AuthorizationPolicy", p.namespace(), p.name());
            ObjectNode spec = ap.putObject("spec");
            if (!p.selector().isEmpty()) {
                ObjectNode labels = spec.putObject("selector").putObject("matchLabels");
                p.selector().forEach(labels::put);
            }
            spec.put("action", p.action());
            ArrayNode rules = spec.putArray("rules");
            p.rules().forEach(r -> rules.add(rule(r)));
            out.add(ap);
        }
        return out;
    }

    /** The whole world as one multi-document YAML stream. */
    String yaml() {
        List<JsonNode> docs = new ArrayList<>(kubernetes());
        docs.addAll(istio());
        return yaml(docs);
    }

    static String yaml(List<? extends JsonNode> docs) {
        StringBuilder out = new StringBuilder();
        docs.forEach(d -> out.append("---\n").append(YamlOutput.write(d)));
        return out.toString();
    }

    /** Only the Istio configuration: the Kubernetes part follows from the services and is long. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("\n# services:");
        services.forEach(s -> out.append(' ').append(s.host()).append(s.versions()).append(s.namedTargetPort() ? "(named port)" : ""));
        out.append('\n').append(yaml(istio().stream().filter(o -> !o.path("kind").asText().equals("DestinationRule")).toList()));
        return out.toString();
    }

    private static ObjectNode match(MatchSpec m) {
        ObjectNode out = JSON.createObjectNode();
        if (m.uri() != null) {
            out.putObject("uri").put(m.uri().kind(), m.uri().value());
        }
        if (m.method() != null) {
            out.putObject("method").put("exact", m.method());
        }
        if (m.header() != null) {
            out.putObject("headers").putObject(m.header()).put(m.headerValue().kind(), m.headerValue().value());
        }
        return out;
    }

    private static ObjectNode rule(RuleSpec r) {
        ObjectNode out = JSON.createObjectNode();
        if (r.principals() != null || r.namespaces() != null) {
            ObjectNode source = out.putArray("from").addObject().putObject("source");
            strings(source, "principals", r.principals());
            strings(source, "namespaces", r.namespaces());
        }
        if (r.methods() != null || r.paths() != null || r.ports() != null) {
            ObjectNode operation = out.putArray("to").addObject().putObject("operation");
            strings(operation, "methods", r.methods());
            strings(operation, "paths", r.paths());
            strings(operation, "ports", r.ports());
        }
        return out;
    }

    private static void strings(ObjectNode node, String field, List<String> values) {
        if (values != null) {
            ArrayNode array = node.putArray(field);
            values.forEach(array::add);
        }
    }

    static ObjectNode deployment(String ns, String name, Map<String, String> labels, String serviceAccount) {
        ObjectNode d = object("apps/v1", "Deployment", ns, name);
        ObjectNode spec = d.putObject("spec");
        ObjectNode matchLabels = spec.putObject("selector").putObject("matchLabels");
        ObjectNode template = spec.putObject("template");
        ObjectNode podLabels = template.putObject("metadata").putObject("labels");
        labels.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            matchLabels.put(e.getKey(), e.getValue());
            podLabels.put(e.getKey(), e.getValue());
        });
        ObjectNode pod = template.putObject("spec").put("serviceAccountName", serviceAccount);
        pod.putArray("containers").addObject().put("name", name).put("image", name)
                .putArray("ports").addObject().put("name", "http").put("containerPort", PORT);
        return d;
    }

    static ObjectNode object(String apiVersion, String kind, String namespace, String name) {
        ObjectNode o = JSON.createObjectNode().put("apiVersion", apiVersion).put("kind", kind);
        ObjectNode metadata = o.putObject("metadata").put("name", name);
        if (namespace != null) {
            metadata.put("namespace", namespace);
        }
        return o;
    }
}
