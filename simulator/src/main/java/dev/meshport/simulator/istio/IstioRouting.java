package dev.meshport.simulator.istio;

import com.fasterxml.jackson.databind.JsonNode;
import dev.meshport.model.FieldPath;
import dev.meshport.model.Manifest;
import dev.meshport.model.kinds.Mesh;
import dev.meshport.simulator.Backend;
import dev.meshport.simulator.Fault;
import dev.meshport.simulator.Mirror;
import dev.meshport.simulator.Redirect;
import dev.meshport.simulator.Request;
import dev.meshport.simulator.Retries;
import dev.meshport.simulator.RouteResult;
import dev.meshport.simulator.Source;
import dev.meshport.simulator.support.LabelSelectors;
import dev.meshport.simulator.support.Nodes;
import dev.meshport.simulator.support.Context;
import dev.meshport.simulator.support.Re2;
import dev.meshport.simulator.support.Workloads;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Istio's routing of one request: the VirtualService that owns the host in the caller's scope, its first matching
 * {@code http[]} entry, the destinations' weights, subsets (through DestinationRules) and the entry's policies.
 */
final class IstioRouting {

    /**
     * Istio's retry policy when a route sets none. Source: istio {@code pilot/pkg/networking/core/route/retry/retry.go}
     * DefaultPolicy and {@code mesh/v1alpha1/config.proto} defaultHttpRetryPolicy: 2 attempts on
     * connect-failure,refused-stream,unavailable,cancelled,retriable-status-codes.
     */
    static final Retries DEFAULT_RETRIES = new Retries(2, null,
            "connect-failure,refused-stream,unavailable,cancelled,retriable-status-codes");

    private final Context<IstioSimulator.Options> ctx;

    IstioRouting(Context<IstioSimulator.Options> ctx) {
        this.ctx = ctx;
    }

    RouteResult route(Request request) {
        String callerNamespace = request.caller().namespace();
        Optional<Workloads.Service> service = ctx.workloads().resolveHost(request.host(), callerNamespace, ctx.options().clusterDomain());
        // Sidecars select the virtual host by the Service's name; a gateway by the Host header as sent.
        String gateway = request.caller().gateway();
        String routedHost = gateway == null && service.isPresent() ? service.get().fqdn(ctx.options().clusterDomain()) : request.host();
        List<String> gatewayNamespaces = null;
        if (gateway != null) {
            GatewayListener listener = gatewayListener(gateway, request);
            if (listener.refusal() != null) {
                return RouteResult.answered(listener.source(), 404, listener.refusal());
            }
            gatewayNamespaces = listener.namespaces();
        }
        if (gateway == null && !request.caller().authenticated() && service.isPresent()) {
            // Source: istio/api virtual_service.proto gateways: "mesh" means the sidecars; a client without a
            // sidecar (it has no mesh identity) sends straight to the Service, so no VirtualService routes it.
            Workloads.Service svc = service.get();
            return new RouteResult(null, null, List.of(new Backend(svc.name(), svc.namespace(), null, svc.selector(), request.port(), 100.0)),
                    null, null, null, null, null, null, "the caller has no sidecar (no --from): VirtualServices for the mesh do not"
                            + " apply and the request goes to any pod of Service " + svc.namespace() + "/" + svc.name());
        }
        Manifest vs = findVirtualService(routedHost, gateway, callerNamespace, gatewayNamespaces);
        if (vs == null) {
            if (service.isEmpty()) {
                return RouteResult.answered(null, 404, "no VirtualService and no Service in the inputs for host '"
                        + request.host() + "'" + (gateway == null ? "" : " at gateway " + gateway));
            }
            Workloads.Service svc = service.get();
            Backend backend = new Backend(svc.name(), svc.namespace(), null, svc.selector(), request.port(), 100.0);
            return new RouteResult(null, null, List.of(backend), null, DEFAULT_RETRIES, null, null, null, null,
                    "no VirtualService for " + routedHost + ": the request goes to the Service itself, with Istio's default retries");
        }
        JsonNode http = vs.tree().path("spec").path("http");
        String vsNamespace = vs.id().namespaceOr("default");
        for (int i = 0; i < http.size(); i++) {
            JsonNode entry = http.get(i);
            FieldPath entryPath = FieldPath.parse("spec.http[" + i + "]");
            int matchIndex = firstMatch(entry, vs, entryPath, request);
            if (matchIndex == NO_MATCH) {
                continue;
            }
            FieldPath matchedPath = matchIndex >= 0 ? entryPath.key("match").index(matchIndex) : entryPath;
            return result(vs, entry, entryPath, Source.of(vs, matchedPath), vsNamespace, request);
        }
        // Source: Envoy returns 404 (response flag NR) when the virtual host has no route for the request; Istio's
        // virtual host for a host with a VirtualService holds only that VirtualService's routes.
        return RouteResult.answered(Source.of(vs, "spec.http"), 404, "VirtualService " + vsNamespace + "/" + vs.id().name()
                + " owns host " + routedHost + " but none of its http routes matches: Envoy answers 404 (no route)");
    }

