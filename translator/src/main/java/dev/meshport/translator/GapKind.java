package dev.meshport.translator;

import dev.meshport.model.Equivalence;
import dev.meshport.model.Severity;

/**
 * One kind of translation gap, as catalog metadata: a stable id, the feature it is about, how much of it the target
 * mesh keeps, the target versions it applies to, what to do, and why. Each direction declares its kinds once, as the
 * constants of one enum that implements this interface; reports, {@code meshport rules} and {@code explain} read
 * them from there.
 */
public interface GapKind {

    /** Stable id, such as {@code istio-vs-fault-delay}; never reused for another meaning. */
    String id();

    /** The source feature, in a few words ("fault injection (delay)"). */
    String feature();

    Equivalence equivalence();

    /**
     * How the report grades it: by default from the equivalence (none → error, partial → warning); a behaviour change
     * that needs no action is an info.
     */
    default Severity severity() {
        return equivalence().defaultSeverity();
    }

    /** The target versions the statement holds for, such as {@code ">=2.18"}. */
    String versions();

    /** What the user should do about it. */
    String suggestion();

    /** Why, with the upstream source of the semantic fact. */
    String docs();

    /** The mesh whose feature this is: the source of the translation ("istio" or "linkerd"). */
    default String sourceMesh() {
        return "istio";
    }

    /** The feature-map row(s) this kind covers (reference/feature-map.md), such as {@code V36}. */
    String featureRow();
}
