package dev.meshport.model.linkerd;

import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.util.List;

/**
 * Linkerd's own HTTPRoute ({@code policy.linkerd.io}), a fork of the Gateway API HTTPRoute used for per-route policy and outbound routing;
 * not to be confused with {@code gateway.networking.k8s.io} HTTPRoute, which fabric8's gatewayapi model covers.
 * <p>Traps: {@code parentRefs[].group} defaults to {@code policy.linkerd.io} and {@code parentRefs[].kind} to {@code Gateway}, so a Service
 * parent needs {@code group: core} (or {@code ""}) and an explicit kind; a ServiceProfile for the same Service wins over every route;
 * docs say the Linkerd variant is still supported but not actively maintained.
 */
@JsonDeserialize(using = JsonDeserializer.None.class) // not fabric8's KubernetesDeserializer (inherited from KubernetesResource)
public class LinkerdHTTPRoute extends LinkerdResource<LinkerdHTTPRouteSpec> {

    public static final String GROUP = "policy.linkerd.io";
    public static final String KIND = "HTTPRoute";
    /** Served versions; the storage version is last. */
    public static final List<String> VERSIONS = List.of("v1alpha1", "v1beta1", "v1beta2", "v1beta3");
    public static final String STORAGE_VERSION = "v1beta3";
    public static final String API_VERSION = GROUP + "/" + STORAGE_VERSION;

    public LinkerdHTTPRoute() {
    }

    /** Creates a resource with {@link #API_VERSION} and {@link #KIND} set. */
    public LinkerdHTTPRoute(ObjectMeta metadata, LinkerdHTTPRouteSpec spec) {
        super(API_VERSION, KIND, metadata, spec);
    }
}
