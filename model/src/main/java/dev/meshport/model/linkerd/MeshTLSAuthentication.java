package dev.meshport.model.linkerd;

import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.util.List;

/**
 * A Linkerd MeshTLSAuthentication: a set of mTLS client identities that an AuthorizationPolicy can require.
 * <p>Trap: a Namespace identityRef stands for {@code *.<ns>.serviceaccount.identity.<linkerd-ns>.<trust-domain>} and must not set a namespace.
 */
@JsonDeserialize(using = JsonDeserializer.None.class) // not fabric8's KubernetesDeserializer (inherited from KubernetesResource)
public class MeshTLSAuthentication extends LinkerdResource<MeshTLSAuthenticationSpec> {

    public static final String GROUP = "policy.linkerd.io";
    public static final String KIND = "MeshTLSAuthentication";
    /** Served versions; the storage version is last. */
    public static final List<String> VERSIONS = List.of("v1alpha1");
    public static final String STORAGE_VERSION = "v1alpha1";
    public static final String API_VERSION = GROUP + "/" + STORAGE_VERSION;

    public MeshTLSAuthentication() {
    }

    /** Creates a resource with {@link #API_VERSION} and {@link #KIND} set. */
    public MeshTLSAuthentication(ObjectMeta metadata, MeshTLSAuthenticationSpec spec) {
        super(API_VERSION, KIND, metadata, spec);
    }
}
