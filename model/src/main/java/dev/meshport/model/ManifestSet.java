package dev.meshport.model;

import dev.meshport.model.kinds.Mesh;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Everything one run loaded: the resources in a defined order (by file, then document), the problems loading found,
 * and counts for summaries. Built once; every consumer reads the same set.
 */
public final class ManifestSet {

    private final List<Manifest> manifests;
    private final List<Finding> loadFindings;
    private final int files;
    private final int documents;
    private final int skipped;
    private final Map<ResourceId, Manifest> byId = new HashMap<>();

    public ManifestSet(List<Manifest> manifests, List<Finding> loadFindings, int files, int documents, int skipped) {
        List<Manifest> sorted = new ArrayList<>(manifests);
        Collections.sort(sorted);
        this.manifests = Collections.unmodifiableList(sorted);
        List<Finding> sortedFindings = new ArrayList<>(loadFindings);
        Collections.sort(sortedFindings);
        this.loadFindings = Collections.unmodifiableList(sortedFindings);
        this.files = files;
        this.documents = documents;
        this.skipped = skipped;
        for (Manifest m : sorted) {
            byId.putIfAbsent(m.id(), m);
        }
    }

    /** Every resource meshport reads, by file and document. */
    public List<Manifest> all() {
        return manifests;
    }

    /**
     * Binds every resource to its typed model now, in parallel; rules and translations all read the typed views,
     * so a run does this once up front on both cores instead of lazily on one.
     */
    public ManifestSet bindAll() {
        forEach(Manifest::typed);
        return this;
    }

    /**
     * Runs {@code action} on every resource: in parallel when there are enough to pay for it, in order otherwise (a
     * pre-commit run of one file must not wait for threads, nor build Jackson's deserializers twice at once).
     */
    public void forEach(java.util.function.Consumer<Manifest> action) {
        if (manifests.size() >= PARALLEL_THRESHOLD) {
            manifests.parallelStream().forEach(action);
        } else {
            manifests.forEach(action);
        }
    }

    private static final int PARALLEL_THRESHOLD = 64;

    /** Problems found while loading: syntax errors, duplicate keys, documents that are not manifests. */
    public List<Finding> loadFindings() {
        return loadFindings;
    }

    public List<Manifest> ofKind(String kind) {
        return filter(m -> m.kind().equals(kind));
    }

    public List<Manifest> ofKind(Mesh mesh, String kind) {
        return filter(m -> m.mesh() == mesh && m.kind().equals(kind));
    }

    public List<Manifest> ofMesh(Mesh mesh) {
        return filter(m -> m.mesh() == mesh);
    }

    public List<Manifest> filter(Predicate<Manifest> p) {
        List<Manifest> out = new ArrayList<>();
        for (Manifest m : manifests) {
            if (p.test(m)) {
                out.add(m);
            }
        }
        return out;
    }

    /** The first resource with this identity (a later duplicate is reported by the validator). */
    public Optional<Manifest> find(ResourceId id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Resources of a kind in a namespace; a resource without namespace counts as {@code defaultNamespace}'s. */
    public List<Manifest> inNamespace(String kind, String namespace, String defaultNamespace) {
        return filter(m -> m.kind().equals(kind) && m.id().namespaceOr(defaultNamespace).equals(namespace));
    }

    public int files() {
        return files;
    }

    /** Documents read, including those skipped and those that failed to parse. */
    public int documents() {
        return documents;
    }

    /** Documents of kinds meshport does not read (skipped silently, as the contract says). */
    public int skipped() {
        return skipped;
    }

    /**
     * How many resources of each kind, sorted by name. A kind name that two API groups use (Istio's and Linkerd's
     * AuthorizationPolicy, Gateway API's and Linkerd's HTTPRoute) is written {@code Kind (group)}.
     */
    public Map<String, Integer> countByKind() {
        Map<String, java.util.Set<String>> groups = new HashMap<>();
        for (Manifest m : manifests) {
            groups.computeIfAbsent(m.kind(), k -> new java.util.TreeSet<>()).add(m.id().group());
        }
        Map<String, Integer> counts = new TreeMap<>();
        for (Manifest m : manifests) {
            String name = groups.get(m.kind()).size() > 1
                    ? m.kind() + " (" + (m.id().group().isEmpty() ? "core" : m.id().group()) + ")" : m.kind();
            counts.merge(name, 1, Integer::sum);
        }
        return counts;
    }
}
