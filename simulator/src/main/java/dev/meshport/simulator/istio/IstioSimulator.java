package dev.meshport.simulator.istio;

import dev.meshport.model.ManifestSet;
import dev.meshport.simulator.AuthorizationResult;
import dev.meshport.simulator.Backend;
import dev.meshport.simulator.Decision;
import dev.meshport.simulator.Request;
import dev.meshport.simulator.RouteResult;
import dev.meshport.simulator.Simulator;
import dev.meshport.simulator.support.Notes;
import dev.meshport.simulator.support.Workloads;

/**
 * Istio's handling of one request by sidecars (or an ingress Gateway, when the caller says so): VirtualService routing
 * at the client, then authorization at the server sidecar of the backend that gets the largest share.
 */
public final class IstioSimulator implements Simulator {

    /** The cluster's DNS domain, Istio's root namespace and trust domain. */
    public record Options(String clusterDomain, String rootNamespace, String trustDomain) {
        public static final Options DEFAULTS = new Options("cluster.local", "istio-system", "cluster.local");
    }

    private final Options options;

    public IstioSimulator() {
        this(Options.DEFAULTS);
    }

    public IstioSimulator(Options options) {
        this.options = options;
    }

    @Override
    public String mesh() {
        return "istio";
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
        RouteResult route = new IstioRouting(manifests, workloads, options, notes).route(request);
        AuthorizationResult authorization = null;
        Backend primary = route.primaryBackend();
        if (primary != null && route.status() == null) {
            authorization = new IstioAuthorization(manifests, workloads, options, notes).authorize(primary, request);
        }
        return new Decision(mesh(), request, route, authorization, notes.list());
    }
}