    private static final int NO_MATCH = -2;

    /** The index of the first match block that matches, -1 for an entry without matches, NO_MATCH otherwise. */
    private int firstMatch(JsonNode entry, Manifest vs, FieldPath entryPath, Request request) {
        JsonNode matches = entry.path("match");
        List<String> vsGateways = gateways(vs.tree().path("spec").path("gateways"), vs.id().namespaceOr("default"));
        if (Nodes.empty(matches)) {
            return -1;
        }
        for (int m = 0; m < matches.size(); m++) {
            if (matchRequest(matches.get(m), vs, request, vsGateways)) {
                return m;
            }
        }
        return NO_MATCH;
    }

    /**
     * One HTTPMatchRequest: every condition it sets must hold (AND); the blocks of one entry are ORed. Source: istio/api
     * {@code virtual_service.proto} HTTPMatchRequest ("All conditions inside a single match block have AND semantics,
     * while the list of match blocks have OR semantics").
     */
    boolean matchRequest(JsonNode match, Manifest vs, Request request, List<String> vsGateways) {
        try {
            return conditionsHold(match, vs, request, vsGateways);
        } catch (Re2.UnsupportedPattern e) {
            ctx.notes().add("a regex in " + vs.id().display() + " is rejected by Envoy, so its match never applies: " + e.getMessage());
            return false;
        }
    }

    private boolean conditionsHold(JsonNode match, Manifest vs, Request request, List<String> vsGateways) {
        boolean ignoreCase = match.path("ignoreUriCase").asBoolean(false);
        if (match.has("uri") && !IstioStringMatch.matches(match.path("uri"), request.path(), ignoreCase)) {
            return false;
        }
        if (match.has("scheme") && !IstioStringMatch.matches(match.path("scheme"), request.scheme(), false)) {
            return false;
        }
        if (match.has("method") && !IstioStringMatch.matches(match.path("method"), request.method(), false)) {
            return false;
        }
        if (match.has("authority") && !IstioStringMatch.matches(match.path("authority"), request.authority(), false)) {
            return false;
        }
        var headers = match.path("headers").fields();
        while (headers.hasNext()) {
            var h = headers.next();
            if (!IstioStringMatch.matches(h.getValue(), request.headers().get(h.getKey().toLowerCase(java.util.Locale.ROOT)), false)) {
                return false;
            }
        }
        // withoutHeaders: "has the same syntax with the header, but has opposite meaning" (virtual_service.proto).
        var without = match.path("withoutHeaders").fields();
        while (without.hasNext()) {
            var h = without.next();
            if (IstioStringMatch.matches(h.getValue(), request.headers().get(h.getKey().toLowerCase(java.util.Locale.ROOT)), false)) {
                return false;
            }
        }
        // queryParams: exact and regex only ("prefix based matching is currently not supported").
        var params = match.path("queryParams").fields();
        while (params.hasNext()) {
            var q = params.next();
            List<String> values = request.query().get(q.getKey());
            if (q.getValue().has("prefix")) {
                ctx.notes().add("queryParams prefix match in " + vs.id().display() + " is not supported by Istio and never matches");
                return false;
            }
            if (values == null || values.stream().noneMatch(v -> IstioStringMatch.matches(q.getValue(), v, false))) {
                return false;
            }
        }
        if (match.has("port") && match.path("port").asInt() != request.port()) {
            return false;
        }
        if (match.has("sourceNamespace") && !match.path("sourceNamespace").asText().equals(request.caller().namespace())) {
            return false;
        }
        if (match.has("sourceLabels") && !sourceLabelsMatch(match.path("sourceLabels"), request)) {
            return false;
        }
        List<String> scope = match.has("gateways")
                ? gateways(match.path("gateways"), vs.id().namespaceOr("default")) : vsGateways;
        return scope.contains(scopeOf(request));
    }

