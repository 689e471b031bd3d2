package dev.meshport.translator.tolinkerd;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.meshport.model.FieldPath;
import dev.meshport.model.Manifest;
import dev.meshport.model.kinds.Mesh;
import dev.meshport.translator.Translation;
import dev.meshport.translator.TranslationContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Istio injection labels and sidecar annotations on Namespaces and pod templates → Linkerd's {@code linkerd.io/inject}
 * and {@code config.linkerd.io/*} annotations (Linkerd cli/cmd/doc.go, pkg/k8s/labels.go; Istio annotations.yaml,
 * labels.yaml); Service appProtocol values that make Linkerd treat a port as opaque → gaps.
 */
public final class InjectionAnnotations implements Translation {

    /** Istio keys with a same-valued Linkerd annotation. */
    private static final Map<String, String> SAME_VALUE = Map.of(
            "sidecar.istio.io/proxyCPU", "config.linkerd.io/proxy-cpu-request",
            "sidecar.istio.io/proxyCPULimit", "config.linkerd.io/proxy-cpu-limit",
            "sidecar.istio.io/proxyMemory", "config.linkerd.io/proxy-memory-request",
            "sidecar.istio.io/proxyMemoryLimit", "config.linkerd.io/proxy-memory-limit",
            "traffic.sidecar.istio.io/excludeInboundPorts", "config.linkerd.io/skip-inbound-ports",
            "traffic.sidecar.istio.io/excludeOutboundPorts", "config.linkerd.io/skip-outbound-ports",
            "sidecar.istio.io/nativeSidecar", "config.linkerd.io/proxy-enable-native-sidecar");

    /** Istio keys whose Linkerd annotation differs in meaning or syntax. */
    private static final Map<String, String> PARTIAL_VALUE = Map.of(
            "sidecar.istio.io/logLevel", "config.linkerd.io/proxy-log-level",
            "traffic.sidecar.istio.io/excludeOutboundIPRanges", "config.linkerd.io/skip-subnets");

    /** Istio telemetry labels that name the workload for Istio's metrics only. */
    private static final Set<String> TELEMETRY_LABELS = Set.of("service.istio.io/canonical-name",
            "service.istio.io/canonical-revision");

    /** Service appProtocol values Linkerd understands (features/protocol-detection.md). */
    private static final Set<String> LINKERD_APP_PROTOCOLS = Set.of("http", "kubernetes.io/h2c", "linkerd.io/opaque",
            "linkerd.io/tcp");

    /** True for a label or annotation key that belongs to Istio. */
    public static boolean isIstioKey(String key) {
        return key.equals("istio-injection") || key.contains("istio.io/");
    }

    @Override
    public void translate(TranslationContext ctx) {
        for (Manifest m : ctx.manifests().ofMesh(Mesh.KUBERNETES)) {
            switch (m.kind()) {
                case "Namespace" -> keys(ctx, m, FieldPath.ROOT, true);
                case "Deployment", "StatefulSet", "DaemonSet" -> {
                    keys(ctx, m, FieldPath.ROOT, false);
                    keys(ctx, m, FieldPath.parse("spec.template"), false);
                }
                case "Pod" -> keys(ctx, m, FieldPath.ROOT, false);
                case "Service" -> {
                    keys(ctx, m, FieldPath.ROOT, false);
                    appProtocols(ctx, m);
                }
                default -> keys(ctx, m, FieldPath.ROOT, false);
            }
        }
    }

    private void keys(TranslationContext ctx, Manifest m, FieldPath object, boolean namespace) {
        boolean podTemplate = !object.isRoot() || m.kind().equals("Pod");
        for (String section : List.of("labels", "annotations")) {
            FieldPath sectionPath = object.key("metadata").key(section);
            JsonNode entries = m.at(sectionPath);
            List<String> keys = new ArrayList<>();
            entries.fieldNames().forEachRemaining(keys::add);
            for (String key : keys) {
                if (isIstioKey(key)) {
                    key(ctx, m, object, sectionPath.key(key), key, entries.get(key).asText(), namespace, podTemplate);
                }
            }
        }
    }

    private void key(TranslationContext ctx, Manifest m, FieldPath object, FieldPath field, String key, String value,
                     boolean namespace, boolean podTemplate) {
        if (TELEMETRY_LABELS.contains(key)) {
            ctx.tracker().ignore(m, field);
            return;
        }
        boolean canAnnotate = namespace || podTemplate;
        if (key.equals("istio-injection") || key.equals("sidecar.istio.io/inject")) {
            boolean on = value.equals("enabled") || value.equals("true");
            boolean off = value.equals("disabled") || value.equals("false");
            if (canAnnotate && (on || off)) {
                annotations(ctx, m, object, field, namespace).put("linkerd.io/inject", on ? "enabled" : "disabled");
                ctx.tracker().consume(m, field);
                return;
            }
        }
        if (canAnnotate && SAME_VALUE.containsKey(key)) {
            annotations(ctx, m, object, field, namespace).put(SAME_VALUE.get(key), value);
            ctx.tracker().consume(m, field);
            return;
        }
        if (canAnnotate && PARTIAL_VALUE.containsKey(key)) {
            annotations(ctx, m, object, field, namespace).put(PARTIAL_VALUE.get(key), value);
            ctx.gap(LinkerdGap.PROXY_SETTING_PARTIAL, m, field, key + " becomes " + PARTIAL_VALUE.get(key) + ": "
                    + value + "; check the value: the syntax or semantics differ");
            return;
        }
        if (key.equals("sidecar.istio.io/rewriteAppHTTPProbers")) {
            // Linkerd authorizes probes itself while a Server has no routes (features/server-policy.md); meshport adds
            // probe routes where it writes inbound routes.
            ctx.tracker().consume(m, field);
            return;
        }
        if (key.equals("istio.io/rev") || key.equals("istio.io/dataplane-mode")) {
            ctx.gap(LinkerdGap.INJECTION_REVISION, m, field, key + "=" + value + " has no Linkerd equivalent");
            return;
        }
        ctx.gap(LinkerdGap.PROXY_SETTING, m, field, key + "=" + value + " has no Linkerd equivalent that meshport writes");
    }

    private ObjectNode annotations(TranslationContext ctx, Manifest m, FieldPath object, FieldPath field, boolean namespace) {
        ObjectNode copy = Workloads.copy(ctx, m, m, field);
        Workloads.removeFromCopy(copy, field);
        JsonNode target = object.isRoot() ? copy : copy.at("/" + object.toString().replace('.', '/'));
        ObjectNode md = target.has("metadata") ? (ObjectNode) target.get("metadata") : ((ObjectNode) target).putObject("metadata");
        return md.has("annotations") ? (ObjectNode) md.get("annotations") : md.putObject("annotations");
    }

    private void appProtocols(TranslationContext ctx, Manifest svc) {
        JsonNode ports = svc.tree().path("spec").path("ports");
        for (int i = 0; i < ports.size(); i++) {
            JsonNode p = ports.get(i);
            if (!p.has("appProtocol")) {
                continue;
            }
            FieldPath at = FieldPath.parse("spec.ports").index(i).key("appProtocol");
            String value = p.get("appProtocol").asText();
            if (LINKERD_APP_PROTOCOLS.contains(value.toLowerCase(Locale.ROOT))) {
                ctx.tracker().consume(svc, at);
            } else {
                ctx.gap(LinkerdGap.APP_PROTOCOL, svc, at, "appProtocol '" + value + "' makes Linkerd treat port "
                        + p.path("port").asText() + " as opaque TCP: no HTTP routes, retries or per-route authorization apply");
            }
        }
    }

    /** The fields of Kubernetes manifests this direction must account for: Istio labels and annotations, appProtocol. */
    static boolean inScope(Manifest m, FieldPath field) {
        String text = field.toString();
        if (m.kind().equals("Service") && text.matches("spec\\.ports\\[\\d+]\\.appProtocol")) {
            return true;
        }
        List<FieldPath.Segment> segs = field.segments();
        int n = segs.size();
        if (n < 3 || !(segs.get(n - 1) instanceof FieldPath.Key key)
                || !(segs.get(n - 2) instanceof FieldPath.Key section)
                || !(segs.get(n - 3) instanceof FieldPath.Key metadata) || !metadata.name().equals("metadata")) {
            return false;
        }
        boolean atObject = n == 3 || text.startsWith("spec.template.metadata.") && n == 5;
        return atObject && (section.name().equals("labels") || section.name().equals("annotations"))
                && isIstioKey(key.name());
    }
}
