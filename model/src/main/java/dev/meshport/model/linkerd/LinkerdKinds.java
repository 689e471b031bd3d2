package dev.meshport.model.linkerd;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Registry of the Linkerd (and SMI TrafficSplit) kinds modelled in this package, keyed by API group and kind.
 * <p>Gateway API routes that Linkerd also reads ({@code gateway.networking.k8s.io} HTTPRoute, GRPCRoute, TLSRoute, TCPRoute) are
 * deliberately absent: fabric8's gatewayapi model covers them. Only {@code policy.linkerd.io/*} HTTPRoute maps to
 * {@link LinkerdHTTPRoute}.
 */
public final class LinkerdKinds {

    /** Group, kind, served versions and model class of one registered kind. */
    public record KindInfo(String group, String kind, List<String> versions, String storageVersion,
                           Class<? extends LinkerdResource<?>> type) {
    }

    /**
     * Shared lenient mapper used internally (for instance by {@link RequestMatch}); never reconfigure it. Built on
     * first use: looking a kind up (every Linkerd lint does) must not pay for an ObjectMapper.
     */
    static final class Mapper {
        static final ObjectMapper MAPPER = newObjectMapper();

        private Mapper() {}
    }

    private static final Map<String, KindInfo> BY_GROUP_KIND;

    static {
        Map<String, KindInfo> m = new LinkedHashMap<>();
        register(m, Server.GROUP, Server.KIND, Server.VERSIONS, Server.STORAGE_VERSION, Server.class);
        register(m, ServerAuthorization.GROUP, ServerAuthorization.KIND, ServerAuthorization.VERSIONS,
            ServerAuthorization.STORAGE_VERSION, ServerAuthorization.class);
        register(m, AuthorizationPolicy.GROUP, AuthorizationPolicy.KIND, AuthorizationPolicy.VERSIONS,
            AuthorizationPolicy.STORAGE_VERSION, AuthorizationPolicy.class);
        register(m, MeshTLSAuthentication.GROUP, MeshTLSAuthentication.KIND, MeshTLSAuthentication.VERSIONS,
            MeshTLSAuthentication.STORAGE_VERSION, MeshTLSAuthentication.class);
        register(m, NetworkAuthentication.GROUP, NetworkAuthentication.KIND, NetworkAuthentication.VERSIONS,
            NetworkAuthentication.STORAGE_VERSION, NetworkAuthentication.class);
        register(m, LinkerdHTTPRoute.GROUP, LinkerdHTTPRoute.KIND, LinkerdHTTPRoute.VERSIONS,
            LinkerdHTTPRoute.STORAGE_VERSION, LinkerdHTTPRoute.class);
        register(m, HTTPLocalRateLimitPolicy.GROUP, HTTPLocalRateLimitPolicy.KIND, HTTPLocalRateLimitPolicy.VERSIONS,
            HTTPLocalRateLimitPolicy.STORAGE_VERSION, HTTPLocalRateLimitPolicy.class);
        register(m, EgressNetwork.GROUP, EgressNetwork.KIND, EgressNetwork.VERSIONS,
            EgressNetwork.STORAGE_VERSION, EgressNetwork.class);
        register(m, ExternalWorkload.GROUP, ExternalWorkload.KIND, ExternalWorkload.VERSIONS,
            ExternalWorkload.STORAGE_VERSION, ExternalWorkload.class);
        register(m, ServiceProfile.GROUP, ServiceProfile.KIND, ServiceProfile.VERSIONS,
            ServiceProfile.STORAGE_VERSION, ServiceProfile.class);
        register(m, TrafficSplit.GROUP, TrafficSplit.KIND, TrafficSplit.VERSIONS,
            TrafficSplit.STORAGE_VERSION, TrafficSplit.class);
        BY_GROUP_KIND = Collections.unmodifiableMap(m);
    }

    private LinkerdKinds() {
    }

    private static void register(Map<String, KindInfo> m, String group, String kind, List<String> versions, String storage,
                                 Class<? extends LinkerdResource<?>> type) {
        m.put(key(group, kind), new KindInfo(group, kind, versions, storage, type));
    }

    private static String key(String group, String kind) {
        return group + "/" + kind;
    }

    /**
     * The model class for an {@code apiVersion} ({@code group/version}) and kind, only if that version is served.
     * A core apiVersion (no '/') or a Gateway API group never matches.
     */
    public static Optional<Class<? extends LinkerdResource<?>>> classFor(String apiVersion, String kind) {
        return infoFor(apiVersion, kind).map(KindInfo::type);
    }

    /** Like {@link #classFor(String, String)}, with the registry entry. */
    public static Optional<KindInfo> infoFor(String apiVersion, String kind) {
        if (apiVersion == null || kind == null) {
            return Optional.empty();
        }
        int slash = apiVersion.indexOf('/');
        if (slash <= 0 || slash == apiVersion.length() - 1) {
            return Optional.empty();
        }
        String group = apiVersion.substring(0, slash);
        String version = apiVersion.substring(slash + 1);
        KindInfo info = BY_GROUP_KIND.get(key(group, kind));
        return info != null && info.versions().contains(version) ? Optional.of(info) : Optional.empty();
    }

    /** The API groups of the registered kinds. */
    public static Set<String> groups() {
        Set<String> groups = new LinkedHashSet<>();
        for (KindInfo info : BY_GROUP_KIND.values()) {
            groups.add(info.group());
        }
        return Collections.unmodifiableSet(groups);
    }

    /** Every registered kind, in a stable order. */
    public static List<KindInfo> kinds() {
        return List.copyOf(BY_GROUP_KIND.values());
    }

    /**
     * A plain {@code ObjectMapper} suitable for these models: no fabric8 KubernetesDeserializer, and unknown properties do not fail
     * (every model class keeps them in {@code additionalProperties} anyway).
     */
    public static ObjectMapper newObjectMapper() {
        return new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }
}
