package dev.meshport.simulator;

/** Fault injection: a delay and/or an abort, each with the percentage of requests it hits (null when absent). */
public record Fault(String delay, Double delayPercent, Integer abortStatus, Double abortPercent) {}
