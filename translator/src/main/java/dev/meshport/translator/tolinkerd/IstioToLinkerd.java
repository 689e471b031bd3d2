package dev.meshport.translator.tolinkerd;

import dev.meshport.model.FieldPath;
import dev.meshport.model.Manifest;
import dev.meshport.model.kinds.Mesh;
import dev.meshport.translator.Direction;
import dev.meshport.translator.Translator;
import java.util.List;

/** The Istio → Linkerd direction: its translations, in the order they run, and the fields it must account for. */
public final class IstioToLinkerd {

    /** Istio's default root namespace, where policies apply mesh-wide (mesh config rootNamespace). */
    public static final String ROOT_NAMESPACE = "istio-system";

    private IstioToLinkerd() {}

    public static Direction direction() {
        return new Direction(Mesh.ISTIO, "linkerd", List.of(
                new ResourceMetadata(),
                new DestinationRules(),
                new VirtualServiceRoutes(),
                new InjectionAnnotations(),
                new PeerAuthentications(ROOT_NAMESPACE),
                new AuthorizationPolicies(ROOT_NAMESPACE),
                new ServiceEntries(ROOT_NAMESPACE),
                new UnsupportedKinds()),
                IstioToLinkerd::inScope, LinkerdGap.UNTRANSLATED_FIELD);
    }

    public static Translator translator() {
        return new Translator(direction());
    }

    /** Every field of an Istio resource; the Istio labels, annotations and appProtocols of Kubernetes resources. */
    static boolean inScope(Manifest m, FieldPath field) {
        if (m.mesh() == Mesh.ISTIO) {
            return true;
        }
        return m.mesh() == Mesh.KUBERNETES && InjectionAnnotations.inScope(m, field);
    }
}
