package dev.meshport.simulator.istio;

import dev.meshport.simulator.AuthorizationResult;
import dev.meshport.simulator.Backend;
import dev.meshport.simulator.MeshSimulator;
import dev.meshport.simulator.Request;
import dev.meshport.simulator.RouteResult;
import dev.meshport.simulator.support.Context;

/**
 * Istio's handling of one request by sidecars (or an ingress Gateway, when the caller says so): VirtualService routing
 * at the client, then authorization at the server sidecar of the backend that gets the largest share.
 */
public final class IstioSimulator extends MeshSimulator<IstioSimulator.Options> {

    /** The cluster's DNS domain, Istio's root namespace and trust domain. */
    public record Options(String clusterDomain, String rootNamespace, String trustDomain) {
        public static final Options DEFAULTS = new Options("cluster.local", "istio-system", "cluster.local");
    }

    public IstioSimulator() {
        this(Options.DEFAULTS);
    }

    public IstioSimulator(Options options) {
        super(options);
    }

    @Override
    public String mesh() {
        return "istio";
    }

    @Override
    protected RouteResult route(Context<Options> context, Request request) {
        return new IstioRouting(context).route(request);
    }

    @Override
    protected AuthorizationResult authorize(Context<Options> context, Backend backend, Request request) {
        return new IstioAuthorization(context).authorize(backend, request);
    }
}
