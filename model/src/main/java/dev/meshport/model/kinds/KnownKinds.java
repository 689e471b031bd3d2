package dev.meshport.model.kinds;

import dev.meshport.model.ResourceId;
import dev.meshport.model.linkerd.LinkerdKinds;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The kinds meshport reads, by apiVersion and kind. Documents of other groups are skipped silently (the CLI
 * contract); a document of a mesh group whose kind or version is not served is reported, since the cluster would
 * reject it.
 */
public final class KnownKinds {

    private static final Set<String> ISTIO_GROUPS = Set.of(
            "networking.istio.io", "security.istio.io", "telemetry.istio.io", "extensions.istio.io");
    private static final Set<String> GATEWAY_API_GROUPS = Set.of("gateway.networking.k8s.io");

    private final Map<String, KindInfo> byApiVersionAndKind = new HashMap<>();

    private static final KnownKinds INSTANCE = new KnownKinds();

    public static KnownKinds get() {
        return INSTANCE;
    }

    private KnownKinds() {
        List<String> networkingVersions = List.of("v1alpha3", "v1beta1", "v1");
        istio("networking.istio.io", networkingVersions, "VirtualService", io.fabric8.istio.api.networking.v1.VirtualService.class);
        istio("networking.istio.io", networkingVersions, "DestinationRule", io.fabric8.istio.api.networking.v1.DestinationRule.class);
        istio("networking.istio.io", networkingVersions, "Gateway", io.fabric8.istio.api.networking.v1.Gateway.class);
        istio("networking.istio.io", networkingVersions, "ServiceEntry", io.fabric8.istio.api.networking.v1.ServiceEntry.class);
        istio("networking.istio.io", networkingVersions, "Sidecar", io.fabric8.istio.api.networking.v1.Sidecar.class);
        istio("networking.istio.io", networkingVersions, "WorkloadEntry", io.fabric8.istio.api.networking.v1.WorkloadEntry.class);
        istio("networking.istio.io", networkingVersions, "WorkloadGroup", io.fabric8.istio.api.networking.v1.WorkloadGroup.class);
        istio("networking.istio.io", List.of("v1alpha3"), "EnvoyFilter", io.fabric8.istio.api.networking.v1alpha3.EnvoyFilter.class);
        istio("networking.istio.io", List.of("v1beta1"), "ProxyConfig", io.fabric8.istio.api.networking.v1beta1.ProxyConfig.class);
        List<String> securityVersions = List.of("v1beta1", "v1");
        istio("security.istio.io", securityVersions, "AuthorizationPolicy", io.fabric8.istio.api.security.v1.AuthorizationPolicy.class);
        istio("security.istio.io", securityVersions, "PeerAuthentication", io.fabric8.istio.api.security.v1.PeerAuthentication.class);
        istio("security.istio.io", securityVersions, "RequestAuthentication", io.fabric8.istio.api.security.v1.RequestAuthentication.class);
        istio("telemetry.istio.io", List.of("v1alpha1", "v1"), "Telemetry", io.fabric8.istio.api.telemetry.v1.Telemetry.class);
        istio("extensions.istio.io", List.of("v1alpha1"), "WasmPlugin", io.fabric8.istio.api.extensions.v1alpha1.WasmPlugin.class);

        String gw = "gateway.networking.k8s.io";
        add(gw, List.of("v1"), "HTTPRoute", Mesh.GATEWAY_API, io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute.class);
        add(gw, List.of("v1beta1"), "HTTPRoute", Mesh.GATEWAY_API, io.fabric8.kubernetes.api.model.gatewayapi.v1beta1.HTTPRoute.class);
        add(gw, List.of("v1"), "GRPCRoute", Mesh.GATEWAY_API, io.fabric8.kubernetes.api.model.gatewayapi.v1.GRPCRoute.class);
        add(gw, List.of("v1alpha2"), "GRPCRoute", Mesh.GATEWAY_API, io.fabric8.kubernetes.api.model.gatewayapi.v1alpha2.GRPCRoute.class);
        add(gw, List.of("v1alpha2"), "TCPRoute", Mesh.GATEWAY_API, io.fabric8.kubernetes.api.model.gatewayapi.v1alpha2.TCPRoute.class);
        add(gw, List.of("v1alpha2"), "TLSRoute", Mesh.GATEWAY_API, io.fabric8.kubernetes.api.model.gatewayapi.v1alpha2.TLSRoute.class);
        add(gw, List.of("v1alpha3"), "TLSRoute", Mesh.GATEWAY_API, io.fabric8.kubernetes.api.model.gatewayapi.v1alpha3.TLSRoute.class);
        add(gw, List.of("v1"), "Gateway", Mesh.GATEWAY_API, io.fabric8.kubernetes.api.model.gatewayapi.v1.Gateway.class);
        add(gw, List.of("v1beta1"), "Gateway", Mesh.GATEWAY_API, io.fabric8.kubernetes.api.model.gatewayapi.v1beta1.Gateway.class);
        add(gw, List.of("v1"), "GatewayClass", Mesh.GATEWAY_API, io.fabric8.kubernetes.api.model.gatewayapi.v1.GatewayClass.class);
        add(gw, List.of("v1beta1"), "ReferenceGrant", Mesh.GATEWAY_API, io.fabric8.kubernetes.api.model.gatewayapi.v1beta1.ReferenceGrant.class);

        add("", List.of("v1"), "Service", Mesh.KUBERNETES, io.fabric8.kubernetes.api.model.Service.class);
        add("", List.of("v1"), "Namespace", Mesh.KUBERNETES, io.fabric8.kubernetes.api.model.Namespace.class);
        add("", List.of("v1"), "ServiceAccount", Mesh.KUBERNETES, io.fabric8.kubernetes.api.model.ServiceAccount.class);
        add("", List.of("v1"), "Pod", Mesh.KUBERNETES, io.fabric8.kubernetes.api.model.Pod.class);
        add("apps", List.of("v1"), "Deployment", Mesh.KUBERNETES, io.fabric8.kubernetes.api.model.apps.Deployment.class);
        add("apps", List.of("v1"), "StatefulSet", Mesh.KUBERNETES, io.fabric8.kubernetes.api.model.apps.StatefulSet.class);
        add("apps", List.of("v1"), "DaemonSet", Mesh.KUBERNETES, io.fabric8.kubernetes.api.model.apps.DaemonSet.class);
    }

