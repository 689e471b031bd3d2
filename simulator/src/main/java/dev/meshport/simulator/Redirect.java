package dev.meshport.simulator;

/** An HTTP redirect answered by the proxy: where to, and the status code. */
public record Redirect(String location, int status) {}
