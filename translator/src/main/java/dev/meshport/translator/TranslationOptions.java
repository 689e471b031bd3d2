package dev.meshport.translator;

import java.util.Objects;

/**
 * What a translation needs to know that the manifests do not say: the identity trust domain, the namespace of the
 * target control plane, and the target version (shapes that differ by version follow it).
 */
public record TranslationOptions(String trustDomain, String linkerdNamespace, String linkerdVersion) {

    public static final String DEFAULT_TRUST_DOMAIN = "cluster.local";
    public static final String DEFAULT_LINKERD_NAMESPACE = "linkerd";
    public static final String DEFAULT_LINKERD_VERSION = "2.18";

    public TranslationOptions {
        Objects.requireNonNull(trustDomain);
        Objects.requireNonNull(linkerdNamespace);
        Objects.requireNonNull(linkerdVersion);
    }

    public static TranslationOptions defaults() {
        return new TranslationOptions(DEFAULT_TRUST_DOMAIN, DEFAULT_LINKERD_NAMESPACE, DEFAULT_LINKERD_VERSION);
    }

    /** The target's minor version (2.18 → 18), for version-dependent shapes. */
    public int linkerdMinor() {
        String[] parts = linkerdVersion.split("\\.");
        try {
            return parts.length > 1 ? Integer.parseInt(parts[1]) : 18;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bad Linkerd version '" + linkerdVersion + "' (expected like 2.18)", e);
        }
    }
}
