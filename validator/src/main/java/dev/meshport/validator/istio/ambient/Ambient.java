package dev.meshport.validator.istio.ambient;

import dev.meshport.model.Manifest;
import dev.meshport.model.kinds.Mesh;
import dev.meshport.validator.LintContext;
import dev.meshport.validator.istio.Fields;
import java.util.HashMap;
import java.util.Map;

/** Ambient-mode facts from Namespace manifests: istio.io/dataplane-mode and istio.io/use-waypoint labels. */
final class Ambient {

    private Ambient() {}

    /** The Namespace manifests of the inputs that enrol their namespace in ambient mode, by name. */
    static Map<String, Manifest> ambientNamespaces(LintContext context) {
        Map<String, Manifest> out = new HashMap<>();
        for (Manifest ns : context.manifests().ofKind(Mesh.KUBERNETES, "Namespace")) {
            if (Fields.at(ns, "metadata.labels").key("istio.io/dataplane-mode").text().equals("ambient")) {
                out.putIfAbsent(ns.id().name(), ns);
            }
        }
        return out;
    }

    static boolean usesWaypoint(Manifest namespace) {
        return Fields.at(namespace, "metadata.labels").key("istio.io/use-waypoint").present();
    }
}
