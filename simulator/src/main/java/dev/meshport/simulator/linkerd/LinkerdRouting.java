package dev.meshport.simulator.linkerd;

import com.fasterxml.jackson.databind.JsonNode;
import dev.meshport.model.Manifest;
import dev.meshport.simulator.Backend;
import dev.meshport.simulator.Redirect;
import dev.meshport.simulator.Request;
import dev.meshport.simulator.Retries;
import dev.meshport.simulator.RouteResult;
import dev.meshport.simulator.Source;
import dev.meshport.simulator.support.Nodes;
import dev.meshport.simulator.support.Context;
import dev.meshport.simulator.support.Re2;
import dev.meshport.simulator.support.RustRegex;
import dev.meshport.simulator.support.Workloads;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Linkerd's outbound (client proxy) routing of one request: a ServiceProfile for the Service if there is one,
 * otherwise the GRPCRoutes or HTTPRoutes whose parent is the Service and port, selected with the proxy's ranking, and
 * the retry and timeout annotations of the route or the Service.
 */
final class LinkerdRouting {

    static final List<String> UNSUPPORTED_RULE_FILTERS = List.of("RequestMirror", "URLRewrite", "ExtensionRef");

    private final Context<LinkerdSimulator.Options> ctx;

    LinkerdRouting(Context<LinkerdSimulator.Options> ctx) {
        this.ctx = ctx;
    }

    RouteResult route(Request request) {
        Optional<Workloads.Service> resolved = ctx.workloads().resolveHost(request.host(), request.caller().namespace(), ctx.options().clusterDomain());
        if (resolved.isEmpty()) {
            return new RouteResult(null, null, List.of(), null, null, null, null, null, null, "host '" + request.host()
                    + "' is not a Service in the inputs: the proxy forwards to the original address without routing policy");
        }
        Workloads.Service svc = resolved.get();
        if (svc.port(request.port()).isEmpty()) {
            ctx.notes().add("Service " + svc.namespace() + "/" + svc.name() + " has no port " + request.port());
        }
        if (!request.caller().authenticated()) {
            // Linkerd routes in the client's proxy (outbound policy); a client without a proxy has no mesh identity
            // and reaches the Service directly.
            return new RouteResult(null, null, List.of(serviceBackend(svc, request.port(), 100.0)), null, null, null, null, null, null,
                    "the caller has no Linkerd proxy (no --from): outbound routes, ServiceProfiles, retries and timeouts do not"
                            + " apply and the request goes to any pod of Service " + svc.namespace() + "/" + svc.name());
        }
        String opaque = opaqueReason(svc, request.port());
        if (opaque != null) {
            ctx.notes().add(opaque + ": Linkerd proxies the connection as opaque TCP, so HTTP routes, ServiceProfiles, retries,"
                    + " timeouts and per-route policy do not apply");
            return new RouteResult(null, null, List.of(serviceBackend(svc, request.port(), 100.0)), null, null, null, null, null, null,
                    "port " + request.port() + " of Service " + svc.namespace() + "/" + svc.name() + " is opaque: the connection goes to the Service");
        }
        Manifest profile = serviceProfile(svc, request.caller().namespace());
        // The linkerd-smi adaptor writes the split as dstOverrides into the apex's ServiceProfile in the Service's
        // namespace; a ServiceProfile in the client's namespace is served instead of it (destination controller
        // GetProfile: the client namespace's profile first, the Service namespace's as the fallback), split and all.
        Manifest split = profile != null && !profile.id().namespaceOr("default").equals(svc.namespace()) ? null : trafficSplit(svc);
        if (profile != null) {
            return profileRoute(profile, split, svc, request);
        }
        if (split != null) {
            ctx.notes().add("TrafficSplit " + split.id().namespace() + "/" + split.id().name() + " becomes a ServiceProfile with"
                    + " dstOverrides (linkerd-smi adaptor), which takes precedence over HTTPRoutes for this Service");
            return new RouteResult(Source.of(split, "spec.backends"), null, splitBackends(split, svc, request), null, null, null, null,
                    null, null, "TrafficSplit " + split.id().namespace() + "/" + split.id().name() + " splits the apex Service "
                            + svc.namespace() + "/" + svc.name() + " between its backends");
        }
        List<RouteMatching.Route> routes = attachedRoutes(svc, request);
        if (routes.isEmpty()) {
            return new RouteResult(null, null, List.of(serviceBackend(svc, request.port(), 100.0)), timeout(null, svc, null),
                    retries(null, svc, request), null, null, null, null,
                    "no ServiceProfile and no route on Service " + svc.namespace() + "/" + svc.name() + ":" + request.port()
                            + ": the default route sends the request to the Service");
        }
        RouteMatching.Selected selected;
        try {
            selected = RouteMatching.find(RouteMatching.ordered(routes), request);
        } catch (Re2.UnsupportedPattern e) {
            ctx.notes().add("a route regex is rejected: " + e.getMessage());
            selected = null;
        }
        if (selected == null) {
            return RouteResult.answered(null, 404, "routes are attached to Service " + svc.namespace() + "/" + svc.name()
                    + ":" + request.port() + " but none matches: the proxy fails the request (no route)");
        }
        return routeResult(selected, svc, request);
    }

