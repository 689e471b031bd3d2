package dev.meshport.translator.tolinkerd;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.meshport.model.FieldPath;
import dev.meshport.model.Manifest;
import dev.meshport.model.kinds.Mesh;
import dev.meshport.translator.Translation;
import dev.meshport.translator.TranslationContext;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Egress: a Sidecar with {@code outboundTrafficPolicy: REGISTRY_ONLY} becomes an EgressNetwork that denies traffic
 * leaving the cluster, and each ServiceEntry visible there becomes routes on it that allow its hosts (TLSRoute by SNI
 * for TLS ports, HTTPRoute by host for HTTP ports). Without REGISTRY_ONLY, Linkerd lets meshed pods reach external
 * hosts with no resource, so a plain ServiceEntry needs nothing (Linkerd docs reference/egress-network.md).
 */
public final class ServiceEntries implements Translation {

    /** Linkerd's namespace for EgressNetworks that apply to every namespace (the "global egress namespace"). */
    static final String GLOBAL_EGRESS_NAMESPACE = "linkerd-egress";

    private static final Set<String> TLS_PROTOCOLS = Set.of("TLS", "HTTPS");
    private static final Set<String> HTTP_PROTOCOLS = Set.of("HTTP", "HTTP2", "GRPC");

    private final String rootNamespace;

    public ServiceEntries(String rootNamespace) {
        this.rootNamespace = rootNamespace;
    }

    @Override
    public void translate(TranslationContext ctx) {
        // Namespace whose clients are denied → the EgressNetwork that denies them (namespace/name).
        Map<String, String> denying = new LinkedHashMap<>();
        for (Manifest sidecar : ctx.manifests().ofKind(Mesh.ISTIO, "Sidecar")) {
            sidecar(ctx, sidecar, denying);
        }
        for (Manifest se : ctx.manifests().ofKind(Mesh.ISTIO, "ServiceEntry")) {
            serviceEntry(ctx, se, denying);
        }
    }

    private void sidecar(TranslationContext ctx, Manifest sidecar, Map<String, String> denying) {
        JsonNode spec = sidecar.tree().path("spec");
        FieldPath specPath = FieldPath.of("spec");
        String ns = sidecar.id().namespaceOr("default");
        for (Iterator<String> it = spec.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            FieldPath f = specPath.key(field);
            switch (field) {
                case "outboundTrafficPolicy" -> {
                    JsonNode otp = spec.get(field);
                    String mode = otp.path("mode").asText("ALLOW_ANY");
                    if (otp.has("egressProxy")) {
                        ctx.gap(LinkerdGap.SIDECAR, sidecar, f.key("egressProxy"), "the egress proxy has no Linkerd equivalent");
                    }
                    if (!mode.equals("REGISTRY_ONLY")) {
                        if (otp.has("mode")) {
                            ctx.tracker().consume(sidecar, f.key("mode"));
                        }
                        continue;
                    }
                    if (spec.has("workloadSelector")) {
                        ctx.gap(LinkerdGap.SIDECAR, sidecar, f.key("mode"), "REGISTRY_ONLY for selected workloads only "
                                + "has no equivalent: an EgressNetwork applies to a whole namespace");
                        continue;
                    }
                    String target = ns.equals(rootNamespace) ? GLOBAL_EGRESS_NAMESPACE : ns;
                    String name = "registry-only";
                    ObjectNode egress = TranslationContext.object();
                    egress.put("apiVersion", "policy.linkerd.io/v1alpha1").put("kind", "EgressNetwork");
                    egress.putObject("metadata").put("name", name).put("namespace", target);
                    egress.putObject("spec").put("trafficPolicy", "Deny");
                    ctx.emit(egress, sidecar, f);
                    denying.put(ns.equals(rootNamespace) ? "*" : ns, target + "/" + name);
                    ctx.gap(LinkerdGap.SIDECAR_REGISTRY_ONLY, sidecar, f.key("mode"), "REGISTRY_ONLY becomes EgressNetwork "
                            + target + "/" + name + " (trafficPolicy Deny) with routes allowing the ServiceEntry hosts"
                            + (target.equals(GLOBAL_EGRESS_NAMESPACE) ? " for every namespace" : " for namespace " + ns));
                }
                case "workloadSelector" -> ctx.tracker().consume(sidecar, f);
                case "egress" -> ctx.gap(LinkerdGap.SIDECAR, sidecar, f, "egress host scoping is not needed: Linkerd "
                        + "discovers destinations on demand");
                default -> ctx.gap(LinkerdGap.SIDECAR, sidecar, f, "'" + field + "' has no Linkerd equivalent");
            }
        }
    }

