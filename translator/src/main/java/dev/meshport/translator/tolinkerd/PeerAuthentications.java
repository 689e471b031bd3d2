package dev.meshport.translator.tolinkerd;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.meshport.model.FieldPath;
import dev.meshport.model.Manifest;
import dev.meshport.model.kinds.Mesh;
import dev.meshport.translator.Translation;
import dev.meshport.translator.TranslationContext;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * PeerAuthentication → {@code config.linkerd.io/default-inbound-policy} on the Namespace or the selected pod templates
 * (STRICT → all-authenticated; Linkerd docs features/server-policy.md), and
 * {@code config.linkerd.io/proxy-require-identity-inbound-ports} for STRICT port-level settings (cli/cmd/doc.go).
 */
public final class PeerAuthentications implements Translation {

    private final String rootNamespace;

    public PeerAuthentications(String rootNamespace) {
        this.rootNamespace = rootNamespace;
    }

    @Override
    public void translate(TranslationContext ctx) {
        Cluster cluster = new Cluster(ctx.manifests());
        for (Manifest pa : ctx.manifests().ofKind(Mesh.ISTIO, "PeerAuthentication")) {
            translate(ctx, cluster, pa);
        }
    }

    private void translate(TranslationContext ctx, Cluster cluster, Manifest pa) {
        JsonNode spec = pa.tree().path("spec");
        String namespace = pa.id().namespaceOr("default");
        FieldPath specPath = FieldPath.of("spec");
        if (spec.isObject() && spec.isEmpty()) {
            ctx.tracker().consume(pa, specPath);
        }
        Map<String, String> selector = Cluster.stringMap(spec.path("selector").path("matchLabels"));
        if (spec.has("selector")) {
            ctx.tracker().consume(pa, specPath.key("selector"));
        }
        String mode = spec.path("mtls").path("mode").asText("UNSET");
        FieldPath modePath = FieldPath.parse("spec.mtls.mode");
        if (spec.path("mtls").isEmpty() && spec.has("mtls")) {
            ctx.tracker().consume(pa, specPath.key("mtls"));
        }
        if (namespace.equals(rootNamespace) && selector.isEmpty()) {
            ctx.gap(LinkerdGap.PA_ROOT_NAMESPACE, pa, specPath, "mesh-wide mTLS mode " + mode
                    + " is an install setting in Linkerd (proxy.defaultInboundPolicy), not a resource");
            return;
        }
        List<ObjectNode> targets = new ArrayList<>();
        if (mode.equals("STRICT") || spec.has("portLevelMtls")) {
            if (selector.isEmpty()) {
                targets.add(Workloads.namespaceAnnotations(ctx, namespace, pa, specPath));
            } else {
                for (Cluster.PodTemplate t : cluster.podsSelectedBy(namespace, selector)) {
                    targets.add(Workloads.templateAnnotations(ctx, t.manifest(), t.template(), specPath, pa));
                }
            }
        }
        switch (mode) {
            case "STRICT" -> {
                if (targets.isEmpty()) {
                    ctx.gap(LinkerdGap.AP_NO_WORKLOAD, pa, modePath, "no pod template of the inputs matches the selector "
                            + selector + ": nothing to annotate");
                } else {
                    targets.forEach(a -> a.put("config.linkerd.io/default-inbound-policy", "all-authenticated"));
                    ctx.gap(LinkerdGap.PA_STRICT, pa, modePath, "STRICT becomes config.linkerd.io/default-inbound-policy: "
                            + "all-authenticated on " + (selector.isEmpty() ? "Namespace " + namespace : "the pod templates selected by " + selector)
                            + "; it takes effect when the pods are restarted");
                }
            }
            case "PERMISSIVE", "UNSET" -> {
                // Linkerd's default accepts plaintext from unmeshed clients and mTLS between meshed pods (automatic-mtls.md).
                if (spec.path("mtls").has("mode")) {
                    ctx.tracker().consume(pa, modePath);
                }
            }
            default -> ctx.gap(LinkerdGap.PA_DISABLE, pa, modePath, "mTLS mode " + mode
                    + " has no equivalent: meshed traffic is always mTLS in Linkerd");
        }
        portLevel(ctx, pa, spec.path("portLevelMtls"), specPath.key("portLevelMtls"), targets);
    }

    private void portLevel(TranslationContext ctx, Manifest pa, JsonNode ports, FieldPath at, List<ObjectNode> targets) {
        List<String> strict = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = ports.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            FieldPath p = at.key(e.getKey());
            String mode = e.getValue().path("mode").asText("UNSET");
            switch (mode) {
                case "STRICT" -> {
                    strict.add(e.getKey());
                    ctx.gap(LinkerdGap.PA_STRICT, pa, p, "port " + e.getKey() + " STRICT becomes "
                            + "config.linkerd.io/proxy-require-identity-inbound-ports");
                }
                case "PERMISSIVE", "UNSET" -> ctx.tracker().consume(pa, p);
                default -> ctx.gap(LinkerdGap.PA_DISABLE, pa, p, "port " + e.getKey() + " mTLS mode " + mode
                        + " has no equivalent; config.linkerd.io/skip-inbound-ports would bypass the proxy entirely");
            }
        }
        if (!strict.isEmpty()) {
            targets.forEach(a -> a.put("config.linkerd.io/proxy-require-identity-inbound-ports", String.join(",", strict)));
        }
    }
}
