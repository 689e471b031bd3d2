package dev.meshport.translator.toistio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.meshport.model.FieldPath;
import dev.meshport.model.Manifest;
import dev.meshport.model.kinds.Mesh;
import dev.meshport.translator.MetadataFields;
import dev.meshport.translator.Output;
import dev.meshport.translator.Translation;
import dev.meshport.translator.TranslationContext;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Injection and proxy annotations of Namespaces, pod templates and Services (Linkerd cli/cmd/doc.go, pkg/k8s/labels.go)
 * → Istio labels and annotations (annotation/annotations.yaml, label/labels.yaml), written onto copies of the objects
 * without the Linkerd keys. Feature-map rows L19–L24.
 */
final class ProxyAnnotations implements Translation {

    /** Linkerd annotation → Istio annotation with the same value. */
    private static final Map<String, String> SAME_VALUE = Map.of(
            "config.linkerd.io/proxy-cpu-request", "sidecar.istio.io/proxyCPU",
            "config.linkerd.io/proxy-cpu-limit", "sidecar.istio.io/proxyCPULimit",
            "config.linkerd.io/proxy-memory-request", "sidecar.istio.io/proxyMemory",
            "config.linkerd.io/proxy-memory-limit", "sidecar.istio.io/proxyMemoryLimit",
            "config.linkerd.io/skip-inbound-ports", "traffic.sidecar.istio.io/excludeInboundPorts",
            "config.linkerd.io/skip-outbound-ports", "traffic.sidecar.istio.io/excludeOutboundPorts",
            "config.linkerd.io/skip-subnets", "traffic.sidecar.istio.io/excludeOutboundIPRanges");

    /** Keys the proxy injector writes (linkerd.io/control-plane-ns, proxy-deployment…): state, not configuration. */
    private static final List<String> INJECTED = List.of("linkerd.io/control-plane-ns", "linkerd.io/proxy-",
            "linkerd.io/workload-ns", "linkerd.io/created-by", "linkerd.io/identity-mode", "linkerd.io/proxy-version",
            "linkerd.io/trust-root-sha256", "config.linkerd.io/debug-image");

    /** A key the proxy injector or a Linkerd installer writes, which configures nothing. */
    static boolean isInjectedKey(String key) {
        return INJECTED.stream().anyMatch(key::startsWith) && !SAME_VALUE.containsKey(key);
    }

    @Override
    public void translate(TranslationContext ctx) {
        for (Manifest m : ctx.manifests().ofMesh(Mesh.KUBERNETES)) {
            FieldPath template = switch (m.kind()) {
                case "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job" -> FieldPath.of("spec", "template");
                case "Pod", "Namespace", "Service" -> FieldPath.ROOT;
                default -> null;
            };
            if (template == null) {
                continue;
            }
            if (!template.isRoot()) {
                keys(ctx, m, FieldPath.ROOT, false);
            }
            keys(ctx, m, template, !m.kind().equals("Service"));
            if (m.kind().equals("Service")) {
                JsonNode ports = m.tree().path("spec").path("ports");
                for (int i = 0; i < ports.size(); i++) {
                    if (ports.get(i).path("appProtocol").asText().startsWith("linkerd.io/")) {
                        ctx.gap(IstioGap.OPAQUE_PORTS, m, FieldPath.of("spec", "ports").index(i).key("appProtocol"),
                                "appProtocol " + ports.get(i).path("appProtocol").asText() + " means nothing to Istio: "
                                        + "use appProtocol tcp (or a tcp- port name) for opaque traffic");
                    }
                }
            }
        }
    }

    /** The Linkerd labels and annotations at one metadata level (the object's, or its pod template's). */
    private void keys(TranslationContext ctx, Manifest m, FieldPath level, boolean workload) {
        for (String section : List.of("labels", "annotations")) {
            FieldPath sectionPath = level.resolve(FieldPath.of("metadata", section));
            JsonNode map = level.isRoot() ? m.tree().path("metadata").path(section) : m.at(sectionPath);
            for (Iterator<String> it = map.fieldNames(); it.hasNext(); ) {
                String key = it.next();
                if (!LinkerdToIstio.isLinkerdKey(key) || ctx.tracker().covers(m, sectionPath.key(key))) {
                    continue;
                }
                key(ctx, m, level, sectionPath.key(key), key, map.path(key).asText(), workload);
            }
        }
    }

