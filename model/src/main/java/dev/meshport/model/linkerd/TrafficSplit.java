package dev.meshport.model.linkerd;

import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.util.List;

/**
 * An SMI TrafficSplit (legacy, linkerd-smi extension): splits traffic for an apex service across weighted backends.
 * <p>Traps: the adaptor turns it into {@code dstOverrides} of the ServiceProfile {@code <service>.<ns>.svc.<clusterDomain>} (skipped when
 * that profile is annotated {@code smi.linkerd.io/skip}); the storage version is v1alpha1 (listed last in {@link #VERSIONS}) and the
 * CRD uses no conversion; deprecated.
 */
@JsonDeserialize(using = JsonDeserializer.None.class) // not fabric8's KubernetesDeserializer (inherited from KubernetesResource)
public class TrafficSplit extends LinkerdResource<TrafficSplitSpec> {

    public static final String GROUP = "split.smi-spec.io";
    public static final String KIND = "TrafficSplit";
    /** Served versions (v1alpha2 is served but not stored); the storage version is last. */
    public static final List<String> VERSIONS = List.of("v1alpha2", "v1alpha1");
    public static final String STORAGE_VERSION = "v1alpha1";
    public static final String API_VERSION = GROUP + "/" + STORAGE_VERSION;

    public TrafficSplit() {
    }

    /** Creates a resource with {@link #API_VERSION} and {@link #KIND} set. */
    public TrafficSplit(ObjectMeta metadata, TrafficSplitSpec spec) {
        super(API_VERSION, KIND, metadata, spec);
    }
}
