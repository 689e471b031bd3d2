package dev.meshport.model.linkerd;

import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.util.List;

/**
 * A Linkerd NetworkAuthentication: a set of client CIDRs that an AuthorizationPolicy can require.
 * <p>Trap: without any NetworkAuthentication ref an AuthorizationPolicy allows all IPv4 and IPv6 networks.
 */
@JsonDeserialize(using = JsonDeserializer.None.class) // not fabric8's KubernetesDeserializer (inherited from KubernetesResource)
public class NetworkAuthentication extends LinkerdResource<NetworkAuthenticationSpec> {

    public static final String GROUP = "policy.linkerd.io";
    public static final String KIND = "NetworkAuthentication";
    /** Served versions; the storage version is last. */
    public static final List<String> VERSIONS = List.of("v1alpha1");
    public static final String STORAGE_VERSION = "v1alpha1";
    public static final String API_VERSION = GROUP + "/" + STORAGE_VERSION;

    public NetworkAuthentication() {
    }

    /** Creates a resource with {@link #API_VERSION} and {@link #KIND} set. */
    public NetworkAuthentication(ObjectMeta metadata, NetworkAuthenticationSpec spec) {
        super(API_VERSION, KIND, metadata, spec);
    }
}
