package dev.meshport.translator.toistio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.meshport.model.FieldPath;
import dev.meshport.model.Manifest;
import dev.meshport.model.kinds.Mesh;
import dev.meshport.translator.Output;
import dev.meshport.translator.TranslationContext;
import dev.meshport.translator.Translation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * SMI TrafficSplit (split.smi-spec.io; served by linkerd-smi, which writes it into the ServiceProfile's dstOverrides)
 * → weighted VirtualService destinations. Weights are Kubernetes quantities ({@code 500m}); Istio takes integers.
 * When a VirtualService for the apex Service exists already (from its ServiceProfile: HTTPRoutes of a split apex are
 * left out, as Linkerd ignores them), every entry gets the split, which the linkerd-smi adaptor writes as the
 * profile's dstOverrides.
 */
final class TrafficSplits implements Translation {

    @Override
    public void translate(TranslationContext ctx) {
        for (Manifest ts : ctx.manifests().ofKind(Mesh.LINKERD, "TrafficSplit")) {
            String ns = ts.id().namespaceOr("default");
            JsonNode spec = ts.tree().path("spec");
            if (spec.isEmpty()) {
                ctx.tracker().ignore(ts, FieldPath.of("spec"));
                continue;
            }
            String apex = spec.path("service").asText();
            String host = VirtualServices.host(ns, apex);
            ArrayNode split = TranslationContext.object().arrayNode();
            List<BigDecimal> weights = new ArrayList<>();
            boolean quantities = false;
            JsonNode backends = spec.path("backends");
            for (int i = 0; i < backends.size(); i++) {
                JsonNode b = backends.get(i);
                VirtualServices.destination(split.addObject(), VirtualServices.host(ns, b.path("service").asText()), null);
                String w = b.path("weight").asText("0");
                quantities |= !w.matches("\\d+");
                weights.add(Weights.quantity(w));
                ctx.tracker().consume(ts, FieldPath.of("spec", "backends").index(i));
            }
            List<Integer> pct = Weights.percentages(ctx, ts, FieldPath.of("spec", "backends"), weights);
            for (int i = 0; i < split.size(); i++) {
                ((ObjectNode) split.get(i)).put("weight", pct.get(i));
            }
            boolean nowhere = pct.stream().allMatch(p -> p == 0);
            if (nowhere) {
                // No ratio: nothing is delivered. Istio gets one destination (weights must leave it traffic) and an
                // abort of every request, so that it delivers nothing either.
                split.removeAll();
                VirtualServices.destination(split.addObject(), host, null);
                ctx.gap(IstioGap.TRAFFIC_SPLIT_ZERO, ts, FieldPath.of("spec", "backends"), "every backend weighs 0: "
                        + "the VirtualService aborts every request to " + apex + " with 500");
            }
            if (quantities) {
                ctx.note(IstioGap.WEIGHT_QUANTITY, ts, FieldPath.of("spec", "backends"), "weights " + weights
                        + " are written as percentages " + pct);
            }
            ctx.tracker().consume(ts, "spec.service");
            for (String f : List.of("matches")) {
                if (spec.has(f)) {
                    ctx.gap(IstioGap.SMI_KIND, ts, FieldPath.of("spec", f), "TrafficSplit matches (HTTPRouteGroup "
                            + "references) are not translated; the split applies to every request");
                }
            }
            Optional<Output> existing = ctx.find(LinkerdToIstio.ISTIO_NETWORKING, "VirtualService", ns, apex);
            if (existing.isPresent()) {
                ArrayNode http = VirtualServices.http(existing.get().object());
                // The VirtualService is the apex's ServiceProfile's (HTTPRoutes of a split apex are left out): the
                // linkerd-smi adaptor writes the split as that profile's dstOverrides, replacing its own.
                for (JsonNode entry : http) {
                    if (entry.has("route")) {
                        ((ObjectNode) entry).set("route", split.deepCopy());
                        if (nowhere) {
                            VirtualServices.abortEverything((ObjectNode) entry);
                        }
                    }
                }
                ctx.emit(existing.get().object(), ts, FieldPath.of("spec"));
                continue;
            }
            ObjectNode vs = VirtualServices.create(apex, ns, host, false);
            ObjectNode entry = VirtualServices.http(vs).addObject();
            if (nowhere) {
                VirtualServices.abortEverything(entry);
            }
            entry.set("route", split);
            entry.putObject("retries").put("attempts", 0);
            ctx.emit(vs, ts, FieldPath.of("spec"));
        }
        // The last translation that writes VirtualServices: what has none now keeps Istio's default retries.
        RoutesToVirtualServices.implicitRetries(ctx);
    }
}
