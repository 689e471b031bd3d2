package dev.meshport.simulator.istio;

/**
 * Host names in Istio configuration. Source: istio/api {@code virtual_service.proto} {@code hosts}: "short names
 * (e.g. "reviews" instead of "reviews.default.svc.cluster.local") are interpreted relative to the namespace of the
 * rule"; istio {@code pkg/config/host/name.go} (Name.Matches): a leading {@code *} matches any suffix, {@code *} alone
 * everything. Istio expands only names without a dot ({@code pilot/pkg/model} ResolveShortnameToFQDN): a host like
 * {@code reviews.bookinfo} is taken literally and does not select the Service.
 */
final class IstioHosts {

    private IstioHosts() {}

    static String resolve(String host, String namespace, String clusterDomain) {
        if (host.equals("*") || host.contains(".")) {
            return host;
        }
        return host + "." + namespace + ".svc." + clusterDomain;
    }

    /** True when the configured host (possibly a wildcard) covers {@code name}. */
    static boolean matches(String configured, String name) {
        if (configured.equals("*")) {
            return true;
        }
        if (configured.startsWith("*")) {
            return name.endsWith(configured.substring(1));
        }
        return configured.equalsIgnoreCase(name);
    }
}
