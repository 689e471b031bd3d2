package dev.meshport.model.linkerd;

import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.util.List;

/**
 * A Linkerd ServiceProfile: per-route metrics, retries, timeouts and traffic-split overrides for the Service named by its FQDN.
 * <p>Traps: {@code metadata.name} is the Service FQDN (e.g. {@code web.ns.svc.cluster.local}); a ServiceProfile wins over every HTTPRoute
 * for that Service and disables retry/timeout annotations and circuit breaking; it is superseded by Gateway API types since 2.16.
 */
@JsonDeserialize(using = JsonDeserializer.None.class) // not fabric8's KubernetesDeserializer (inherited from KubernetesResource)
public class ServiceProfile extends LinkerdResource<ServiceProfileSpec> {

    public static final String GROUP = "linkerd.io";
    public static final String KIND = "ServiceProfile";
    /** Served versions; the storage version is last. */
    public static final List<String> VERSIONS = List.of("v1alpha1", "v1alpha2");
    public static final String STORAGE_VERSION = "v1alpha2";
    public static final String API_VERSION = GROUP + "/" + STORAGE_VERSION;

    public ServiceProfile() {
    }

    /** Creates a resource with {@link #API_VERSION} and {@link #KIND} set. */
    public ServiceProfile(ObjectMeta metadata, ServiceProfileSpec spec) {
        super(API_VERSION, KIND, metadata, spec);
    }
}
