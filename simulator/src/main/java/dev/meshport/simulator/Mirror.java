package dev.meshport.simulator;

/** A copy of the request sent to another destination, for this percentage of requests. */
public record Mirror(String service, String namespace, String subset, double percent) {}