    private void key(TranslationContext ctx, Manifest m, FieldPath level, FieldPath at, String key, String value,
                     boolean workload) {
        boolean namespace = m.kind().equals("Namespace");
        if (isInjectedKey(key)) {
            ctx.tracker().ignore(m, at);
            return;
        }
        if (key.equals("linkerd.io/inject")) {
            if (value.equals("ingress")) {
                ctx.gap(IstioGap.INJECT_INGRESS, m, at, "linkerd.io/inject: ingress has no Istio sidecar mode");
                return;
            }
            boolean on = value.equals("enabled");
            if (namespace) {
                // Istio reads the namespace label istio-injection (label/labels.yaml).
                set(ctx, m, level, at, "labels", "istio-injection", on ? "enabled" : "disabled");
            } else if (workload) {
                set(ctx, m, level, at, "labels", "sidecar.istio.io/inject", on ? "true" : "false");
            } else {
                ctx.gap(IstioGap.PROXY_ANNOTATION, m, at, "linkerd.io/inject on a " + m.kind() + " has no Istio effect");
                return;
            }
            ctx.tracker().consume(m, at);
            return;
        }
        if (SAME_VALUE.containsKey(key) && (workload || namespace && key.contains("skip-"))) {
            if (key.endsWith("-ports") && value.contains("-")) {
                ctx.gap(IstioGap.PROXY_ANNOTATION, m, at, "port ranges (" + value + ") are not accepted by "
                        + SAME_VALUE.get(key) + "; list the ports");
                return;
            }
            set(ctx, m, level, at, "annotations", SAME_VALUE.get(key), value);
            if (key.equals("config.linkerd.io/skip-subnets")) {
                ctx.gap(IstioGap.SKIP_SUBNETS, m, at, "written as " + SAME_VALUE.get(key));
            } else {
                ctx.tracker().consume(m, at);
            }
            return;
        }
        switch (key) {
            case "config.linkerd.io/proxy-log-level" -> {
                String level0 = value.split(",")[0].trim();
                set(ctx, m, level, at, "annotations", "sidecar.istio.io/logLevel", level0.contains("=") ? "info" : level0);
                ctx.gap(IstioGap.PROXY_LOG_LEVEL, m, at, "the proxy log filter '" + value + "' is written as Envoy "
                        + "log level; per-module filters are lost");
            }
            case "config.linkerd.io/proxy-await" -> {
                if (value.equals("enabled")) {
                    set(ctx, m, level, at, "annotations", "proxy.istio.io/config", "holdApplicationUntilProxyStarts: true");
                }
                ctx.tracker().consume(m, at);
            }
            case "config.linkerd.io/proxy-enable-native-sidecar", "config.beta.linkerd.io/proxy-enable-native-sidecar",
                 "config.alpha.linkerd.io/proxy-enable-native-sidecar" -> {
                set(ctx, m, level, at, "annotations", "sidecar.istio.io/nativeSidecar", value);
                ctx.tracker().consume(m, at);
            }
            case "config.linkerd.io/opaque-ports" -> ctx.gap(IstioGap.OPAQUE_PORTS, m, at, "opaque ports " + value
                    + ": name the Service ports tcp-… or set appProtocol: tcp for Istio");
            case "config.linkerd.io/access-log" -> ctx.gap(IstioGap.ACCESS_LOG, m, at, "access log format " + value
                    + ": write a Telemetry resource with accessLogging for these pods");
            default -> {
                if (key.startsWith("mirror.linkerd.io/") || key.startsWith("multicluster.linkerd.io/")) {
                    ctx.gap(IstioGap.MULTICLUSTER, m, at, key + " is Linkerd multicluster configuration; Istio "
                            + "multicluster merges endpoints without mirrored Services");
                } else if (!key.startsWith("retry.linkerd.io/") && !key.startsWith("timeout.linkerd.io/")
                        && !key.startsWith("balancer.linkerd.io/") && !key.equals(ServerAuthorizations.DEFAULT_POLICY_ANNOTATION)) {
                    ctx.gap(IstioGap.PROXY_ANNOTATION, m, at, key + " has no Istio equivalent that meshport writes");
                }
            }
        }
    }

    /** Sets an Istio label or annotation on the copy of the object (or of its pod template). */
    private static void set(TranslationContext ctx, Manifest m, FieldPath level, FieldPath cause, String section,
                            String key, String value) {
        ObjectNode copy = copy(ctx, m, cause);
        ObjectNode target = level.isRoot() ? copy : (ObjectNode) copy.at("/" + level.toString().replace('.', '/'));
        ObjectNode md = target.has("metadata") ? (ObjectNode) target.get("metadata") : target.putObject("metadata");
        ObjectNode map = md.has(section) ? (ObjectNode) md.get(section) : md.putObject(section);
        map.put(key, value);
    }

    /**
     * The emitted copy of a Kubernetes object of the inputs, without server-set metadata, status and Linkerd keys
     * (labels and annotations of the object and its pod template).
     */
    static ObjectNode copy(TranslationContext ctx, Manifest m, FieldPath cause) {
        String ns = m.kind().equals("Namespace") ? "" : m.id().namespaceOr("default");
        Optional<Output> existing = ctx.find(m.id().apiVersion(), m.kind(), ns, m.id().name());
        ObjectNode copy = existing.map(Output::object).orElseGet(() -> {
            ObjectNode c = m.tree().deepCopy();
            c.remove("status");
            ObjectNode md = (ObjectNode) c.get("metadata");
            List.of("uid", "resourceVersion", "creationTimestamp", "generation", "managedFields").forEach(md::remove);
            if (!ns.isEmpty()) {
                md.put("namespace", ns);
            }
            stripLinkerdKeys(md);
            if (c.path("spec").path("template").path("metadata").isObject()) {
                stripLinkerdKeys((ObjectNode) c.path("spec").path("template").path("metadata"));
            }
            return c;
        });
        ctx.emit(copy, m, cause);
        return copy;
    }

    private static void stripLinkerdKeys(ObjectNode metadata) {
        for (String section : List.of("labels", "annotations")) {
            if (metadata.path(section).isObject()) {
                ObjectNode map = (ObjectNode) metadata.get(section);
                new ArrayList<>(iterable(map.fieldNames())).stream().filter(LinkerdToIstio::isLinkerdKey).forEach(map::remove);
                if (map.isEmpty()) {
                    metadata.remove(section);
                }
            }
        }
    }

    private static List<String> iterable(Iterator<String> it) {
        List<String> out = new ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }

    /** Linkerd labels and annotations of objects and pod templates, and Service appProtocols. */
    static boolean inScope(Manifest m, FieldPath field) {
        String text = field.toString();
        if (m.kind().equals("Service") && text.matches("spec\\.ports\\[\\d+]\\.appProtocol")) {
            return m.at(field).asText().startsWith("linkerd.io/");
        }
        return MetadataFields.isLabelOrAnnotation(field, LinkerdToIstio::isLinkerdKey);
    }
}
