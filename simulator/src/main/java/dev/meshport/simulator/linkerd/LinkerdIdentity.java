package dev.meshport.simulator.linkerd;

/**
 * Linkerd proxy identities. Source: linkerd2 {@code policy-controller/k8s/index/src/cluster_info.rs}
 * (service_account_identity: {@code <sa>.<ns>.serviceaccount.identity.<control-plane-ns>.<trust-domain>}, ServiceAccount
 * first, then namespace; namespace_identity: {@code *.<ns>.serviceaccount.identity.…}). Matching: {@code *} is any
 * authenticated identity, {@code *.suffix} a suffix match on whole labels, anything else exact
 * ({@code policy-controller/core/src/identity_match.rs}).
 */
final class LinkerdIdentity {

    private LinkerdIdentity() {}

    static String of(String namespace, String serviceAccount, String controlPlaneNamespace, String trustDomain) {
        return serviceAccount + "." + namespace + ".serviceaccount.identity." + controlPlaneNamespace + "." + trustDomain;
    }

    static boolean matches(String pattern, String identity) {
        if (identity == null) {
            return false;
        }
        if (pattern.equals("*")) {
            return true;
        }
        if (pattern.startsWith("*.")) {
            return identity.endsWith(pattern.substring(1));
        }
        return pattern.equals(identity);
    }
}
