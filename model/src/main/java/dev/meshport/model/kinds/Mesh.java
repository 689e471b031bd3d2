package dev.meshport.model.kinds;

import java.util.Locale;

/** Which family a kind belongs to. Gateway API routes are read by both meshes; Kubernetes kinds give references. */
public enum Mesh {
    ISTIO, LINKERD, GATEWAY_API, KUBERNETES;

    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
