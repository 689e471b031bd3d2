package dev.meshport.translator.toistio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.meshport.model.FieldPath;
import dev.meshport.model.Manifest;
import dev.meshport.model.kinds.Mesh;
import dev.meshport.translator.Translation;
import dev.meshport.translator.TranslationContext;

/**
 * EgressNetwork (policy.linkerd.io; reference/egress-network.md) → the closest Istio form. trafficPolicy Deny becomes
 * a Sidecar with outboundTrafficPolicy REGISTRY_ONLY (sidecar.proto) for the namespace (mesh-wide for the global
 * linkerd-egress namespace), so that only registered hosts are reached; the routes that allow hosts through become
 * ServiceEntries (MESH_EXTERNAL, DNS) with VirtualServices (see RoutesToVirtualServices). Istio's registry is by host,
 * Linkerd's capture by CIDR: the networks do not carry over exactly.
 */
final class EgressNetworks implements Translation {

    /** Where a Linkerd EgressNetwork applies to every namespace (Helm value egress.globalEgressNetworkNamespace). */
    static final String GLOBAL_NAMESPACE = "linkerd-egress";
    /** Istio's root namespace, where a Sidecar without selector is the mesh default. */
    static final String ISTIO_ROOT_NAMESPACE = "istio-system";

    @Override
    public void translate(TranslationContext ctx) {
        for (Manifest m : ctx.manifests().ofKind(Mesh.LINKERD, "EgressNetwork")) {
            JsonNode spec = m.tree().path("spec");
            String ns = m.id().namespaceOr("default");
            boolean global = ns.equals(GLOBAL_NAMESPACE);
            FieldPath policy = FieldPath.of("spec", "trafficPolicy");
            if (spec.path("trafficPolicy").asText().equals("Deny")) {
                ObjectNode sidecar = TranslationContext.object();
                sidecar.put("apiVersion", LinkerdToIstio.ISTIO_NETWORKING).put("kind", "Sidecar");
                sidecar.putObject("metadata").put("name", "default").put("namespace", global ? ISTIO_ROOT_NAMESPACE : ns);
                ObjectNode out = sidecar.putObject("spec");
                out.putArray("egress").addObject().putArray("hosts").add("*/*");
                out.putObject("outboundTrafficPolicy").put("mode", "REGISTRY_ONLY");
                ctx.emit(sidecar, m, policy);
            }
            if (spec.has("trafficPolicy")) {
                ctx.tracker().consume(m, policy);
            }
            if (spec.has("networks")) {
                ctx.gap(IstioGap.EGRESS_NETWORK, m, FieldPath.of("spec", "networks"), "Istio decides egress by "
                        + "registered host, not by CIDR: " + (spec.path("trafficPolicy").asText().equals("Deny")
                        ? "REGISTRY_ONLY denies every unregistered destination, not only those in these networks"
                        : "the networks need no Istio setting while egress is allowed"));
            }
        }
    }

    /** The resource name for an external host. */
    static String name(String host) {
        return "egress-" + host.replaceAll("[^a-z0-9-]", "-");
    }

    /** A ServiceEntry that registers one external host and port. */
    static ObjectNode serviceEntry(String name, String namespace, String host, int port, String protocol, boolean local) {
        ObjectNode se = TranslationContext.object();
        se.put("apiVersion", LinkerdToIstio.ISTIO_NETWORKING).put("kind", "ServiceEntry");
        se.putObject("metadata").put("name", name).put("namespace", namespace);
        ObjectNode spec = se.putObject("spec");
        spec.putArray("hosts").add(host);
        spec.putArray("ports").addObject().put("number", port)
                .put("name", protocol.toLowerCase(java.util.Locale.ROOT) + "-" + port).put("protocol", protocol);
        spec.put("location", "MESH_EXTERNAL").put("resolution", "DNS");
        if (local) {
            spec.putArray("exportTo").add(".");
        }
        return se;
    }
}
