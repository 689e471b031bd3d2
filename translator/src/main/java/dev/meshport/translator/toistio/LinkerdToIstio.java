package dev.meshport.translator.toistio;

import dev.meshport.model.FieldPath;
import dev.meshport.model.Manifest;
import dev.meshport.model.kinds.Mesh;
import dev.meshport.translator.Direction;
import dev.meshport.translator.Translator;
import java.util.List;
import java.util.Set;

/** The Linkerd → Istio direction: its translations, in the order they run, and the fields it must account for. */
public final class LinkerdToIstio {

    /** How outbound Gateway API routes are written for Istio. */
    public enum RouteApi {
        /** As VirtualServices (the default). */
        VIRTUAL_SERVICE,
        /** Kept as Gateway API routes, which Istio serves for Service parents (GAMMA). */
        GATEWAY_API
    }

    /** Gateway API kinds that are routes; Gateways, GatewayClasses and ReferenceGrants are read by Istio unchanged. */
    static final Set<String> ROUTE_KINDS = Set.of("HTTPRoute", "GRPCRoute", "TCPRoute", "TLSRoute");

    static final String ISTIO_NETWORKING = "networking.istio.io/v1";
    static final String ISTIO_SECURITY = "security.istio.io/v1";

    private LinkerdToIstio() {}

    public static Direction direction() {
        return direction(RouteApi.VIRTUAL_SERVICE);
    }

    public static Direction direction(RouteApi routeApi) {
        return new Direction(Mesh.LINKERD, "istio", List.of(
                new SourceMetadata(),
                new ServerAuthorizations(),
                new ServiceProfiles(),
                new RoutesToVirtualServices(routeApi),
                new TrafficSplits(),
                new FailureAccrual(),
                new ProxyAnnotations(),
                new ExternalWorkloads(),
                new EgressNetworks(),
                new RateLimits(),
                new UnsupportedKinds()),
                LinkerdToIstio::inScope, IstioGap.UNTRANSLATED_FIELD, IstioGap.OUTPUT_CONFLICT);
    }

    public static Translator translator() {
        return new Translator(direction());
    }

    public static Translator translator(RouteApi routeApi) {
        return new Translator(direction(routeApi));
    }

    /** A Linkerd resource or a Gateway API route: every field of it carries meaning. */
    static boolean isSourceResource(Manifest m) {
        return m.mesh() == Mesh.LINKERD || m.mesh() == Mesh.GATEWAY_API && ROUTE_KINDS.contains(m.kind());
    }

    /** Every field of a Linkerd resource or Gateway API route; the Linkerd labels, annotations and appProtocols of others. */
    public static boolean inScope(Manifest m, FieldPath field) {
        if (isSourceResource(m)) {
            return true;
        }
        return m.mesh() == Mesh.KUBERNETES && ProxyAnnotations.inScope(m, field);
    }

    /** A label or annotation key of Linkerd (linkerd.io/inject, config.linkerd.io/…, retry.linkerd.io/…). */
    static boolean isLinkerdKey(String key) {
        return key.startsWith("linkerd.io/") || key.contains(".linkerd.io/");
    }
}