    private void istio(String group, List<String> versions, String kind, Class<?> cls) {
        add(group, versions, kind, Mesh.ISTIO, cls);
    }

    private void add(String group, List<String> versions, String kind, Mesh mesh, Class<?> cls) {
        for (String v : versions) {
            String apiVersion = group.isEmpty() ? v : group + "/" + v;
            byApiVersionAndKind.put(apiVersion + " " + kind, new KindInfo(group, kind, mesh, cls));
        }
    }

    /** Every model class of a kind meshport reads, Linkerd's included, sorted by name. */
    public List<Class<?>> modelClasses() {
        java.util.TreeMap<String, Class<?>> byName = new java.util.TreeMap<>();
        byApiVersionAndKind.values().forEach(k -> byName.put(k.modelClass().getName(), k.modelClass()));
        LinkerdKinds.kinds().forEach(k -> byName.put(k.type().getName(), k.type()));
        return List.copyOf(byName.values());
    }

    /** The kind, when meshport models this apiVersion and kind. */
    public Optional<KindInfo> lookup(String apiVersion, String kind) {
        KindInfo known = byApiVersionAndKind.get(apiVersion + " " + kind);
        if (known != null) {
            return Optional.of(known);
        }
        return LinkerdKinds.classFor(apiVersion, kind)
                .map(cls -> new KindInfo(ResourceId.groupOf(apiVersion), kind, Mesh.LINKERD, cls));
    }

    /** The family of a group that meshport reads, if any: documents of such a group must be of a known kind. */
    public Optional<Mesh> meshOfGroup(String group) {
        if (ISTIO_GROUPS.contains(group)) {
            return Optional.of(Mesh.ISTIO);
        }
        if (GATEWAY_API_GROUPS.contains(group)) {
            return Optional.of(Mesh.GATEWAY_API);
        }
        if (LinkerdKinds.groups().contains(group)) {
            return Optional.of(Mesh.LINKERD);
        }
        return Optional.empty();
    }
}