    private void serviceEntry(TranslationContext ctx, Manifest se, Map<String, String> denying) {
        JsonNode spec = se.tree().path("spec");
        FieldPath specPath = FieldPath.of("spec");
        String ns = se.id().namespaceOr("default");
        if (spec.path("location").asText("MESH_EXTERNAL").equals("MESH_INTERNAL")) {
            ctx.gap(LinkerdGap.WORKLOAD_ENTRY, se, specPath.key("location"), "a mesh-internal ServiceEntry describes "
                    + "workloads outside Kubernetes: mesh them with Linkerd ExternalWorkload and a Service");
            ctx.tracker().ignore(se, specPath);
            return;
        }
        String egress = denying.getOrDefault(ns, denying.get("*"));
        boolean exported = !spec.has("exportTo") || spec.get("exportTo").toString().contains("*");
        if (!exported && egress != null && !egress.startsWith(ns + "/")) {
            egress = null;
        }
        for (Iterator<String> it = spec.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            FieldPath f = specPath.key(field);
            switch (field) {
                case "hosts", "location" -> ctx.tracker().consume(se, f);
                case "resolution" -> {
                    if (spec.get(field).asText().equals("STATIC")) {
                        ctx.gap(LinkerdGap.SERVICE_ENTRY, se, f, "STATIC resolution to fixed endpoints has no Linkerd "
                                + "equivalent: clients resolve the host by DNS");
                    } else {
                        ctx.tracker().consume(se, f);
                    }
                }
                case "ports" -> ports(ctx, se, spec, f, egress);
                case "exportTo" -> {
                    if (exported) {
                        ctx.tracker().consume(se, f);
                    } else {
                        ctx.gap(LinkerdGap.SERVICE_ENTRY, se, f, "exportTo " + spec.get(field)
                                + ": the allowing routes are written where the EgressNetwork is");
                    }
                }
                default -> ctx.gap(LinkerdGap.SERVICE_ENTRY, se, f, "'" + field + "' has no Linkerd equivalent "
                        + "(Linkerd does not give external hosts addresses, endpoints or certificates)");
            }
        }
        if (egress == null && !spec.has("ports")) {
            ctx.tracker().consume(se, specPath);
        }
    }

    private void ports(TranslationContext ctx, Manifest se, JsonNode spec, FieldPath at, String egress) {
        JsonNode ports = spec.get("ports");
        for (int i = 0; i < ports.size(); i++) {
            JsonNode p = ports.get(i);
            FieldPath pp = at.index(i);
            String protocol = p.path("protocol").asText("TCP").toUpperCase(Locale.ROOT);
            int number = p.path("number").asInt();
            if (egress == null) {
                // Nothing denies egress: Linkerd lets meshed pods reach the host on this port as is.
                ctx.tracker().consume(se, pp);
                continue;
            }
            String[] en = egress.split("/");
            String kind = TLS_PROTOCOLS.contains(protocol) ? "TLSRoute" : HTTP_PROTOCOLS.contains(protocol) ? "HTTPRoute" : null;
            if (kind == null) {
                ctx.gap(LinkerdGap.SIDECAR_REGISTRY_ONLY, se, pp, protocol + " port " + number + " cannot be allowed by "
                        + "host name: the EgressNetwork keeps denying it (allow a CIDR with an EgressNetwork of trafficPolicy Allow)");
                continue;
            }
            ObjectNode route = TranslationContext.object();
            route.put("apiVersion", kind.equals("TLSRoute") ? "gateway.networking.k8s.io/v1alpha2" : "gateway.networking.k8s.io/v1");
            route.put("kind", kind);
            route.putObject("metadata").put("name", se.id().name() + "-" + number).put("namespace", en[0]);
            ObjectNode rs = route.putObject("spec");
            rs.putArray("parentRefs").addObject().put("group", "policy.linkerd.io").put("kind", "EgressNetwork")
                    .put("name", en[1]).put("port", number);
            ArrayNode hostnames = rs.putArray("hostnames");
            spec.path("hosts").forEach(hostnames::add);
            ObjectNode rule = rs.putArray("rules").addObject();
            rule.putArray("backendRefs").addObject().put("group", "policy.linkerd.io").put("kind", "EgressNetwork")
                    .put("name", en[1]).put("port", number);
            ctx.emit(route, se, pp);
            ctx.tracker().consume(se, pp);
        }
        if (ports.isEmpty()) {
            ctx.tracker().consume(se, at);
        }
    }
}
