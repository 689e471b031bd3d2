package dev.meshport.validator.istio;

import com.fasterxml.jackson.databind.JsonNode;
import dev.meshport.model.FieldPath;
import dev.meshport.model.Manifest;
import dev.meshport.model.kinds.Mesh;
import dev.meshport.validator.LintContext;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Facts the Istio rules share: namespaces, host names as Istio resolves them, and the workloads (pod labels) the
 * inputs describe. Pure functions of the inputs; nothing is cached between runs.
 */
public final class MeshFacts {

    /** Istio's default root namespace (meshConfig.rootNamespace): mesh-wide policies live there. */
    public static final String ROOT_NAMESPACE = "istio-system";
    static final String DEFAULT_NAMESPACE = "default";
    private static final String CLUSTER_SUFFIX = ".svc.cluster.local";

    private MeshFacts() {}

    /**
     * True when Istio plausibly manages the namespace of {@code m}, so that Istio's rules on plain Kubernetes objects
     * (port names, proxy UID) apply: the inputs hold an Istio resource in that namespace or in the root namespace, or
     * the Namespace carries an Istio injection or dataplane label. A Linkerd-only repository gets no Istio advice.
     */
    public static boolean istioManages(LintContext context, Manifest m) {
        String ns = namespace(m);
        for (Manifest other : context.manifests().all()) {
            if (other.mesh() == dev.meshport.model.kinds.Mesh.ISTIO) {
                String otherNs = namespace(other);
                if (otherNs.equals(ns) || otherNs.equals(ROOT_NAMESPACE)) {
                    return true;
                }
            }
            if (other.kind().equals("Namespace") && other.id().name() != null && other.id().name().equals(ns)) {
                com.fasterxml.jackson.databind.JsonNode labels = other.tree().path("metadata").path("labels");
                if (labels.has("istio-injection") || labels.has("istio.io/rev") || labels.has("istio.io/dataplane-mode")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The namespaces the inputs show: Namespace manifests and the namespace of every resource. */
    public static Set<String> knownNamespaces(LintContext context) {
        Set<String> out = new HashSet<>();
        for (Manifest m : context.manifests().all()) {
            out.add(m.kind().equals("Namespace") ? m.id().name() : namespace(m));
        }
        return out;
    }

    public static List<Manifest> istio(LintContext context, String kind) {
        return context.manifests().ofKind(Mesh.ISTIO, kind);
    }

    public static String namespace(Manifest m) {
        return m.id().namespaceOr(DEFAULT_NAMESPACE);
    }

    /**
     * The FQDN Istio makes of a host written in a resource of {@code namespace}: a short name is a Service of that
     * namespace (pilot/pkg/model ResolveShortnameToFQDN); names with a dot and wildcards are kept.
     */
    public static String fqdn(String host, String namespace) {
        if (host.isEmpty() || host.contains(".") || host.startsWith("*")) {
            return host;
        }
        return host + "." + namespace + CLUSTER_SUFFIX;
    }

    /** True when two hosts, either of which may be a wildcard ({@code *.example.com}, {@code *}), overlap. */
    public static boolean overlap(String a, String b) {
        return matches(a, b) || matches(b, a);
    }

    /** True when {@code pattern} (possibly a wildcard) covers {@code host} (pkg/config/host Name.Matches). */
    public static boolean matches(String pattern, String host) {
        if (pattern.equals(host) || pattern.equals("*")) {
            return true;
        }
        if (pattern.startsWith("*")) {
            String suffix = pattern.substring(1);
            return host.startsWith("*") ? host.substring(1).endsWith(suffix) : host.endsWith(suffix);
        }
        return false;
    }

    /** RFC 1123 label, as Kubernetes names and Istio subset names must be (pkg/config/labels IsDNS1123Label). */
    public static boolean isDns1123Label(String s) {
        return s.length() <= 63 && s.matches("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
    }

    /** True when the VirtualService applies to sidecars: no gateways, or the reserved gateway name "mesh". */
    public static boolean appliesToMesh(Manifest virtualService) {
        JsonNode gateways = virtualService.at(FieldPath.parse("spec.gateways"));
        if (!gateways.isArray() || gateways.isEmpty()) {
            return true;
        }
        for (JsonNode g : gateways) {
            if (g.asText().equals("mesh")) {
                return true;
            }
        }
        return false;
    }

    /** Labels of a map node as written. */
    public static Map<String, String> labels(JsonNode map) {
        Map<String, String> out = new TreeMap<>();
        if (map != null && map.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = map.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                out.put(e.getKey(), e.getValue().asText());
            }
        }
        return out;
    }

    /** True when every label of {@code selector} is among {@code labels}. */
    public static boolean selects(Map<String, String> selector, Map<String, String> labels) {
        return labels.entrySet().containsAll(selector.entrySet());
    }
}
