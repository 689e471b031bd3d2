package dev.meshport.simulator;

/**
 * Who sends the request. {@code namespace}/{@code serviceAccount} name a meshed workload (its mTLS identity); both null
 * means a client without a mesh identity. {@code ip} is the client's address when known (Linkerd
 * NetworkAuthentication, Istio ipBlocks); {@code gateway} ("namespace/name") says the request enters through that
 * Istio Gateway rather than a sidecar (the VirtualService {@code gateways} scope).
 */
public record Caller(String namespace, String serviceAccount, String ip, String gateway) {

    public static Caller unauthenticated() {
        return new Caller(null, null, null, null);
    }

    public static Caller of(String namespace, String serviceAccount) {
        return new Caller(namespace, serviceAccount, null, null);
    }

    /** Parses {@code NS/SA}, as {@code --from} takes it. */
    public static Caller parse(String namespaceSlashAccount) {
        int slash = namespaceSlashAccount.indexOf('/');
        if (slash <= 0 || slash == namespaceSlashAccount.length() - 1 || namespaceSlashAccount.indexOf('/', slash + 1) >= 0) {
            throw new IllegalArgumentException("expected NAMESPACE/SERVICEACCOUNT, got '" + namespaceSlashAccount + "'");
        }
        return of(namespaceSlashAccount.substring(0, slash), namespaceSlashAccount.substring(slash + 1));
    }

    public Caller withIp(String address) {
        return new Caller(namespace, serviceAccount, address, gateway);
    }

    public Caller viaGateway(String namespaceSlashName) {
        return new Caller(namespace, serviceAccount, ip, namespaceSlashName);
    }

    /** True when the caller has a mesh identity (a ServiceAccount). */
    public boolean authenticated() {
        return serviceAccount != null;
    }
}
