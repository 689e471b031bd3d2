package dev.meshport.model;

import java.util.Comparator;

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
}
