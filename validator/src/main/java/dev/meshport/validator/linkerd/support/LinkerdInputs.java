package dev.meshport.validator.linkerd.support;

import com.fasterxml.jackson.databind.JsonNode;
import dev.meshport.model.Manifest;
import dev.meshport.model.ManifestSet;
import dev.meshport.model.kinds.Mesh;
import java.util.Iterator;
import java.util.List;

/**
 * What the Linkerd rules read from a run: the resources of a kind that loaded cleanly, and whether the inputs show
 * Linkerd at all (Gateway API routes are read by Istio too, so Linkerd's admission and controller rules apply to
 * them only where Linkerd is evidently in use).
 */
public final class LinkerdInputs {

    /** Namespace of resources that name none: where {@code kubectl apply} puts them by default. */
    public static final String DEFAULT_NAMESPACE = "default";

    private LinkerdInputs() {}

    /**
     * Resources of {@code group} and {@code kind} whose tree fits the typed model. A resource with a value of the wrong
     * type is reported by invalid-field-value and left alone here, as the API server would reject it first.
     */
    public static List<Manifest> of(ManifestSet set, String group, String kind) {
        return set.filter(m -> m.kind().equals(kind) && m.id().group().equals(group) && m.typeProblem().isEmpty());
    }

    /** Gateway API routes of every kind Linkerd reads: HTTPRoute, GRPCRoute, TLSRoute, TCPRoute. */
    public static List<Manifest> gatewayRoutes(ManifestSet set) {
        return set.filter(m -> m.id().group().equals(Ref.GATEWAY) && m.typeProblem().isEmpty()
                && List.of("HTTPRoute", "GRPCRoute", "TLSRoute", "TCPRoute").contains(m.kind()));
    }

    public static String namespace(Manifest m) {
        return m.id().namespaceOr(DEFAULT_NAMESPACE);
    }

    /**
     * True when the inputs show Linkerd: a Linkerd resource, or a {@code linkerd.io/inject} or other
     * {@code *linkerd.io/*} annotation on any resource or pod template.
     */
    public static boolean usesLinkerd(ManifestSet set) {
        for (Manifest m : set.all()) {
            if (m.mesh() == Mesh.LINKERD || hasLinkerdAnnotation(m.tree().path("metadata"))
                    || hasLinkerdAnnotation(m.tree().path("spec").path("template").path("metadata"))) {
                return true;
            }
        }
        return false;
    }

    /** True when a route is under Linkerd's admission webhook: Linkerd is in the inputs, or the route names it. */
    public static boolean admits(ManifestSet set, Manifest route) {
        return namesLinkerd(route) || usesLinkerd(set);
    }

    /** True when a resource is Linkerd's, carries a Linkerd annotation, or has a Linkerd-only parent. */
    public static boolean namesLinkerd(Manifest route) {
        return route.mesh() == Mesh.LINKERD || hasLinkerdAnnotation(route.tree().path("metadata"))
                || hasLinkerdParent(route);
    }

    /** True when a route has a parent that only Linkerd serves: a Server or an EgressNetwork. */
    public static boolean hasLinkerdParent(Manifest route) {
        for (Trees.At p : Trees.each(route.tree(), "spec.parentRefs[*]")) {
            Ref ref = Ref.read(p, Ref.GATEWAY, "Gateway");
            if (ref.is(Ref.POLICY, "Server") || ref.is(Ref.POLICY, "EgressNetwork")) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasLinkerdAnnotation(JsonNode metadata) {
        Iterator<String> keys = metadata.path("annotations").fieldNames();
        while (keys.hasNext()) {
            if (keys.next().contains("linkerd.io/")) {
                return true;
            }
        }
        return false;
    }
}
