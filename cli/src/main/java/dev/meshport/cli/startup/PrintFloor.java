package dev.meshport.cli.startup;

/**
 * A start-up floor: the cost of a JVM that only prints. Shipped in the jar so that it runs with the launcher's own
 * flags and archive ({@code MESHPORT_MAIN=dev.meshport.cli.startup.PrintFloor bin/meshport}); see docs/performance.md.
 */
public final class PrintFloor {

    private PrintFloor() {}

    public static void main(String[] args) {
        System.out.println("hello");
    }
}
