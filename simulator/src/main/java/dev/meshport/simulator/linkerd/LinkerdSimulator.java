package dev.meshport.simulator.linkerd;

import dev.meshport.simulator.AuthorizationResult;
import dev.meshport.simulator.Backend;
import dev.meshport.simulator.MeshSimulator;
import dev.meshport.simulator.Request;
import dev.meshport.simulator.RouteResult;
import dev.meshport.simulator.support.Context;
import java.util.List;

/**
 * Linkerd's handling of one request: outbound routing in the client's proxy, then inbound policy in the proxy of the
 * backend that gets the largest share.
 */
public final class LinkerdSimulator extends MeshSimulator<LinkerdSimulator.Options> {

    /**
     * Cluster DNS domain, identity trust domain, control-plane namespace, the cluster-wide default inbound policy
     * (Helm {@code proxy.defaultInboundPolicy}, default all-unauthenticated) and the cluster networks (Helm
     * {@code clusterNetworks}, default below).
     */
    public record Options(String clusterDomain, String trustDomain, String controlPlaneNamespace, String defaultInboundPolicy,
                          List<String> clusterNetworks) {
        public static final Options DEFAULTS = new Options("cluster.local", "cluster.local", "linkerd", "all-unauthenticated",
                List.of("10.0.0.0/8", "100.64.0.0/10", "172.16.0.0/12", "192.168.0.0/16", "fd00::/8"));
    }

    public LinkerdSimulator() {
        this(Options.DEFAULTS);
    }

    public LinkerdSimulator(Options options) {
        super(options);
    }

    @Override
    public String mesh() {
        return "linkerd";
    }

    @Override
    protected RouteResult route(Context<Options> context, Request request) {
        if (request.caller().gateway() != null) {
            context.notes().add("Linkerd has no ingress gateway: the request is simulated from the caller's own proxy");
        }
        return new LinkerdRouting(context).route(request);
    }

    @Override
    protected AuthorizationResult authorize(Context<Options> context, Backend backend, Request request) {
        return new LinkerdAuthorization(context).authorize(backend, request);
    }
}
