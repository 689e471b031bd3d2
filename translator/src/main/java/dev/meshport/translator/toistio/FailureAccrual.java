package dev.meshport.translator.toistio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.meshport.model.FieldPath;
import dev.meshport.model.Manifest;
import dev.meshport.model.kinds.Mesh;
import dev.meshport.translator.Translation;
import dev.meshport.translator.TranslationContext;
import java.util.Iterator;

/**
 * Failure accrual annotations of a Service (reference/circuit-breaking.md: balancer.linkerd.io/failure-accrual
 * consecutive, -consecutive-max-failures default 7, -min-penalty default 1s, -max-penalty default 1m, -jitter-ratio
 * default 0.5) → DestinationRule outlierDetection (destination_rule.proto): consecutive5xxErrors, baseEjectionTime.
 * Linkerd counts 5xx responses and connection failures, as Envoy's consecutive 5xx does by default; it may mark every
 * endpoint failed, hence maxEjectionPercent 100.
 */
final class FailureAccrual implements Translation {

    static final String PREFIX = "balancer.linkerd.io/failure-accrual";

    @Override
    public void translate(TranslationContext ctx) {
        for (Manifest svc : ctx.manifests().ofKind(Mesh.KUBERNETES, "Service")) {
            JsonNode a = svc.tree().path("metadata").path("annotations");
            if (!a.has(PREFIX)) {
                continue;
            }
            FieldPath base = FieldPath.of("metadata", "annotations");
            if (!a.path(PREFIX).asText().equals("consecutive")) {
                ctx.gap(IstioGap.FAILURE_ACCRUAL, svc, base.key(PREFIX), "failure accrual '" + a.path(PREFIX).asText()
                        + "' has no DestinationRule form; only consecutive is translated");
                continue;
            }
            String ns = svc.id().namespaceOr("default");
            ObjectNode dr = TranslationContext.object();
            dr.put("apiVersion", LinkerdToIstio.ISTIO_NETWORKING).put("kind", "DestinationRule");
            dr.putObject("metadata").put("name", svc.id().name()).put("namespace", ns);
            ObjectNode spec = dr.putObject("spec");
            spec.put("host", VirtualServices.host(ns, svc.id().name()));
            ObjectNode od = spec.putObject("trafficPolicy").putObject("outlierDetection");
            od.put("consecutive5xxErrors", a.path(PREFIX + "-consecutive-max-failures").asInt(7));
            od.put("interval", "1s");
            od.put("baseEjectionTime", a.path(PREFIX + "-consecutive-min-penalty").asText("1s"));
            od.put("maxEjectionPercent", 100);
            ctx.tracker().consume(svc, base.key(PREFIX));
            for (Iterator<String> it = a.fieldNames(); it.hasNext(); ) {
                String key = it.next();
                if (key.equals(PREFIX + "-consecutive-max-failures") || key.equals(PREFIX + "-consecutive-min-penalty")) {
                    ctx.tracker().consume(svc, base.key(key));
                } else if (key.startsWith(PREFIX + "-")) {
                    ctx.gap(IstioGap.FAILURE_ACCRUAL, svc, base.key(key), key + " has no outlierDetection field: Envoy "
                            + "grows the ejection time linearly with baseEjectionTime, without maximum or jitter");
                }
            }
            ctx.emit(dr, svc, base.key(PREFIX));
        }
    }
}
