package dev.meshport.samples.differential;

import static dev.meshport.samples.differential.InvolvedGaps.contains;
import static dev.meshport.samples.differential.InvolvedGaps.find;
import static dev.meshport.samples.differential.InvolvedGaps.labels;

import com.fasterxml.jackson.databind.JsonNode;
import dev.meshport.model.FieldPath;
import dev.meshport.model.Gap;
import dev.meshport.model.Manifest;
import dev.meshport.model.ManifestSet;
import dev.meshport.model.ResourceId;
import dev.meshport.model.kinds.Mesh;
import java.util.Map;
import dev.meshport.simulator.Backend;
import dev.meshport.simulator.Decision;
import dev.meshport.simulator.Request;
import dev.meshport.simulator.Simulator;
import dev.meshport.simulator.Source;
import dev.meshport.simulator.istio.IstioSimulator;
import dev.meshport.simulator.linkerd.LinkerdSimulator;
import dev.meshport.translator.TranslationOptions;
import dev.meshport.translator.TranslationResult;
import dev.meshport.translator.tolinkerd.IstioToLinkerd;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Istio → Linkerd under differential test, with the rule that decides which gaps concern a request.
 *
 * <p>A gap (partial or none) concerns a request when it is reported on a source field that could have handled it:
 * <ul>
 *   <li>in the VirtualService that routed the request (Istio's decision names it), the VirtualService-wide fields and
 *   the http entries up to and including the one that matched — all of them when none matched — and every later entry
 *   whose match also accepts the request (it could win under Linkerd's most-specific-match order: that is what
 *   {@code istio-vs-match-order}, reported on the later entry, is about);</li>
 *   <li>every AuthorizationPolicy that selects the server workload Istio evaluated (its namespace or the root
 *   namespace, selector empty or matching the pod labels);</li>
 *   <li>the server workload's Deployment, its Namespace and the Service the request reached.</li>
 * </ul>
 * DestinationRule gaps are not counted: {@code istio-vs-subset} (partial: subset traffic policies, metrics and the
 * Service name change) is reported on every subset, and the pods a subset reaches are compared directly. Gaps of the
 * kinds in {@link #NOT_ABOUT_DECISIONS} are not counted either: they describe retries, which are not compared.
 */
final class IstioToLinkerdPair implements MeshPair {

    /** Gap kinds about retries only; {@link Differential} does not compare retries. */
    static final Set<String> NOT_ABOUT_DECISIONS = Set.of("istio-default-retries");

    private static final Pattern ENTRY = Pattern.compile("spec\\.http\\[(\\d+)]");

    private final Simulator istio = new IstioSimulator();
    private final Simulator linkerd = new LinkerdSimulator();

    @Override
    public String name() {
        return "istio→linkerd";
    }

    @Override
    public Simulator source() {
        return istio;
    }

    @Override
    public Simulator target() {
        return linkerd;
    }

    @Override
    public TranslationResult translate(ManifestSet sourceManifests) {
        return IstioToLinkerd.translator().translate(sourceManifests, TranslationOptions.defaults());
    }

    @Override
    public List<Gap> gapsInvolved(ManifestSet sourceManifests, TranslationResult result, Decision decision) {
        return InvolvedGaps.select(result, NOT_ABOUT_DECISIONS, involved(sourceManifests, decision)::concerns);
    }

    /**
     * True when an http entry after the one Istio chose also accepts the request: the first-match-order conflicts
     * under which the recorded translator bugs fall (DifferentialRegressionTest).
     */
    static boolean laterEntryAlsoMatches(ManifestSet manifests, Decision decision) {
        Source matched = decision.route().matched();
        if (matched == null || !matched.kind().equals("VirtualService")) {
            return false;
        }
        Matcher m = ENTRY.matcher(matched.field());
        if (!m.lookingAt()) {
            return false;
        }
        JsonNode http = find(manifests, "VirtualService", matched.namespace(), matched.name()).tree().path("spec").path("http");
        for (int i = Integer.parseInt(m.group(1)) + 1; i < http.size(); i++) {
            if (couldMatch(http.get(i), decision.request())) {
                return true;
            }
        }
        return false;
    }

    /** The source resources (and, for the VirtualService, the http entries) that could have handled the request. */
    private record Involved(Manifest virtualService, Set<Integer> entries, List<ResourceId> resources) {
        boolean concerns(ResourceId resource, FieldPath field) {
            if (virtualService != null && resource.equals(virtualService.id())) {
                Matcher m = ENTRY.matcher(field.toString());
                return !m.lookingAt() || entries.contains(Integer.valueOf(m.group(1)));
            }
            return resources.contains(resource);
        }
    }

    private Involved involved(ManifestSet manifests, Decision decision) {
        Manifest vs = null;
        Set<Integer> entries = new java.util.TreeSet<>();
        Source matched = decision.route().matched();
        if (matched != null && matched.kind().equals("VirtualService")) {
            vs = find(manifests, "VirtualService", matched.namespace(), matched.name());
            JsonNode http = vs.tree().path("spec").path("http");
            Matcher m = ENTRY.matcher(matched.field());
            int first = m.lookingAt() ? Integer.parseInt(m.group(1)) : http.size() - 1;
            for (int i = 0; i < http.size(); i++) {
                if (i <= first || couldMatch(http.get(i), decision.request())) {
                    entries.add(i);
                }
            }
        }
        List<ResourceId> resources = new ArrayList<>();
        Backend backend = decision.route().primaryBackend();
        if (backend != null && backend.namespace() != null && decision.authorization() != null) {
            Map<String, String> podLabels = backend.labels();
            String workload = decision.authorization().workload();
            for (Manifest d : manifests.inNamespace("Deployment", backend.namespace(), "default")) {
                if (workload.equals("Deployment " + backend.namespace() + "/" + d.id().name())) {
                    podLabels = labels(d.tree().path("spec").path("template").path("metadata").path("labels"));
                    resources.add(d.id());
                }
            }
            for (Manifest p : manifests.ofKind(Mesh.ISTIO, "AuthorizationPolicy")) {
                String ns = p.id().namespaceOr("default");
                JsonNode selector = p.tree().path("spec").path("selector").path("matchLabels");
                if ((ns.equals(backend.namespace()) || ns.equals(IstioToLinkerd.ROOT_NAMESPACE)) && contains(podLabels, labels(selector))) {
                    resources.add(p.id());
                }
            }
            Manifest service = find(manifests, "Service", backend.namespace(), backend.service());
            if (service != null) {
                resources.add(service.id());
            }
            Manifest namespace = find(manifests, "Namespace", null, backend.namespace());
            if (namespace != null) {
                resources.add(namespace.id());
            }
        }
        return new Involved(vs, entries, resources);
    }

    /**
     * Whether an http entry's match accepts the request, for the conditions the generator writes (uri, method and
     * headers, each exact, prefix or regex: virtual_service.proto HTTPMatchRequest and StringMatch). An entry with any
     * other condition counts as matching, which can only count more gaps.
     */
    static boolean couldMatch(JsonNode entry, Request request) {
        JsonNode matches = entry.path("match");
        if (matches.isMissingNode() || matches.isEmpty()) {
            return true;
        }
        for (JsonNode match : matches) {
            boolean all = true;
            for (Iterator<Map.Entry<String, JsonNode>> it = match.fields(); it.hasNext() && all; ) {
                Map.Entry<String, JsonNode> condition = it.next();
                all = switch (condition.getKey()) {
                    case "uri" -> stringMatches(condition.getValue(), request.path());
                    case "method" -> stringMatches(condition.getValue(), request.method());
                    case "headers" -> headersMatch(condition.getValue(), request);
                    default -> true;
                };
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    private static boolean headersMatch(JsonNode headers, Request request) {
        for (Iterator<Map.Entry<String, JsonNode>> it = headers.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> h = it.next();
            if (!stringMatches(h.getValue(), request.headers().get(h.getKey().toLowerCase(Locale.ROOT)))) {
                return false;
            }
        }
        return true;
    }

    private static boolean stringMatches(JsonNode match, String value) {
        if (value == null) {
            return false;
        }
        if (match.has("exact")) {
            return match.path("exact").asText().equals(value);
        }
        if (match.has("prefix")) {
            return value.startsWith(match.path("prefix").asText());
        }
        // The generated patterns mean the same in RE2 and java.util.regex.
        return !match.has("regex") || Pattern.compile(match.path("regex").asText()).matcher(value).matches();
    }
}
