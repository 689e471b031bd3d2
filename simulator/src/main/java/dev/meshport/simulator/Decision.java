package dev.meshport.simulator;

import java.util.List;

/**
 * What one mesh does with one request: routing, then authorization at the backend that gets the largest share.
 * {@code notes} name the assumptions made and what the simulator could not decide from the inputs.
 */
public record Decision(String mesh, Request request, RouteResult route, AuthorizationResult authorization, List<String> notes) {

    public Decision {
        notes = List.copyOf(notes);
    }

    /** Allowed and forwarded to at least one backend. */
    public boolean delivered() {
        return route.status() == null && !route.backends().isEmpty()
                && (authorization == null || authorization.decision() == Verdict.ALLOW);
    }
}
