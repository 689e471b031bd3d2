package dev.meshport.model.load;

/**
 * Limits that keep hostile input from exhausting the machine: a "billion laughs" file of nested aliases is refused
 * when it is composed, long before it is expanded.
 *
 * @param maxFileCodePoints largest file (or stdin), in code points
 * @param maxAliases        aliases to collections per file (SnakeYAML counts them while composing)
 * @param maxNodesPerDocument nodes one document may expand to, aliases included
 * @param maxDepth          nesting depth of collections
 */
public record LoadLimits(int maxFileCodePoints, int maxAliases, int maxNodesPerDocument, int maxDepth) {

    public static final LoadLimits DEFAULT = new LoadLimits(64 * 1024 * 1024, 50, 250_000, 100);
}