    private boolean sourceLabelsMatch(JsonNode sourceLabels, Request request) {
        if (request.caller().gateway() != null || !request.caller().authenticated()) {
            return false;
        }
        List<Workloads.Workload> callers = ctx.workloads().runningAs(request.caller().namespace(), request.caller().serviceAccount());
        if (callers.isEmpty()) {
            ctx.notes().add("sourceLabels: no workload in the inputs runs as " + request.caller().namespace() + "/"
                    + request.caller().serviceAccount() + ", so its labels are unknown and sourceLabels matches do not match");
            return false;
        }
        if (callers.size() > 1) {
            ctx.notes().add("sourceLabels: " + callers.size() + " workloads run as " + request.caller().serviceAccount()
                    + "; the labels of " + callers.get(0).display() + " are used");
        }
        return LabelSelectors.matchesMap(Nodes.stringMap(sourceLabels), callers.get(0).labels());
    }

    private static String scopeOf(Request request) {
        return request.caller().gateway() == null ? "mesh" : request.caller().gateway();
    }

    /**
     * The gateways a VirtualService applies to, as "mesh" or "namespace/name". Source: virtual_service.proto
     * {@code gateways}: "The reserved word mesh is used to imply all the sidecars in the mesh. When this field is
     * omitted, the default gateway (mesh) will be used"; a gateway without namespace is in the VirtualService's one.
     */
    static List<String> gateways(JsonNode node, String namespace) {
        List<String> names = Nodes.strings(node);
        if (names.isEmpty()) {
            return List.of("mesh");
        }
        List<String> out = new ArrayList<>();
        for (String g : names) {
            out.add(g.equals("mesh") || g.contains("/") ? g : namespace + "/" + g);
        }
        return out;
    }

    /**
     * The VirtualService that decides for {@code host} in this scope. Istio keeps one per host per scope: an exact
     * host beats a wildcard (Envoy picks the most specific virtual host domain), then the caller namespace's private
     * VirtualServices, then those exported to it, then public ones, each the oldest resource first (pilot
     * {@code model.sortConfigByCreationTime}: creationTimestamp, then name, then namespace). Creation times are
     * rarely written in files: without them, name and namespace decide.
     */
    /** What a Gateway's servers say about the request: a refusal, or the namespaces whose VirtualServices may serve it. */
    record GatewayListener(String refusal, Source source, List<String> namespaces) {}

