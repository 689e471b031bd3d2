package dev.meshport.model.linkerd;

import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.util.List;

/**
 * A Linkerd AuthorizationPolicy: allows traffic to a Server, route or namespace when all referenced authentications are satisfied.
 * <p>Traps: Linkerd policy is allow-only (no DENY/CUSTOM/AUDIT, no {@code when}); if a referenced authentication is missing the
 * whole policy is dropped; at most one MeshTLSAuthentication or ServiceAccount ref and at most one NetworkAuthentication ref.
 */
@JsonDeserialize(using = JsonDeserializer.None.class) // not fabric8's KubernetesDeserializer (inherited from KubernetesResource)
public class AuthorizationPolicy extends LinkerdResource<AuthorizationPolicySpec> {

    public static final String GROUP = "policy.linkerd.io";
    public static final String KIND = "AuthorizationPolicy";
    /** Served versions; the storage version is last. */
    public static final List<String> VERSIONS = List.of("v1alpha1");
    public static final String STORAGE_VERSION = "v1alpha1";
    public static final String API_VERSION = GROUP + "/" + STORAGE_VERSION;

    public AuthorizationPolicy() {
    }

    /** Creates a resource with {@link #API_VERSION} and {@link #KIND} set. */
    public AuthorizationPolicy(ObjectMeta metadata, AuthorizationPolicySpec spec) {
        super(API_VERSION, KIND, metadata, spec);
    }
}