    /**
     * Why the port is opaque, or null. Sources: Linkerd docs {@code features/protocol-detection.md} (2.18+): Service
     * {@code appProtocol} {@code http} and {@code kubernetes.io/h2c} are HTTP, {@code linkerd.io/opaque}/{@code linkerd.io/tcp}
     * and any other value opaque; {@code config.linkerd.io/opaque-ports} on the Service lists opaque ports (numbers
     * and ranges).
     */
    static String opaqueReason(Workloads.Service svc, int port) {
        Optional<Workloads.ServicePort> sp = svc.port(port);
        if (sp.isPresent() && sp.get().appProtocol() != null) {
            String app = sp.get().appProtocol();
            return app.equals("http") || app.equals("kubernetes.io/h2c") ? null : "appProtocol '" + app + "' on port " + port;
        }
        String list = svc.annotations().get("config.linkerd.io/opaque-ports");
        if (list != null) {
            for (String item : list.split(",")) {
                String[] range = item.trim().split("-");
                try {
                    int low = Integer.parseInt(range[0].trim());
                    int high = range.length > 1 ? Integer.parseInt(range[1].trim()) : low;
                    if (port >= low && port <= high) {
                        return "config.linkerd.io/opaque-ports lists port " + port;
                    }
                } catch (NumberFormatException e) {
                    // A named port in a Service annotation is not a number; Linkerd accepts names only on pods.
                }
            }
        }
        return null;
    }

    /**
     * A ServiceProfile named after the Service's FQDN, in the client's namespace (it wins) or the Service's. While it
     * exists it replaces HTTPRoutes and the retry/timeout annotations. Source: Linkerd docs
     * {@code reference/httproute.md} ("a ServiceProfile will take precedence over HTTPRoutes which configure the same
     * Service"), {@code reference/retries.md} (annotations ignored with a ServiceProfile).
     */
    private Manifest serviceProfile(Workloads.Service svc, String callerNamespace) {
        String name = svc.fqdn(ctx.options().clusterDomain());
        for (String ns : callerNamespace == null ? List.of(svc.namespace()) : List.of(callerNamespace, svc.namespace())) {
            for (Manifest sp : ctx.manifests().inNamespace("ServiceProfile", ns, "default")) {
                if (sp.id().name().equals(name)) {
                    return sp;
                }
            }
        }
        return null;
    }

