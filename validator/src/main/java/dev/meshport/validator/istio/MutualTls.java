package dev.meshport.validator.istio;

import dev.meshport.model.Manifest;
import dev.meshport.validator.LintContext;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Mesh-wide and namespace-wide mTLS settings, as Kiali reads them (business/checkers/destinationrules,
 * peerauthentications): a PeerAuthentication without selector in the root namespace is mesh-wide, elsewhere
 * namespace-wide; a DestinationRule for {@code *.local} in the root namespace is mesh-wide, one for
 * {@code *.<ns>.svc.cluster.local} namespace-wide.
 */
public final class MutualTls {

    private MutualTls() {}

    /**
     * The mTLS mode of the selector-less PeerAuthentication of each namespace of the inputs ("UNSET" when it names
     * none); the first one of a namespace wins.
     */
    public static Map<String, String> peerModes(LintContext context) {
        Map<String, String> out = new HashMap<>();
        for (Manifest pa : MeshFacts.istio(context, "PeerAuthentication")) {
            if (!Fields.at(pa, "spec.selector").present()) {
                String mode = Fields.at(pa, "spec.mtls.mode").text();
                out.putIfAbsent(MeshFacts.namespace(pa), mode.isEmpty() ? "UNSET" : mode);
            }
        }
        return out;
    }

    /** True for a DestinationRule host meaning every service of the mesh. */
    public static boolean isMeshWide(Manifest dr) {
        String host = Fields.at(dr, "spec.host").text();
        return MeshFacts.namespace(dr).equals(MeshFacts.ROOT_NAMESPACE)
                && (host.equals("*") || host.equals("*.local") || host.equals("*.cluster.local") || host.equals("*.svc.cluster.local"));
    }

    /** The namespace a DestinationRule host covers entirely ({@code *.ns.svc.cluster.local}), if it does. */
    public static Optional<String> namespaceWide(Manifest dr) {
        String host = Fields.at(dr, "spec.host").text();
        if (host.startsWith("*.") && host.endsWith(".svc.cluster.local")) {
            String ns = host.substring(2, host.length() - ".svc.cluster.local".length());
            return ns.isEmpty() || ns.contains(".") ? Optional.empty() : Optional.of(ns);
        }
        return Optional.empty();
    }

    /** The namespace of the service a host names, when it is a cluster service. */
    public static Optional<String> serviceNamespace(String host, String namespace) {
        String fqdn = MeshFacts.fqdn(host, namespace);
        String suffix = ".svc.cluster.local";
        if (!fqdn.endsWith(suffix)) {
            return Optional.empty();
        }
        String[] parts = fqdn.substring(0, fqdn.length() - suffix.length()).split("[.]");
        return parts.length == 2 ? Optional.of(parts[1]) : Optional.empty();
    }
}
