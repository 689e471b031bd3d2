package dev.meshport.model.linkerd;

import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.util.List;

/**
 * A Linkerd HTTPLocalRateLimitPolicy: an inbound, per-proxy HTTP rate limit for one Server (total, per identity, per-client overrides).
 * <p>Traps: only one policy per Server is accepted (oldest creationTimestamp, then name); the Server's default {@code accessPolicy} is
 * {@code deny}, so rate limiting without authorization policies needs {@code accessPolicy: all-unauthenticated}.
 */
@JsonDeserialize(using = JsonDeserializer.None.class) // not fabric8's KubernetesDeserializer (inherited from KubernetesResource)
public class HTTPLocalRateLimitPolicy extends LinkerdResource<HTTPLocalRateLimitPolicySpec> {

    public static final String GROUP = "policy.linkerd.io";
    public static final String KIND = "HTTPLocalRateLimitPolicy";
    /** Served versions; the storage version is last. */
    public static final List<String> VERSIONS = List.of("v1alpha1");
    public static final String STORAGE_VERSION = "v1alpha1";
    public static final String API_VERSION = GROUP + "/" + STORAGE_VERSION;

    public HTTPLocalRateLimitPolicy() {
    }

    /** Creates a resource with {@link #API_VERSION} and {@link #KIND} set. */
    public HTTPLocalRateLimitPolicy(ObjectMeta metadata, HTTPLocalRateLimitPolicySpec spec) {
        super(API_VERSION, KIND, metadata, spec);
    }
}
