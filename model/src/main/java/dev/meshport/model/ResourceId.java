package dev.meshport.model;

import java.util.Comparator;
import java.util.Objects;

/**
 * Who a document is: its apiVersion, kind, namespace (null when the document does not say) and name.
 */
public record ResourceId(String apiVersion, String kind, String namespace, String name) implements Comparable<ResourceId> {

    private static final Comparator<String> NULLS_FIRST = Comparator.nullsFirst(Comparator.naturalOrder());
    private static final Comparator<ResourceId> ORDER = Comparator
            .comparing(ResourceId::kind, NULLS_FIRST)
            .thenComparing(ResourceId::namespace, NULLS_FIRST)
            .thenComparing(ResourceId::name, NULLS_FIRST)
            .thenComparing(ResourceId::apiVersion, NULLS_FIRST);

    /** The API group: the part of apiVersion before '/', or "" for the core group. */
    public String group() {
        return groupOf(apiVersion);
    }

    /** The version: the part of apiVersion after '/'. */
    public String version() {
        if (apiVersion == null) {
            return "";
        }
        int slash = apiVersion.indexOf('/');
        return slash < 0 ? apiVersion : apiVersion.substring(slash + 1);
    }

    public static String groupOf(String apiVersion) {
        if (apiVersion == null) {
            return "";
        }
        int slash = apiVersion.indexOf('/');
        return slash < 0 ? "" : apiVersion.substring(0, slash);
    }

    /** The namespace, or {@code fallback} when the document names none. */
    public String namespaceOr(String fallback) {
        return namespace == null ? fallback : namespace;
    }

    /** {@code Kind/namespace/name}, or {@code Kind/name} for a document without namespace. */
    public String display() {
        return kind + "/" + (namespace == null ? "" : namespace + "/") + name;
    }

    @Override
    public int compareTo(ResourceId o) {
        return ORDER.compare(this, o);
    }

    @Override
    public String toString() {
        return display();
    }

    /*
     * equals and hashCode written out: a record's generated ones bootstrap through ObjectMethods on first use, which
     * spins ~15 method-handle classes that no class-data archive of JDK 17 keeps (~7 ms of every lint). Same values
     * as the generated ones (hash = 31 * hash + component's hash, from 0), so no map's order changes.
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof ResourceId other && Objects.equals(apiVersion, other.apiVersion) && Objects.equals(kind, other.kind)
                && Objects.equals(namespace, other.namespace) && Objects.equals(name, other.name);
    }

    @Override
    public int hashCode() {
        int hash = Objects.hashCode(apiVersion);
        hash = 31 * hash + Objects.hashCode(kind);
        hash = 31 * hash + Objects.hashCode(namespace);
        return 31 * hash + Objects.hashCode(name);
    }
}
