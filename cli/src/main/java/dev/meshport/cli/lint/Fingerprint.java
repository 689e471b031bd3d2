package dev.meshport.cli.lint;

import dev.meshport.model.Finding;
import dev.meshport.validator.config.Glob;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Who a finding is, whatever line it moved to: rule, file, resource, field and message. Baselines match on it and
 * SARIF carries it as a partial fingerprint, so that an edit above a finding neither makes it "new" nor reopens an
 * alert dismissed in GitHub code scanning.
 */
public final class Fingerprint {

    /** The key under SARIF's partialFingerprints; the version changes only if the hashed fields change. */
    public static final String SARIF_KEY = "meshportFinding/v1";

    private Fingerprint() {}

    public static String of(Finding f) {
        return of(f.rule(), Glob.normalize(f.location().file()), resource(f), f.location().field().toString(), f.message());
    }

    static String of(String rule, String file, String resource, String field, String message) {
        // NUL separates the parts: no part can contain it, so distinct tuples never hash the same text.
        String text = String.join("\u0000", rule, file, resource == null ? "" : resource, field, message);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** The resource as {@code Kind/namespace/name}, or null for a finding outside any resource. */
    static String resource(Finding f) {
        return f.location().resource() == null ? null : f.location().resource().display();
    }
}