    /**
     * The Gateway's servers: one must listen on the request's port and expose its host. Source: istio/api
     * {@code networking/v1alpha3/gateway.proto} Server.hosts: "A host is specified as a dnsName with an optional
     * namespace/ prefix ... a wildcard character in the left-most component ... If no namespace/ is specified, the
     * VirtualService hosts will be selected from any available namespace" ("." is the Gateway's namespace). A request
     * for a host no server exposes finds no virtual host: Envoy answers 404.
     */
    private GatewayListener gatewayListener(String gateway, Request request) {
        String[] nsName = gateway.split("/", 2);
        Manifest gw = ctx.manifests().inNamespace("Gateway", nsName[0], "default").stream()
                .filter(m -> m.mesh() == Mesh.ISTIO && m.id().name().equals(nsName[1])).findFirst().orElse(null);
        if (gw == null) {
            ctx.notes().add("Gateway " + gateway + " is not in the inputs: its servers (ports, hosts) are not checked");
            return new GatewayListener(null, null, null);
        }
        JsonNode servers = gw.tree().path("spec").path("servers");
        boolean portFound = false;
        for (int i = 0; i < servers.size(); i++) {
            JsonNode server = servers.get(i);
            if (server.path("port").path("number").asInt() != request.port()) {
                continue;
            }
            portFound = true;
            List<String> namespaces = new ArrayList<>();
            for (String h : Nodes.strings(server.path("hosts"))) {
                int slash = h.indexOf('/');
                String ns = slash < 0 ? "*" : h.substring(0, slash);
                String dnsName = slash < 0 ? h : h.substring(slash + 1);
                if (IstioHosts.matches(dnsName, request.host())) {
                    namespaces.add(ns.equals(".") ? nsName[0] : ns);
                }
            }
            if (!namespaces.isEmpty()) {
                return new GatewayListener(null, Source.of(gw, "spec.servers[" + i + "]"), namespaces.contains("*") ? null : namespaces);
            }
        }
        String refusal = portFound ? "Gateway " + gateway + " exposes no host '" + request.host() + "' on port " + request.port()
                : "Gateway " + gateway + " has no server on port " + request.port();
        return new GatewayListener(refusal + ": Envoy answers 404", Source.of(gw, "spec.servers"), null);
    }

    private Manifest findVirtualService(String host, String gateway, String callerNamespace, List<String> allowedNamespaces) {
        String scope = gateway == null ? "mesh" : gateway;
        Manifest best = null;
        int bestSpecificity = -1;
        List<Manifest> candidates = new ArrayList<>(ctx.manifests().ofKind(Mesh.ISTIO, "VirtualService"));
        // pilot SelectVirtualServices / VirtualServicesForGateway: the caller namespace's private VirtualServices
        // (exportTo ".") first, then those exported to it by name, then the public ones; the first for a host is used.
        candidates.sort(Comparator.<Manifest>comparingInt(m -> visibilityRank(m, callerNamespace))
                .thenComparing(m -> m.tree().path("metadata").path("creationTimestamp").asText(""))
                .thenComparing(m -> m.id().name()).thenComparing(m -> m.id().namespaceOr("default")));
        for (Manifest vs : candidates) {
            String ns = vs.id().namespaceOr("default");
            if (!gateways(vs.tree().path("spec").path("gateways"), ns).contains(scope) || !exportedTo(vs, callerNamespace)
                    || (allowedNamespaces != null && !allowedNamespaces.contains(ns))) {
                continue;
            }
            for (String h : Nodes.strings(vs.tree().path("spec").path("hosts"))) {
                String resolved = IstioHosts.resolve(h, ns, ctx.options().clusterDomain());
                if (IstioHosts.matches(resolved, host)) {
                    int specificity = resolved.startsWith("*") ? resolved.length() : Integer.MAX_VALUE;
                    if (specificity > bestSpecificity) {
                        best = vs;
                        bestSpecificity = specificity;
                    }
                }
            }
        }
        return best;
    }

    /**
     * Source: virtual_service.proto {@code exportTo}: "." is the VirtualService's namespace, "*" all namespaces;
     * absent means exported to all namespaces (the mesh default, defaultVirtualServiceExportTo).
     */
    /**
     * 0 for a VirtualService private to the caller's namespace (exportTo "." in that namespace), 1 for one exported to
     * it by name, 2 for a public one (pilot push_context.go VirtualServicesForGateway: privateByNamespaceAndGateway,
     * exportedToNamespaceByGateway, publicByGateway, in that order).
     */
    private static int visibilityRank(Manifest vs, String callerNamespace) {
        List<String> exportTo = Nodes.strings(vs.tree().path("spec").path("exportTo"));
        if (callerNamespace == null || exportTo.isEmpty() || exportTo.contains("*")) {
            return 2;
        }
        return exportTo.contains(".") && vs.id().namespaceOr("default").equals(callerNamespace) ? 0 : 1;
    }

