package dev.meshport.simulator.linkerd;

import dev.meshport.model.ManifestSet;
import dev.meshport.simulator.AuthorizationResult;
import dev.meshport.simulator.Backend;
import dev.meshport.simulator.Decision;
import dev.meshport.simulator.Request;
import dev.meshport.simulator.RouteResult;
import dev.meshport.simulator.Simulator;
import dev.meshport.simulator.support.Notes;
import dev.meshport.simulator.support.Workloads;
import java.util.List;

/**
 * Linkerd's handling of one request: outbound routing in the client's proxy, then inbound policy in the proxy of the
 * backend that gets the largest share.
 */
public final class LinkerdSimulator implements Simulator {

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

    private final Options options;

    public LinkerdSimulator() {
        this(Options.DEFAULTS);
    }

    public LinkerdSimulator(Options options) {
        this.options = options;
    }

    @Override
    public String mesh() {
        return "linkerd";
    }

    @Override
    public Decision simulate(ManifestSet manifests, Request request) {
        Notes notes = new Notes();
        Workloads workloads = new Workloads(manifests);
        if (request.caller().authenticated()
                && !Workloads.knowsServiceAccount(manifests, request.caller().namespace(), request.caller().serviceAccount())) {
            notes.add("ServiceAccount " + request.caller().namespace() + "/" + request.caller().serviceAccount()
                    + " is not in the inputs (its namespace has others): check --from");
        }
        if (request.caller().gateway() != null) {
            notes.add("Linkerd has no ingress gateway: the request is simulated from the caller's own proxy");
        }
        RouteResult route = new LinkerdRouting(manifests, workloads, options, notes).route(request);
        AuthorizationResult authorization = null;
        Backend primary = route.primaryBackend();
        if (primary != null && route.status() == null) {
            authorization = new LinkerdAuthorization(manifests, workloads, options, notes).authorize(primary, request);
        }
        return new Decision(mesh(), request, route, authorization, notes.list());
    }
}
