package dev.meshport.translator.toistio;

import dev.meshport.model.FieldPath;
import dev.meshport.model.Manifest;
import dev.meshport.model.kinds.Mesh;
import dev.meshport.translator.Translation;
import dev.meshport.translator.TranslationContext;
import java.util.Map;

/** Linkerd kinds without an Istio counterpart that meshport writes: one gap on the whole spec of each. */
final class UnsupportedKinds implements Translation {

    private static final Map<String, IstioGap> KINDS = Map.of();

    @Override
    public void translate(TranslationContext ctx) {
        for (Manifest m : ctx.manifests().ofMesh(Mesh.LINKERD)) {
            IstioGap gap = m.kind().equals("ExternalWorkload") ? IstioGap.EXTERNAL_WORKLOAD : KINDS.get(m.kind());
            if (gap == IstioGap.EXTERNAL_WORKLOAD) {
                linkerdAnnotations(ctx, m, gap);
            } else if (gap != null) {
                FieldPath at = m.tree().has("spec") ? FieldPath.of("spec") : FieldPath.ROOT;
                ctx.gap(gap, m, at, m.kind() + " " + m.id().name() + " is not translated: " + gap.feature()
                        + " has no Istio resource that meshport writes");
                linkerdAnnotations(ctx, m, gap);
            }
        }
        for (Manifest m : ctx.manifests().all()) {
            if (LinkerdToIstio.isSourceResource(m)) {
                otherAnnotations(ctx, m);
            }
        }
        for (Manifest m : ctx.manifests().all()) {
            // TLS and TCP routes on Services are kept: Istio serves them as Gateway API (GAMMA) resources.
            if ((m.kind().equals("TLSRoute") || m.kind().equals("TCPRoute")) && m.mesh() == Mesh.GATEWAY_API) {
                tcpRoute(ctx, m);
            }
        }
    }

    private static void linkerdAnnotations(TranslationContext ctx, Manifest m, IstioGap gap) {
        for (var it = m.tree().path("metadata").path("annotations").fieldNames(); it.hasNext(); ) {
            String key = it.next();
            FieldPath a = FieldPath.of("metadata", "annotations", key);
            if (LinkerdToIstio.isLinkerdKey(key) && !ctx.tracker().covers(m, a)) {
                ctx.gap(gap, m, a, key + " on a " + m.kind() + " is not translated");
            }
        }
    }

    /**
     * Linkerd annotations on Linkerd resources and routes that no translation reads (extensions such as
     * failover.linkerd.io, or keys Linkerd ignores on that kind).
     */
    private static void otherAnnotations(TranslationContext ctx, Manifest m) {
        for (var it = m.tree().path("metadata").path("annotations").fieldNames(); it.hasNext(); ) {
            String key = it.next();
            FieldPath a = FieldPath.of("metadata", "annotations", key);
            if (LinkerdToIstio.isLinkerdKey(key) && !ctx.tracker().covers(m, a)) {
                ctx.gap(IstioGap.PROXY_ANNOTATION, m, a, key + " on a " + m.kind() + " is not translated: it has no "
                        + "Istio equivalent that meshport writes");
            }
        }
    }

    private static void tcpRoute(TranslationContext ctx, Manifest m) {
        var refs = m.tree().path("spec").path("parentRefs");
        var hostnames = m.tree().path("spec").path("hostnames");
        for (int i = 0; i < refs.size(); i++) {
            var ref = refs.get(i);
            if (ref.path("kind").asText().equals("EgressNetwork") && m.kind().equals("TLSRoute") && ref.has("port")
                    && hostnames.size() > 0) {
                // TLS egress by SNI: registering the host lets REGISTRY_ONLY pass it; the route's backend is the
                // original destination.
                String ns = m.id().namespaceOr("default");
                boolean local = !ref.path("namespace").asText(ns).equals(EgressNetworks.GLOBAL_NAMESPACE);
                for (var h : hostnames) {
                    ctx.emit(EgressNetworks.serviceEntry(EgressNetworks.name(h.asText()), ns, h.asText(),
                            ref.path("port").asInt(), "TLS", local), m, FieldPath.of("spec"));
                }
                if (!egressBackendsOnly(m, ref.path("name").asText())) {
                    ctx.gap(IstioGap.ROUTE_PARENT, m, FieldPath.of("spec", "rules"), "the TLS egress route sends to "
                            + "other backends than its EgressNetwork; only the host registration is translated");
                }
                ctx.tracker().consume(m, "spec");
                return;
            }
            if (!ref.path("kind").asText().equals("Service")) {
                RoutesToVirtualServices.notTranslated(ctx, m);
                return;
            }
        }
        ctx.emit(m.tree().deepCopy(), m, FieldPath.of("spec"));
        ctx.tracker().consume(m, "spec");
    }

    private static boolean egressBackendsOnly(Manifest m, String network) {
        for (var rule : m.tree().path("spec").path("rules")) {
            for (var b : rule.path("backendRefs")) {
                if (!b.path("kind").asText().equals("EgressNetwork") || !b.path("name").asText().equals(network)) {
                    return false;
                }
            }
        }
        return true;
    }
}