    private static boolean exportedTo(Manifest vs, String callerNamespace) {
        List<String> exportTo = Nodes.strings(vs.tree().path("spec").path("exportTo"));
        if (exportTo.isEmpty() || exportTo.contains("*") || callerNamespace == null) {
            return true;
        }
        String ns = vs.id().namespaceOr("default");
        return exportTo.contains(callerNamespace) || (exportTo.contains(".") && ns.equals(callerNamespace));
    }

    private RouteResult result(Manifest vs, JsonNode entry, FieldPath entryPath, Source matched, String vsNamespace, Request request) {
        String name = Nodes.text(entry, "name");
        String why = "first matching http route of VirtualService " + vsNamespace + "/" + vs.id().name()
                + " (entry " + entryPath.last().toString().replaceAll("\\D", "") + (name == null ? "" : " '" + name + "'")
                + "; Istio uses the first match, in order)";
        if (entry.has("delegate")) {
            ctx.notes().add("delegate VirtualServices are not simulated (" + vs.id().display() + " " + entryPath + ".delegate)");
        }
        if (entry.has("redirect")) {
            JsonNode r = entry.path("redirect");
            // Source: virtual_service.proto HTTPRedirect.redirectCode: "Default is 301".
            int code = r.path("redirectCode").asInt(301);
            String scheme = r.has("scheme") ? r.path("scheme").asText() : request.scheme();
            String authority = r.has("authority") ? r.path("authority").asText() : request.host();
            String port = r.has("port") ? ":" + r.path("port").asText() : "";
            String uri = r.has("uri") ? r.path("uri").asText() : request.path();
            return new RouteResult(matched, name, List.of(), null, null, new Redirect(scheme + "://" + authority + port + uri, code),
                    null, null, code, why + "; it redirects");
        }
        if (entry.has("directResponse")) {
            int status = entry.path("directResponse").path("status").asInt();
            return new RouteResult(matched, name, List.of(), null, null, null, null, null, status, why + "; it answers directly");
        }
        List<Backend> backends = backends(entry.path("route"), vsNamespace, request);
        Integer status = null;
        String explanation = why;
        if (backends.stream().allMatch(b -> b.weight() == 0)) {
            status = 503;
            explanation = why + "; no destination gets traffic (all weights are 0)";
        }
        return new RouteResult(matched, name, backends, timeout(entry), retries(entry), null, fault(entry),
                mirror(entry, vsNamespace, request), status, explanation);
    }

    /**
     * Weights. Source: virtual_service.proto HTTPRouteDestination.weight: "If there is only one destination in a rule,
     * it will receive all traffic. Otherwise, the weight ... A destination will receive weight/(sum of all weights)
     * requests"; an omitted weight is 0 when there are several destinations.
     */
    List<Backend> backends(JsonNode route, String vsNamespace, Request request) {
        List<Backend> out = new ArrayList<>();
        int total = 0;
        for (JsonNode d : route) {
            total += d.path("weight").asInt(0);
        }
        for (JsonNode d : route) {
            double weight = route.size() == 1 ? 100.0 : total == 0 ? 0.0 : 100.0 * d.path("weight").asInt(0) / total;
            out.add(backend(d.path("destination"), vsNamespace, request, weight));
        }
        return out;
    }

    Backend backend(JsonNode destination, String vsNamespace, Request request, double weight) {
        String host = IstioHosts.resolve(destination.path("host").asText(), vsNamespace, ctx.options().clusterDomain());
        String subset = Nodes.text(destination, "subset");
        Integer port = destination.path("port").has("number") ? destination.path("port").path("number").asInt() : null;
        Optional<Workloads.Service> svc = ctx.workloads().resolveHost(host, null, ctx.options().clusterDomain());
        if (svc.isEmpty()) {
            ctx.notes().add("destination host " + host + " is not a Service in the inputs; its pods are unknown");
            return new Backend(host, null, subset, Map.of(), port, weight);
        }
        Workloads.Service s = svc.get();
        if (port == null) {
            port = s.ports().size() == 1 ? Integer.valueOf(s.ports().get(0).port())
                    : s.port(request.port()).isPresent() ? Integer.valueOf(request.port()) : null;
        }
        Map<String, String> labels = new LinkedHashMap<>(s.selector());
        if (subset != null) {
            Map<String, String> subsetLabels = subsetLabels(s, subset, request.caller().namespace());
            if (subsetLabels == null) {
                ctx.notes().add("subset '" + subset + "' of " + s.fqdn(ctx.options().clusterDomain())
                        + " is defined by no DestinationRule in the inputs: Envoy has no such cluster and answers 503");
            } else {
                labels.putAll(subsetLabels);
            }
        }
        return new Backend(s.name(), s.namespace(), subset, labels, port, weight);
    }

