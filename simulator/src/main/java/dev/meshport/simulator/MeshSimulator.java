package dev.meshport.simulator;

import dev.meshport.model.ManifestSet;
import dev.meshport.simulator.support.Context;
import dev.meshport.simulator.support.Notes;
import dev.meshport.simulator.support.Workloads;

/**
 * The shape both meshes share: routing at the client, then authorization at the server of the backend with the
 * largest share (when the proxy does not answer the request itself). Subclasses give the two steps.
 */
public abstract class MeshSimulator<O> implements Simulator {

    private final O options;

    protected MeshSimulator(O options) {
        this.options = options;
    }

    protected abstract RouteResult route(Context<O> context, Request request);

    /** The server's decision for the backend, or null when its pods are outside the inputs. */
    protected abstract AuthorizationResult authorize(Context<O> context, Backend backend, Request request);

    @Override
    public final Decision simulate(ManifestSet manifests, Request request) {
        Context<O> context = new Context<>(manifests, new Workloads(manifests), options, new Notes());
        Caller caller = request.caller();
        if (caller.authenticated() && !Workloads.knowsServiceAccount(manifests, caller.namespace(), caller.serviceAccount())) {
            context.notes().add("ServiceAccount " + caller.namespace() + "/" + caller.serviceAccount()
                    + " is not in the inputs (its namespace has others): check --from");
        }
        RouteResult route = route(context, request);
        Backend primary = route.primaryBackend();
        AuthorizationResult authorization = primary != null && route.status() == null ? authorize(context, primary, request) : null;
        return new Decision(mesh(), request, route, authorization, context.notes().list());
    }
}
