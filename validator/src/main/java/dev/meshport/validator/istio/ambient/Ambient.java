package dev.meshport.validator.istio.ambient;

import dev.meshport.model.Manifest;
import dev.meshport.model.kinds.Mesh;
import dev.meshport.validator.LintContext;
import dev.meshport.validator.istio.Fields;
import java.util.Optional;

/** Ambient-mode facts from Namespace manifests: istio.io/dataplane-mode and istio.io/use-waypoint labels. */
final class Ambient {

    private Ambient() {}

    /** The Namespace manifest of {@code namespace} when the inputs hold it and it is enrolled in ambient mode. */
    static Optional<Manifest> ambientNamespace(LintContext context, String namespace) {
        for (Manifest ns : context.manifests().ofKind(Mesh.KUBERNETES, "Namespace")) {
            if (ns.id().name().equals(namespace)
                    && Fields.at(ns, "metadata.labels").key("istio.io/dataplane-mode").text().equals("ambient")) {
                return Optional.of(ns);
            }
        }
        return Optional.empty();
    }

    static boolean usesWaypoint(Manifest namespace) {
        return Fields.at(namespace, "metadata.labels").key("istio.io/use-waypoint").present();
    }
}
