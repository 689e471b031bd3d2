package dev.meshport.simulator;

/** Retries as the mesh applies them: attempts (after the first try; null when a retry budget bounds them instead), per-try timeout, and the conditions. */
public record Retries(Integer attempts, String perTryTimeout, String on) {}