    /**
     * ServiceProfile routes: the first route whose condition matches wins (linkerd2-proxy
     * {@code linkerd/service-profiles/src/http.rs} route_for_request); {@code pathRegex} is wrapped as {@code ^…$}
     * (proxy {@code service-profiles/src/proto.rs}); a route's timeout defaults to 10s (Linkerd
     * {@code reference/service-profiles.md}); {@code isRetryable} retries within the retry budget.
     */
    private RouteResult profileRoute(Manifest sp, Manifest split, Workloads.Service svc, Request request) {
        JsonNode spec = sp.tree().path("spec");
        List<Backend> backends = split != null ? splitBackends(split, svc, request) : profileBackends(spec.path("dstOverrides"), svc, request);
        JsonNode routes = spec.path("routes");
        for (int i = 0; i < routes.size(); i++) {
            JsonNode route = routes.get(i);
            if (!conditionMatches(route.path("condition"), request)) {
                continue;
            }
            Retries retries = null;
            if (route.path("isRetryable").asBoolean(false)) {
                JsonNode budget = spec.path("retryBudget");
                retries = new Retries(null, null, budget.isMissingNode() ? "retry budget (default: 20% extra, at least 10/s)"
                        : "retry budget " + budget.path("retryRatio").asText() + " ratio, min " + budget.path("minRetriesPerSecond").asText()
                        + "/s, ttl " + budget.path("ttl").asText());
            }
            String timeout = route.has("timeout") ? route.path("timeout").asText() : "10s";
            ctx.notes().add("ServiceProfile " + sp.id().namespace() + "/" + sp.id().name() + " takes precedence over HTTPRoutes and retry/timeout annotations for this Service");
            return new RouteResult(Source.of(sp, "spec.routes[" + i + "]"), Nodes.text(route, "name"), backends, timeout, retries,
                    null, null, null, null, "first matching route of ServiceProfile " + sp.id().namespace() + "/" + sp.id().name()
                            + " (ServiceProfile routes are tried in order)");
        }
        return new RouteResult(null, null, backends, null, null, null, null, null, null, "no route of ServiceProfile "
                + sp.id().namespace() + "/" + sp.id().name() + " matches: the request takes the profile's default route");
    }

    static boolean conditionMatches(JsonNode c, Request request) {
        if (c.has("method") && !c.path("method").asText().equals(request.method())) {
            return false;
        }
        if (c.has("pathRegex") && !RustRegex.compile("^" + c.path("pathRegex").asText() + "$").matcher(request.path()).find()) {
            return false;
        }
        for (JsonNode all : c.path("all")) {
            if (!conditionMatches(all, request)) {
                return false;
            }
        }
        if (c.has("any")) {
            boolean any = false;
            for (JsonNode one : c.path("any")) {
                any |= conditionMatches(one, request);
            }
            if (!any) {
                return false;
            }
        }
        return !c.has("not") || !conditionMatches(c.path("not"), request);
    }

    private List<Backend> profileBackends(JsonNode overrides, Workloads.Service svc, Request request) {
        if (Nodes.empty(overrides)) {
            return List.of(serviceBackend(svc, request.port(), 100.0));
        }
        List<Weighted> weighted = new ArrayList<>();
        for (JsonNode o : overrides) {
            weighted.add(new Weighted(o.path("authority").asText(), quantity(o.path("weight").asText("0"))));
        }
        return weightedBackends(weighted, svc, request);
    }

