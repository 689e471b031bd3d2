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
 * Telemetry: access logging → {@code config.linkerd.io/access-log} on the Namespace or the selected pod templates
 * (Linkerd docs features/access-logging.md); tracing and metrics overrides → gaps.
 */
public final class Telemetries implements Translation {

    private final String rootNamespace;

    public Telemetries(String rootNamespace) {
        this.rootNamespace = rootNamespace;
    }

    @Override
    public void translate(TranslationContext ctx) {
        Cluster cluster = new Cluster(ctx.manifests());
        for (Manifest t : ctx.manifests().ofKind(Mesh.ISTIO, "Telemetry")) {
            JsonNode spec = t.tree().path("spec");
            FieldPath specPath = FieldPath.of("spec");
            String ns = t.id().namespaceOr("default");
            Map<String, String> selector = Cluster.stringMap(spec.path("selector").path("matchLabels"));
            for (Iterator<String> it = spec.fieldNames(); it.hasNext(); ) {
                String field = it.next();
                FieldPath f = specPath.key(field);
                switch (field) {
                    case "selector" -> ctx.tracker().consume(t, f);
                    case "accessLogging" -> accessLogging(ctx, cluster, t, spec.get(field), f, ns, selector);
                    case "tracing" -> ctx.gap(LinkerdGap.TELEMETRY, t, f, "tracing is configured when Linkerd is "
                            + "installed (OpenTelemetry), not per workload");
                    case "metrics" -> ctx.gap(LinkerdGap.TELEMETRY_METRICS, t, f, "metric overrides have no Linkerd "
                            + "equivalent: the proxy's metrics stay as they are");
                    default -> ctx.gap(LinkerdGap.TELEMETRY, t, f, "'" + field + "' has no Linkerd equivalent");
                }
            }
        }
    }

    private void accessLogging(TranslationContext ctx, Cluster cluster, Manifest t, JsonNode logging, FieldPath at,
                               String ns, Map<String, String> selector) {
        boolean enabled = false;
        for (JsonNode entry : logging) {
            enabled |= !entry.path("disabled").asBoolean(false);
        }
        if (ns.equals(rootNamespace) && selector.isEmpty()) {
            ctx.gap(LinkerdGap.TELEMETRY, t, at, "mesh-wide access logging is an install setting in Linkerd "
                    + "(proxy.accessLog), not a resource");
            return;
        }
        if (!enabled) {
            ctx.tracker().consume(t, at);
            return;
        }
        List<ObjectNode> targets = new ArrayList<>();
        if (selector.isEmpty()) {
            targets.add(Workloads.namespaceAnnotations(ctx, ns, t, at));
        } else {
            for (Cluster.PodTemplate w : cluster.podsSelectedBy(ns, selector)) {
                targets.add(Workloads.templateAnnotations(ctx, w.manifest(), w.template(), at, t));
            }
        }
        targets.forEach(a -> a.put("config.linkerd.io/access-log", "apache"));
        ctx.gap(LinkerdGap.TELEMETRY, t, at, "access logging becomes config.linkerd.io/access-log: apache on "
                + (selector.isEmpty() ? "Namespace " + ns : targets.size() + " pod templates") + "; providers, filters and "
                + "formats are lost, logs go to the proxy's standard error, from the next pod restart");
    }
}
