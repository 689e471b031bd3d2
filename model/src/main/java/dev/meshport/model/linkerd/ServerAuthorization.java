package dev.meshport.model.linkerd;

import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.util.List;

/**
 * A Linkerd ServerAuthorization: authorises clients (by network, mesh identity or service account) to reach selected Servers.
 * <p>Trap: legacy API; the docs prefer AuthorizationPolicy and say ServerAuthorization will be deprecated. v1alpha1 is deprecated
 * and has the same schema as v1beta1.
 */
@JsonDeserialize(using = JsonDeserializer.None.class) // not fabric8's KubernetesDeserializer (inherited from KubernetesResource)
public class ServerAuthorization extends LinkerdResource<ServerAuthorizationSpec> {

    public static final String GROUP = "policy.linkerd.io";
    public static final String KIND = "ServerAuthorization";
    /** Served versions; the storage version is last. */
    public static final List<String> VERSIONS = List.of("v1alpha1", "v1beta1");
    public static final String STORAGE_VERSION = "v1beta1";
    public static final String API_VERSION = GROUP + "/" + STORAGE_VERSION;

    public ServerAuthorization() {
    }

    /** Creates a resource with {@link #API_VERSION} and {@link #KIND} set. */
    public ServerAuthorization(ObjectMeta metadata, ServerAuthorizationSpec spec) {
        super(API_VERSION, KIND, metadata, spec);
    }
}
