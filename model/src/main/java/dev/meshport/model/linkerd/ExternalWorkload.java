package dev.meshport.model.linkerd;

import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.util.List;

/**
 * A Linkerd ExternalWorkload: a meshed workload outside Kubernetes (a VM, say) that Services and Servers can select like a pod.
 * <p>Trap: v1alpha1 spells {@code spec.meshTls}, v1beta1 {@code spec.meshTLS}; not covered by the policy admission webhook.
 */
@JsonDeserialize(using = JsonDeserializer.None.class) // not fabric8's KubernetesDeserializer (inherited from KubernetesResource)
public class ExternalWorkload extends LinkerdResource<ExternalWorkloadSpec> {

    public static final String GROUP = "workload.linkerd.io";
    public static final String KIND = "ExternalWorkload";
    /** Served versions; the storage version is last. */
    public static final List<String> VERSIONS = List.of("v1alpha1", "v1beta1");
    public static final String STORAGE_VERSION = "v1beta1";
    public static final String API_VERSION = GROUP + "/" + STORAGE_VERSION;

    public ExternalWorkload() {
    }

    /** Creates a resource with {@link #API_VERSION} and {@link #KIND} set. */
    public ExternalWorkload(ObjectMeta metadata, ExternalWorkloadSpec spec) {
        super(API_VERSION, KIND, metadata, spec);
    }
}
