package dev.meshport.model;

import java.util.Comparator;

/**
 * The order in which Linkerd's policy controller ranks resources that compete (overlapping Servers, inbound routes,
 * rate-limit policies of one Server): the oldest {@code metadata.creationTimestamp} first, resources without one after
 * those with one, then by namespace and name (policy-controller {@code grpc/src/inbound/http.rs} to_route_list,
 * {@code k8s/status/src/index.rs}). Manifests written by hand rarely carry a timestamp, so callers that must know the
 * real order check {@link #timestamp} first.
 */
public final class CreationOrder {

    /** Oldest first; without a creationTimestamp last; then namespace, then name. */
    public static final Comparator<Manifest> OLDEST_FIRST = Comparator
            .<Manifest, Boolean>comparing(m -> timestamp(m).isEmpty())
            .thenComparing(CreationOrder::timestamp)
            .thenComparing(m -> m.id().namespaceOr("default"))
            .thenComparing(m -> String.valueOf(m.id().name()));

    private CreationOrder() {}

    /** The resource's creationTimestamp as written, or "" when it has none. */
    public static String timestamp(Manifest m) {
        return m.tree().path("metadata").path("creationTimestamp").asText("");
    }
}
