package dev.meshport.model.linkerd;

import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.util.List;

/**
 * A Linkerd EgressNetwork: a set of networks outside the cluster with a default allow/deny policy, to which routes can attach.
 * <p>Traps: it applies to clients in its own namespace, or cluster-wide when in the global egress namespace ({@code linkerd-egress});
 * route parentRefs to it need {@code group: policy.linkerd.io, kind: EgressNetwork} and a {@code port}.
 */
@JsonDeserialize(using = JsonDeserializer.None.class) // not fabric8's KubernetesDeserializer (inherited from KubernetesResource)
public class EgressNetwork extends LinkerdResource<EgressNetworkSpec> {

    public static final String GROUP = "policy.linkerd.io";
    public static final String KIND = "EgressNetwork";
    /** Served versions; the storage version is last. */
    public static final List<String> VERSIONS = List.of("v1alpha1");
    public static final String STORAGE_VERSION = "v1alpha1";
    public static final String API_VERSION = GROUP + "/" + STORAGE_VERSION;

    public EgressNetwork() {
    }

    /** Creates a resource with {@link #API_VERSION} and {@link #KIND} set. */
    public EgressNetwork(ObjectMeta metadata, EgressNetworkSpec spec) {
        super(API_VERSION, KIND, metadata, spec);
    }
}