    /**
     * A subset's labels. Istio looks up the DestinationRule for a host in the client's namespace, then the Service's
     * namespace, then the root namespace (istio {@code pilot/pkg/model/push_context.go} destinationRule lookup).
     */
    private Map<String, String> subsetLabels(Workloads.Service service, String subset, String callerNamespace) {
        List<String> order = new ArrayList<>();
        if (callerNamespace != null) {
            order.add(callerNamespace);
        }
        order.add(service.namespace());
        order.add(ctx.options().rootNamespace());
        String fqdn = service.fqdn(ctx.options().clusterDomain());
        for (String ns : order) {
            for (Manifest dr : ctx.manifests().inNamespace("DestinationRule", ns, "default")) {
                String host = IstioHosts.resolve(dr.tree().path("spec").path("host").asText(), ns, ctx.options().clusterDomain());
                if (!IstioHosts.matches(host, fqdn)) {
                    continue;
                }
                for (JsonNode s : dr.tree().path("spec").path("subsets")) {
                    if (subset.equals(s.path("name").asText())) {
                        return Nodes.stringMap(s.path("labels"));
                    }
                }
            }
        }
        return null;
    }

    /** Source: virtual_service.proto HTTPRoute.timeout: "Timeout for HTTP requests, default is disabled." */
    private static String timeout(JsonNode entry) {
        return Nodes.text(entry, "timeout");
    }

    /**
     * Source: istio {@code pilot/pkg/networking/core/route/retry/retry.go} ConvertPolicy: no {@code retries} → the
     * default policy; {@code attempts: 0} → no retries; {@code retryOn} unset keeps the default conditions.
     */
    static Retries retries(JsonNode entry) {
        if (!entry.has("retries")) {
            return DEFAULT_RETRIES;
        }
        JsonNode r = entry.path("retries");
        int attempts = r.path("attempts").asInt(0);
        if (attempts == 0) {
            return null;
        }
        String on = r.has("retryOn") ? r.path("retryOn").asText() : DEFAULT_RETRIES.on();
        return new Retries(attempts, Nodes.text(r, "perTryTimeout"), on);
    }

    private static Fault fault(JsonNode entry) {
        JsonNode f = entry.path("fault");
        if (Nodes.empty(f)) {
            return null;
        }
        JsonNode delay = f.path("delay");
        JsonNode abort = f.path("abort");
        return new Fault(Nodes.text(delay, "fixedDelay"), percent(delay), abort.has("httpStatus") ? abort.path("httpStatus").asInt() : null,
                abort.isMissingNode() ? null : percent(abort));
    }

    private static Double percent(JsonNode node) {
        return node.path("percentage").has("value") ? node.path("percentage").path("value").asDouble() : null;
    }

    /** Source: virtual_service.proto mirrorPercentage: "If this field is absent, all the traffic (100%) will be mirrored." */
    private Mirror mirror(JsonNode entry, String vsNamespace, Request request) {
        JsonNode destination = entry.has("mirror") ? entry.path("mirror") : entry.path("mirrors").path(0).path("destination");
        if (destination.isMissingNode()) {
            return null;
        }
        JsonNode pct = entry.has("mirror") ? entry.path("mirrorPercentage") : entry.path("mirrors").path(0).path("percentage");
        Backend b = backend(destination, vsNamespace, request, 0);
        return new Mirror(b.service(), b.namespace(), b.subset(), pct.has("value") ? pct.path("value").asDouble() : 100.0);
    }
}
