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
import dev.meshport.simulator.Backend;
import dev.meshport.simulator.Decision;
import dev.meshport.simulator.Request;
import dev.meshport.simulator.Simulator;
import dev.meshport.simulator.Source;
import dev.meshport.simulator.istio.IstioSimulator;
import dev.meshport.simulator.linkerd.LinkerdSimulator;
import dev.meshport.translator.TranslationOptions;
import dev.meshport.translator.TranslationResult;
import dev.meshport.translator.toistio.LinkerdToIstio;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Linkerd → Istio under differential test, with the rule that decides which gaps concern a request.
 *
 * <p>A gap (partial or none) concerns a request when it is reported on a source field that could have handled it:
 * <ul>
 *   <li>in the HTTPRoute or GRPCRoute that routed the request (Linkerd's decision names it), the route-wide fields
 *   and the rule that matched, and every other rule whose match also accepts the request (Istio takes the first
 *   VirtualService entry that matches, Linkerd the most specific match: the translator's order decides which wins,
 *   and {@code linkerd-route-precedence} is about that); every rule when none matched; all of a TrafficSplit or
 *   ServiceProfile of the requested Service;</li>
 *   <li>the Servers of the backend's namespace whose podSelector selects the backend's pods, every
 *   AuthorizationPolicy of that namespace (targeting a Server, a route or the Namespace), and the
 *   MeshTLSAuthentications, NetworkAuthentications and inbound routes (parent a Server) of that namespace;</li>
 *   <li>but not {@value #PORTS_OUTSIDE_SERVERS} (reported on each Server, about the workload's other ports) when a
 *   Server selecting the backend covers the request's port (by number or container port name);</li>
 *   <li>the backend's Deployment, its Namespace and its Service.</li>
 * </ul>
 * Not counted: {@code linkerd-implicit-retries}, which is about retries only ({@link Differential} does not compare
 * retries).
 */
final class LinkerdToIstioPair implements MeshPair {

    /** Gap kinds about retries only. */
    static final Set<String> NOT_ABOUT_DECISIONS = Set.of("linkerd-implicit-retries");

    /** Kinds of a namespace's authorization configuration. */
    static final Set<String> AUTHORIZATION_KINDS = Set.of("AuthorizationPolicy", "MeshTLSAuthentication",
            "NetworkAuthentication", "ServerAuthorization");

    /**
     * Reported on a Server: the ports of its workload that no Server covers get a compensating rule (IstioGap
     * PER_PORT_DEFAULT). It does not concern a request to a port a Server covers.
     */
    static final String PORTS_OUTSIDE_SERVERS = "linkerd-server-port-default";

    private static final Pattern RULE = Pattern.compile("spec\\.rules\\[(\\d+)]");

    private final Simulator linkerd = new LinkerdSimulator();
    private final Simulator istio = new IstioSimulator();

    @Override
    public String name() {
        return "linkerd→istio";
    }

    @Override
    public Simulator source() {
        return linkerd;
    }

    @Override
    public Simulator target() {
        return istio;
    }

    @Override
    public TranslationResult translate(ManifestSet sourceManifests) {
        return LinkerdToIstio.translator().translate(sourceManifests, TranslationOptions.defaults());
    }

    @Override
    public List<Gap> gapsInvolved(ManifestSet sourceManifests, TranslationResult result, Decision decision) {
        Involved involved = involved(sourceManifests, decision);
        Set<String> notConcerned = new TreeSet<>(NOT_ABOUT_DECISIONS);
        if (involved.portInServer()) {
            notConcerned.add(PORTS_OUTSIDE_SERVERS);
        }
        return InvolvedGaps.select(result, notConcerned, involved::concerns);
    }

    /** The route (and its rules) and the other source resources that could have handled the request. */
    private record Involved(ResourceId route, Set<Integer> rules, List<ResourceId> resources, boolean portInServer) {
        boolean concerns(ResourceId resource, FieldPath field) {
            if (resource.equals(route)) {
                Matcher m = RULE.matcher(field.toString());
                return !m.lookingAt() || rules.contains(Integer.valueOf(m.group(1)));
            }
            return resources.contains(resource);
        }
    }

    private Involved involved(ManifestSet manifests, Decision decision) {
        ResourceId routeId = null;
        Set<Integer> rules = new TreeSet<>();
        Source matched = decision.route().matched();
        if (matched != null && (matched.kind().equals("TrafficSplit") || matched.kind().equals("ServiceProfile"))) {
            // A TrafficSplit or ServiceProfile handled the request: any of its gaps may concern it.
            routeId = find(manifests, matched.kind(), matched.namespace(), matched.name()).id();
        } else if (matched != null && (matched.kind().equals("HTTPRoute") || matched.kind().equals("GRPCRoute"))) {
            Manifest route = find(manifests, matched.kind(), matched.namespace(), matched.name());
            routeId = route.id();
            JsonNode all = route.tree().path("spec").path("rules");
            Matcher m = RULE.matcher(matched.field());
            boolean none = !m.lookingAt();
            for (int i = 0; i < all.size(); i++) {
                if (none || i == Integer.parseInt(m.group(1)) || couldMatch(all.get(i), decision.request())) {
                    rules.add(i);
                }
            }
        }
        List<ResourceId> resources = new ArrayList<>();
        // A ServiceProfile or TrafficSplit of the requested Service decides its routing even when none of its routes
        // matched (the profile's default route).
        String[] host = decision.request().host().split("\\.");
        if (host.length >= 2) {
            String fqdn = host[0] + "." + host[1] + ".svc.cluster.local";
            for (Manifest m : manifests.all()) {
                boolean profile = m.kind().equals("ServiceProfile") && m.id().name().equals(fqdn);
                boolean split = m.kind().equals("TrafficSplit") && m.id().namespaceOr("default").equals(host[1])
                        && m.tree().path("spec").path("service").asText().equals(host[0]);
                if (profile || split) {
                    resources.add(m.id());
                }
            }
        }
        boolean portInServer = false;
        Backend backend = decision.route().primaryBackend();
        if (backend != null && backend.namespace() != null) {
            String ns = backend.namespace();
            Set<String> portNames = new TreeSet<>();
            for (Manifest m : manifests.inNamespace("Deployment", ns, "default")) {
                if (isWorkload(m, backend)) {
                    portNames.addAll(containerPortNames(m, backend.port()));
                }
            }
            for (Manifest m : manifests.all()) {
                if (!ns.equals(m.id().namespaceOr("default"))) {
                    continue;
                }
                boolean selectsPods = m.kind().equals("Server")
                        && contains(backend.labels(), labels(m.tree().path("spec").path("podSelector").path("matchLabels")));
                boolean workload = m.kind().equals("Deployment") && isWorkload(m, backend);
                if (selectsPods) {
                    JsonNode port = m.tree().path("spec").path("port");
                    portInServer |= port.asText().equals(String.valueOf(backend.port())) || portNames.contains(port.asText());
                }
                if (selectsPods || workload || AUTHORIZATION_KINDS.contains(m.kind()) || isInboundRoute(m)
                        || m.kind().equals("Service") && m.id().name().equals(backend.service())) {
                    resources.add(m.id());
                }
            }
            Manifest namespace = find(manifests, "Namespace", null, ns);
            if (namespace != null) {
                resources.add(namespace.id());
            }
        }
        return new Involved(routeId, rules, resources, portInServer);
    }

    /** A route whose parent is a Server: its matches are authorization operations. */
    private static boolean isInboundRoute(Manifest m) {
        for (JsonNode p : m.tree().path("spec").path("parentRefs")) {
            if (p.path("kind").asText().equals("Server")) {
                return true;
            }
        }
        return false;
    }

    /** The Deployment's pods are the backend's: they carry the labels the Service selects. */
    private static boolean isWorkload(Manifest deployment, Backend backend) {
        return !backend.labels().isEmpty()
                && contains(labels(deployment.tree().path("spec").path("template").path("metadata").path("labels")), backend.labels());
    }

    /** The names of the workload's container ports with that number (the Service's targetPort is the same port). */
    private static List<String> containerPortNames(Manifest workload, Integer port) {
        List<String> out = new ArrayList<>();
        for (JsonNode c : workload.tree().path("spec").path("template").path("spec").path("containers")) {
            for (JsonNode p : c.path("ports")) {
                if (port != null && p.path("containerPort").asInt() == port && p.has("name")) {
                    out.add(p.path("name").asText());
                }
            }
        }
        return out;
    }

    /**
     * Whether a Gateway API rule's matches accept the request, for the conditions the generator writes (path Exact and
     * PathPrefix, method, headers Exact: Gateway API HTTPRouteMatch). Any other condition counts as matching, which
     * can only count more gaps.
     */
    static boolean couldMatch(JsonNode rule, Request request) {
        JsonNode matches = rule.path("matches");
        if (matches.isMissingNode() || matches.isEmpty()) {
            return true;
        }
        for (JsonNode match : matches) {
            if (pathMatches(match.path("path"), request.path())
                    && (!match.has("method") || match.path("method").asText().equals(request.method()))
                    && headersMatch(match.path("headers"), request)) {
                return true;
            }
        }
        return false;
    }

    private static boolean pathMatches(JsonNode path, String value) {
        if (path.isMissingNode()) {
            return true;
        }
        String expected = path.path("value").asText("/");
        return switch (path.path("type").asText("PathPrefix")) {
            case "Exact" -> value.equals(expected);
            // Gateway API: PathPrefix matches whole path elements; a trailing slash is ignored.
            case "PathPrefix" -> {
                String prefix = expected.endsWith("/") ? expected.substring(0, expected.length() - 1) : expected;
                yield prefix.isEmpty() || value.equals(prefix) || value.startsWith(prefix + "/");
            }
            default -> true;
        };
    }

    private static boolean headersMatch(JsonNode headers, Request request) {
        for (JsonNode h : headers) {
            String value = request.headers().get(h.path("name").asText().toLowerCase(Locale.ROOT));
            if (h.path("type").asText("Exact").equals("Exact") && !h.path("value").asText().equals(value)) {
                return false;
            }
        }
        return true;
    }
}
