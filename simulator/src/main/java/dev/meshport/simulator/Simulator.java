package dev.meshport.simulator;

import dev.meshport.model.ManifestSet;

/** One mesh's request handling as a pure function of its configuration and a request. */
public interface Simulator {

    /** The mesh's name: {@code istio} or {@code linkerd}. */
    String mesh();

    Decision simulate(ManifestSet manifests, Request request);
}
