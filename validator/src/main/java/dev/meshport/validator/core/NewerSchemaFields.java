package dev.meshport.validator.core;

import dev.meshport.model.FieldPath;
import dev.meshport.model.Manifest;
import java.util.Map;
import java.util.Set;

/**
 * Fields that the served CRDs have but the fabric8 model (7.5.2) does not, so the model reports them as unknown.
 * Istio 1.32's crd-all.gen.yaml adds {@code source.trustDomains} and {@code notTrustDomains} to AuthorizationPolicy.
 * Patterns write {@code [*]} for list items; IstioNewerSchemaFieldsTest checks each against the CRD file.
 */
public final class NewerSchemaFields {

    /** Field patterns by kind. */
    public static final Map<String, Set<String>> BY_KIND = Map.of(
            "AuthorizationPolicy", Set.of("spec.rules[*].from[*].source.trustDomains",
                    "spec.rules[*].from[*].source.notTrustDomains"));

    private NewerSchemaFields() {}

    /** True when {@code field} of {@code m} (or a field inside it) is one the model lacks but the schema has. */
    public static boolean isKnown(Manifest m, FieldPath field) {
        Set<String> patterns = BY_KIND.get(m.kind());
        if (patterns == null) {
            return false;
        }
        String wildcarded = field.toString().replaceAll("\\[\\d+]", "[*]");
        for (String p : patterns) {
            if (wildcarded.equals(p) || wildcarded.startsWith(p + ".") || wildcarded.startsWith(p + "[")) {
                return true;
            }
        }
        return false;
    }
}
