package dev.meshport.simulator;

import java.util.List;

/**
 * What routing did: the rule that matched ({@code matched}, null when the request goes to the Service itself), the
 * backends with their weights, and the rule's timeout, retries, redirect, fault and mirror. {@code status} is set when
 * the proxy answers the request itself (404 for no matching route, 500 when every backend has weight 0, a redirect's
 * code); {@code explanation} says why in one sentence.
 */
public record RouteResult(Source matched, String routeName, List<Backend> backends, String timeout, Retries retries,
                          Redirect redirect, Fault fault, Mirror mirror, Integer status, String explanation) {

    public RouteResult {
        backends = List.copyOf(backends);
    }

    public static RouteResult answered(Source matched, int status, String explanation) {
        return new RouteResult(matched, null, List.of(), null, null, null, null, null, status, explanation);
    }

    /** The backend with the largest share (the first on a tie), or null when the proxy answers itself. */
    public Backend primaryBackend() {
        Backend best = null;
        for (Backend b : backends) {
            if (best == null || b.weight() > best.weight()) {
                best = b;
            }
        }
        return best;
    }
}
