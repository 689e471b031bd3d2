package dev.meshport.model.linkerd;

import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.util.List;

/**
 * A Linkerd Server: selects a port on a set of pods (or ExternalWorkloads) so that inbound policy can be attached to it.
 * <p>Traps: while a Server exists, traffic to its port is denied unless authorised or {@code spec.accessPolicy} is permissive or
 * {@code audit} (the v1beta3 default is {@code deny}); v1alpha1 and v1beta1 are deprecated; overlapping Servers are no longer rejected
 * (since 2.18) but resolved by oldest creationTimestamp, then name.
 */
@JsonDeserialize(using = JsonDeserializer.None.class) // not fabric8's KubernetesDeserializer (inherited from KubernetesResource)
public class Server extends LinkerdResource<ServerSpec> {

    public static final String GROUP = "policy.linkerd.io";
    public static final String KIND = "Server";
    /** Served versions; the storage version is last. */
    public static final List<String> VERSIONS = List.of("v1alpha1", "v1beta1", "v1beta2", "v1beta3");
    public static final String STORAGE_VERSION = "v1beta3";
    public static final String API_VERSION = GROUP + "/" + STORAGE_VERSION;

    public Server() {
    }

    /** Creates a resource with {@link #API_VERSION} and {@link #KIND} set. */
    public Server(ObjectMeta metadata, ServerSpec spec) {
        super(API_VERSION, KIND, metadata, spec);
    }
}
