package dev.meshport.translator.tolinkerd;

import dev.meshport.model.FieldPath;
import dev.meshport.model.Manifest;
import dev.meshport.model.kinds.Mesh;
import dev.meshport.translator.Translation;
import dev.meshport.translator.TranslationContext;
import java.util.Map;

/** Istio kinds without a Linkerd counterpart that meshport writes: one gap on the whole spec of each. */
public final class UnsupportedKinds implements Translation {

    private static final Map<String, LinkerdGap> KINDS = Map.of(
            "Gateway", LinkerdGap.GATEWAY,
            "EnvoyFilter", LinkerdGap.ENVOY_FILTER,
            "WasmPlugin", LinkerdGap.WASM_PLUGIN,
            "Telemetry", LinkerdGap.TELEMETRY,
            "RequestAuthentication", LinkerdGap.REQUEST_AUTHENTICATION,
            "WorkloadEntry", LinkerdGap.WORKLOAD_ENTRY,
            "WorkloadGroup", LinkerdGap.WORKLOAD_ENTRY,
            "ProxyConfig", LinkerdGap.WORKLOAD_ENTRY);

    @Override
    public void translate(TranslationContext ctx) {
        for (Manifest m : ctx.manifests().ofMesh(Mesh.ISTIO)) {
            LinkerdGap gap = KINDS.get(m.kind());
            if (gap != null) {
                FieldPath at = m.tree().has("spec") ? FieldPath.of("spec") : FieldPath.ROOT;
                ctx.gap(gap, m, at, m.kind() + " " + m.id().name() + " is not translated: " + gap.feature()
                        + " has no Linkerd resource that meshport writes");
            }
        }
    }
}
