package dev.meshport.simulator;

import java.util.Map;
import java.util.TreeMap;

/**
 * Where a share of the traffic goes: the Service (and Istio subset), the labels of the pods it reaches (Service
 * selector plus subset labels), the port, and the percentage of requests (the backends of a route add up to 100).
 */
public record Backend(String service, String namespace, String subset, Map<String, String> labels, Integer port, double weight) {

    public Backend {
        labels = labels == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(labels));
    }
}