    private List<Backend> weightedBackends(List<Weighted> weighted, Workloads.Service svc, Request request) {
        BigDecimal total = weighted.stream().map(Weighted::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<Backend> out = new ArrayList<>();
        for (Weighted w : weighted) {
            String authority = w.authority();
            String host = authority.contains(":") ? authority.substring(0, authority.indexOf(':')) : authority;
            int port = authority.contains(":") ? Integer.parseInt(authority.substring(authority.indexOf(':') + 1)) : request.port();
            double pct = total.signum() == 0 ? 0
                    : w.weight().multiply(BigDecimal.valueOf(100)).divide(total, 6, java.math.RoundingMode.HALF_EVEN).doubleValue();
            Optional<Workloads.Service> target = ctx.workloads().resolveHost(host, svc.namespace(), ctx.options().clusterDomain());
            out.add(target.map(t -> serviceBackend(t, port, pct)).orElse(new Backend(host, null, null, Map.of(), port, pct)));
        }
        return out;
    }

    /**
     * The SMI TrafficSplit whose apex is this Service. Source: linkerd/linkerd-smi adaptor (TrafficSplit → the apex
     * ServiceProfile's dstOverrides); weights are Quantities (v1alpha1 {@code 900m}) or numbers (v1alpha2), and only
     * their ratio matters.
     */
    private Manifest trafficSplit(Workloads.Service svc) {
        return ctx.manifests().inNamespace("TrafficSplit", svc.namespace(), "default").stream()
                .filter(t -> svc.name().equals(t.tree().path("spec").path("service").asText())).findFirst().orElse(null);
    }

    private List<Backend> splitBackends(Manifest split, Workloads.Service svc, Request request) {
        List<Weighted> weighted = new ArrayList<>();
        for (JsonNode b : split.tree().path("spec").path("backends")) {
            weighted.add(new Weighted(b.path("service").asText() + "." + svc.namespace() + ".svc." + ctx.options().clusterDomain()
                    + ":" + request.port(), quantity(b.path("weight").asText("0"))));
        }
        return weightedBackends(weighted, svc, request);
    }

    private record Weighted(String authority, BigDecimal weight) {}

    /** A Kubernetes Quantity as ServiceProfile and TrafficSplit weights use it ({@code 500m}, {@code 1}, {@code 1k}). */
    static BigDecimal quantity(String q) {
        if (q.endsWith("m")) {
            return new BigDecimal(q.substring(0, q.length() - 1)).movePointLeft(3);
        }
        if (q.endsWith("k")) {
            return new BigDecimal(q.substring(0, q.length() - 1)).movePointRight(3);
        }
        return new BigDecimal(q);
    }

    /**
     * Routes whose parentRefs name this Service (group "" or core, kind Service) and, when they give one, this port.
     * A route in the Service's namespace is a producer route for every client; a route in another namespace is a
     * consumer route for clients in that namespace, and consumer routes take precedence (GEP-1426, Gateway API
     * {@code site/content/en/docs/mesh/mesh-overview.md}). GRPCRoutes take precedence over HTTPRoutes on one parent
     * (linkerd policy-controller: RouteReasonConflicted). Routes with RequestMirror, URLRewrite or ExtensionRef rule
     * filters are not served at all (policy-controller outbound index: "filter is not supported").
     */
    private List<RouteMatching.Route> attachedRoutes(Workloads.Service svc, Request request) {
        List<RouteMatching.Route> producer = new ArrayList<>();
        List<RouteMatching.Route> consumer = new ArrayList<>();
        for (Manifest m : ctx.manifests().all()) {
            boolean grpc = m.kind().equals("GRPCRoute");
            if (!grpc && !m.kind().equals("HTTPRoute")) {
                continue;
            }
            String routeNs = m.id().namespaceOr("default");
            if (!attachesToService(m, routeNs, svc, request.port())) {
                continue;
            }
            String unsupported = unsupportedFilter(m);
            if (unsupported != null) {
                ctx.notes().add(m.id().display() + " uses the " + unsupported + " filter, which Linkerd does not support: the route is not served");
                continue;
            }
            if (routeNs.equals(svc.namespace())) {
                producer.add(new RouteMatching.Route(m, grpc));
            } else if (routeNs.equals(request.caller().namespace())) {
                consumer.add(new RouteMatching.Route(m, grpc));
            }
        }
        List<RouteMatching.Route> chosen = consumer.isEmpty() ? producer : consumer;
        if (chosen.stream().anyMatch(RouteMatching.Route::grpc) && chosen.stream().anyMatch(r -> !r.grpc())) {
            ctx.notes().add("GRPCRoutes and HTTPRoutes share Service " + svc.namespace() + "/" + svc.name() + ": the HTTPRoutes are conflicted and ignored");
            chosen = chosen.stream().filter(RouteMatching.Route::grpc).toList();
        }
        return chosen;
    }

    static String unsupportedFilter(Manifest route) {
        for (JsonNode rule : route.tree().path("spec").path("rules")) {
            for (JsonNode f : rule.path("filters")) {
                if (UNSUPPORTED_RULE_FILTERS.contains(f.path("type").asText())) {
                    return f.path("type").asText();
                }
            }
        }
        return null;
    }

    private static boolean attachesToService(Manifest route, String routeNs, Workloads.Service svc, int port) {
        for (JsonNode p : route.tree().path("spec").path("parentRefs")) {
            String group = p.path("group").asText(null);
            boolean coreGroup = group != null && (group.isEmpty() || group.equals("core"));
            if (coreGroup && "Service".equals(p.path("kind").asText())
                    && svc.name().equals(p.path("name").asText())
                    && svc.namespace().equals(p.path("namespace").asText(routeNs))
                    && (!p.has("port") || p.path("port").asInt() == port)) {
                return true;
            }
        }
        return false;
    }

    private RouteResult routeResult(RouteMatching.Selected selected, Workloads.Service svc, Request request) {
        Manifest route = selected.route().manifest();
        JsonNode rule = selected.route().rules().path(selected.rule());
        Source matched = Source.of(route, selected.matchPath());
        String why = "best match for the request among the routes on Service " + svc.namespace() + "/" + svc.name() + ":"
                + request.port() + " (rule " + selected.rule() + " of " + route.kind() + " " + route.id().namespace() + "/"
                + route.id().name() + "; Linkerd ranks matches by specificity, not by order)";
        for (JsonNode f : rule.path("filters")) {
            if ("RequestRedirect".equals(f.path("type").asText())) {
                JsonNode r = f.path("requestRedirect");
                // Source: Gateway API HTTPRequestRedirectFilter.statusCode: default 302.
                int code = r.path("statusCode").asInt(302);
                String location = r.path("scheme").asText(request.scheme()) + "://" + r.path("hostname").asText(request.host())
                        + (r.has("port") ? ":" + r.path("port").asText() : "")
                        + (r.path("path").has("replaceFullPath") ? r.path("path").path("replaceFullPath").asText() : request.path());
                return new RouteResult(matched, null, List.of(), null, null, new Redirect(location, code), null, null, code, why + "; it redirects");
            }
        }
        List<Backend> backends = backends(rule.path("backendRefs"), route.id().namespaceOr("default"), svc, request);
        Integer status = null;
        String explanation = why;
        if (!backends.isEmpty() && backends.stream().allMatch(b -> b.weight() == 0)) {
            // Source: Gateway API HTTPBackendRef / BackendRef.weight: all weights 0 → 500.
            status = 500;
            explanation = why + "; every backend has weight 0, so the request fails with 500";
        } else if (!backends.isEmpty() && backends.stream().allMatch(b -> b.weight() == 0 || missingService(b))) {
            status = 500;
            explanation = why + "; its backends are Services that do not exist, so the request fails with 500 "
                    + "(\"Service not found\")";
        } else if (backends.stream().anyMatch(b -> b.weight() > 0 && missingService(b))) {
            ctx.notes().add("some backends of the rule are Services that do not exist: their share of the requests "
                    + "fails with 500 (\"Service not found\")");
        }
        return new RouteResult(matched, Nodes.text(rule, "name"), backends, timeout(rule, svc, route), retries(route, svc, request),
                null, null, null, status, explanation);
    }

    /**
     * Source: Gateway API {@code apis/v1/shared_types.go} BackendRef.Weight ("Weight is relative: the sum of weights
     * ... 0 means no traffic"; default 1) and linkerd policy-controller outbound index ({@code weight.unwrap_or(1)}).
     * A rule without backendRefs sends traffic to the parent Service.
     */
    List<Backend> backends(JsonNode refs, String routeNs, Workloads.Service parent, Request request) {
        if (Nodes.empty(refs)) {
            return List.of(serviceBackend(parent, request.port(), 100.0));
        }
        long total = 0;
        for (JsonNode r : refs) {
            total += r.path("weight").asLong(1);
        }
        List<Backend> out = new ArrayList<>();
        for (JsonNode r : refs) {
            double pct = total == 0 ? 0 : 100.0 * r.path("weight").asLong(1) / total;
            String ns = r.path("namespace").asText(routeNs);
            Integer port = r.has("port") ? r.path("port").asInt() : null;
            if (port == null) {
                ctx.notes().add("backendRef " + r.path("name").asText() + " has no port, which Linkerd requires: the backend is invalid");
            }
            Optional<Workloads.Service> s = ctx.workloads().service(ns, r.path("name").asText());
            out.add(s.map(x -> serviceBackend(x, port, pct)).orElse(new Backend(r.path("name").asText(), ns, null, Map.of(), port, pct)));
        }
        return out;
    }

    /**
     * True for a backendRef to a Service the cluster does not have: the policy controller gives it a failure injector
     * that answers 500 "Service not found" (linkerd2 policy-controller {@code grpc/src/outbound/http.rs} and
     * {@code grpc.rs} convert_backend, {@code svc.exists} false; Gateway API HTTPRouteRule.backendRefs: a request to
     * an invalid backend gets a 500). The inputs show only part of a cluster, so a Service is known to be missing
     * only when its namespace has other Services in the inputs (as {@link Workloads#knowsServiceAccount} does for
     * ServiceAccounts); otherwise the backend is taken to be outside the inputs.
     */
    private boolean missingService(Backend b) {
        return b.namespace() != null && ctx.workloads().service(b.namespace(), b.service()).isEmpty()
                && ctx.workloads().services().stream().anyMatch(x -> x.namespace().equals(b.namespace()));
    }

    private static Backend serviceBackend(Workloads.Service s, Integer port, double weight) {
        return new Backend(s.name(), s.namespace(), null, new LinkedHashMap<>(s.selector()), port, weight);
    }

    /**
     * Source: Linkerd docs {@code reference/timeouts.md}: {@code timeout.linkerd.io/request} wins over the rule's
     * {@code timeouts.request}; route annotations of a family replace the Service's ({@code reference/retries.md}).
     */
    private static String timeout(JsonNode rule, Workloads.Service svc, Manifest route) {
        Map<String, String> family = family(route, svc, "timeout.linkerd.io/");
        if (family.containsKey("timeout.linkerd.io/request")) {
            return family.get("timeout.linkerd.io/request");
        }
        if (rule != null && rule.path("timeouts").has("request")) {
            return rule.path("timeouts").path("request").asText();
        }
        return family.get("timeout.linkerd.io/response");
    }

    /**
     * Source: Linkerd docs {@code reference/retries.md}: {@code retry.linkerd.io/http} (HTTPRoute, Service) or
     * {@code retry.linkerd.io/grpc} (GRPCRoute, Service) list the conditions; {@code retry.linkerd.io/limit} defaults
     * to 1 once any retry annotation is set; {@code retry.linkerd.io/timeout} is the per-try timeout.
     */
    private Retries retries(Manifest route, Workloads.Service svc, Request request) {
        Map<String, String> family = family(route, svc, "retry.linkerd.io/");
        if (family.isEmpty()) {
            return null;
        }
        boolean grpc = route != null ? route.kind().equals("GRPCRoute")
                : request.headers().getOrDefault("content-type", "").startsWith("application/grpc");
        String on = family.get(grpc ? "retry.linkerd.io/grpc" : "retry.linkerd.io/http");
        if (on == null) {
            return null;
        }
        String limit = family.getOrDefault("retry.linkerd.io/limit", "1");
        int attempts = Integer.parseInt(limit.trim());
        return new Retries(attempts == 0 ? 1 : attempts, family.get("retry.linkerd.io/timeout"), on);
    }

    private static Map<String, String> family(Manifest route, Workloads.Service svc, String prefix) {
        Map<String, String> own = new LinkedHashMap<>();
        if (route != null) {
            Nodes.stringMap(route.tree().path("metadata").path("annotations")).forEach((k, v) -> {
                if (k.startsWith(prefix)) {
                    own.put(k, v);
                }
            });
        }
        if (!own.isEmpty()) {
            return own;
        }
        Map<String, String> service = new LinkedHashMap<>();
        svc.annotations().forEach((k, v) -> {
            if (k.startsWith(prefix)) {
                service.put(k, v);
            }
        });
        return service;
    }
}
