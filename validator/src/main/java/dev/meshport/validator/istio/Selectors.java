package dev.meshport.validator.istio;

import dev.meshport.model.Manifest;
import dev.meshport.validator.istio.Fields.Field;
import java.util.Map;

/** Where each policy kind keeps its workload selector. */
public final class Selectors {

    private Selectors() {}

    /** The selector field of a policy: Sidecar's {@code workloadSelector.labels}, else {@code selector.matchLabels}. */
    public static Field of(Manifest m) {
        return m.kind().equals("Sidecar") ? Fields.at(m, "spec.workloadSelector") : Fields.at(m, "spec.selector");
    }

    /** The selector's labels (empty when there is none). */
    public static Map<String, String> labels(Manifest m) {
        Field selector = of(m);
        return MeshFacts.labels(selector.key(m.kind().equals("Sidecar") ? "labels" : "matchLabels").value());
    }

    /** True when the policy has no selector (it applies to its whole namespace) and no targetRef. */
    public static boolean namespaceWide(Manifest m) {
        return labels(m).isEmpty() && !Fields.at(m, "spec.targetRef").present() && !Fields.at(m, "spec.targetRefs").present();
    }
}
