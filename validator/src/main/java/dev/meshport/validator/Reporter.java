package dev.meshport.validator;

import dev.meshport.model.FieldPath;
import dev.meshport.model.Finding;
import dev.meshport.model.Manifest;

/** What a rule reports to: the rule id and severity come from its metadata. */
public interface Reporter {

    /** A finding on {@code field} of {@code manifest}. */
    void report(Manifest manifest, FieldPath field, String message);

    default void report(Manifest manifest, String field, String message) {
        report(manifest, FieldPath.parse(field), message);
    }

    /** A finding built elsewhere (loading problems); its rule id must be the reporting rule's. */
    void report(Finding finding);
}
