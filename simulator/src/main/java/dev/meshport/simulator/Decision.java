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

    /** Allowed and forwarded to at least one backend (an abort of every request forwards none). */
    public boolean delivered() {
        Fault f = route.fault();
        boolean abortsAll = f != null && f.abortStatus() != null && f.abortPercent() != null && f.abortPercent() >= 100;
        return route.status() == null && !route.backends().isEmpty() && !abortsAll
                && (authorization == null || authorization.decision() == Verdict.ALLOW);
    }
}
