package dev.meshport.translator.toistio;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.meshport.model.FieldPath;
import dev.meshport.model.Manifest;
import dev.meshport.model.kinds.Mesh;
import dev.meshport.translator.TranslationContext;
import java.util.List;
import java.util.Optional;

/** VirtualService shapes shared by the routing translations: hosts, destinations, and the object itself. */
final class VirtualServices {

    static final String CLUSTER_DOMAIN = "svc.cluster.local";

    private VirtualServices() {}

    static String host(String namespace, String service) {
        return service + "." + namespace + "." + CLUSTER_DOMAIN;
    }

    /** A new VirtualService for a Service host, its {@code http} list to fill. */
    static ObjectNode create(String name, String namespace, String host, boolean consumerOnly) {
        ObjectNode vs = TranslationContext.object();
        vs.put("apiVersion", LinkerdToIstio.ISTIO_NETWORKING).put("kind", "VirtualService");
        vs.putObject("metadata").put("name", name).put("namespace", namespace);
        ObjectNode spec = vs.putObject("spec");
        spec.putArray("hosts").add(host);
        if (consumerOnly) {
            // A route outside the Service's namespace applies to clients of its own namespace only (GEP-1426).
            spec.putArray("exportTo").add(".");
        }
        return vs;
    }

    static ArrayNode http(ObjectNode vs) {
        ObjectNode spec = (ObjectNode) vs.get("spec");
        return spec.has("http") ? (ArrayNode) spec.get("http") : spec.putArray("http");
    }

    /** A route destination: host and, when known, port. */
    static ObjectNode destination(ObjectNode parent, String host, Integer port) {
        ObjectNode d = parent.putObject("destination");
        d.put("host", host);
        if (port != null) {
            d.putObject("port").put("number", port);
        }
        return d;
    }

    /** The Service manifest of the inputs, if present. */
    static Optional<Manifest> service(TranslationContext ctx, String namespace, String name) {
        return ctx.manifests().ofKind(Mesh.KUBERNETES, "Service").stream()
                .filter(s -> s.id().name().equals(name) && s.id().namespaceOr("default").equals(namespace)).findFirst();
    }

    /** The ServiceProfile that Linkerd applies to a Service for all clients (in the Service's namespace). */
    static Optional<Manifest> serviceProfile(TranslationContext ctx, String namespace, String name) {
        List<Manifest> sps = ctx.manifests().ofKind(Mesh.LINKERD, "ServiceProfile");
        return sps.stream().filter(sp -> sp.id().namespaceOr("default").equals(namespace)
                && sp.id().name().equals(host(namespace, name))).findFirst();
    }

    /** The SMI TrafficSplit whose apex is the Service (in the Service's namespace, where the adaptor reads it). */
    static Optional<Manifest> trafficSplit(TranslationContext ctx, String namespace, String name) {
        return ctx.manifests().ofKind(Mesh.LINKERD, "TrafficSplit").stream()
                .filter(ts -> ts.id().namespaceOr("default").equals(namespace)
                        && ts.tree().path("spec").path("service").asText().equals(name)).findFirst();
    }

    /** An abort of every request of the entry (500): what a split whose weights are all 0 delivers, nothing. */
    static void abortEverything(ObjectNode entry) {
        entry.putObject("fault").putObject("abort").put("httpStatus", 500).putObject("percentage").put("value", 100);
    }

    static FieldPath spec() {
        return FieldPath.of("spec");
    }
}
