package dev.meshport.simulator;

import java.util.List;

/**
 * What authorization decided at the server: allow or deny, the HTTP status a denied request gets (403, 404 for an
 * inbound route miss, null when the connection itself is refused or the request is allowed), the reason in one
 * sentence, the policy that decided (null for a default), the workload and port that were evaluated, and the steps
 * taken, in order.
 */
public record AuthorizationResult(Verdict decision, Integer status, String reason, Source policy, String workload,
                                  Integer port, List<String> steps) {

    public AuthorizationResult {
        steps = List.copyOf(steps);
    }
}
