package dev.meshport.model.load;

/**
 * The ids of the problems that loading reports as findings. The validator gives each its catalog entry; the ids are
 * stable, like every rule id.
 */
public final class LoadProblem {
    /** YAML or JSON that cannot be parsed. */
    public static final String SYNTAX = "yaml-syntax";
    /** A mapping that repeats a key (Kubernetes rejects it; YAML parsers disagree on which value wins). */
    public static final String DUPLICATE_KEY = "yaml-duplicate-key";
    /** A document over the size, alias or depth limits. */
    public static final String LIMITS = "yaml-limits";
    /** A document that is not a Kubernetes object: no apiVersion or kind (a fragment, a values file). */
    public static final String NOT_A_MANIFEST = "not-a-manifest";
    /** A document of an Istio, Linkerd or Gateway API group whose kind or version is not served. */
    public static final String UNKNOWN_KIND = "unknown-kind";

    private LoadProblem() {}
}
