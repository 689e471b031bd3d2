package dev.meshport.translator.toistio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.meshport.model.CreationOrder;
import dev.meshport.model.FieldPath;
import dev.meshport.model.Manifest;
import dev.meshport.translator.Translation;
import dev.meshport.translator.TranslationContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Outbound Gateway API routes (HTTPRoute, GRPCRoute; parent a Service) → one VirtualService per Service and route
 * namespace. Linkerd ranks the matches of all routes on a parent (path: exact and prefix by length, a regex by the
 * length of the path it matched; then headers, query parameters, method; then route age and name, then rule order;
 * linkerd2-proxy http-route match.rs, Gateway API HTTPRouteRule docs); a VirtualService takes its first matching
 * entry, so every (rule, match) becomes one entry, sorted by that rank.
 */
final class RoutesToVirtualServices implements Translation {

    /** Rule-level filters for which Linkerd drops the whole route (policy-controller outbound index http.rs). */
    private static final Set<String> ROUTE_FATAL_FILTERS = Set.of("URLRewrite", "RequestMirror", "ExtensionRef", "CORS");

    private final LinkerdToIstio.RouteApi routeApi;

    RoutesToVirtualServices(LinkerdToIstio.RouteApi routeApi) {
        this.routeApi = routeApi;
    }

    /** One VirtualService entry before sorting: its rank and original position. */
    private record Entry(int path, int headers, int query, int method, boolean regex, int order, ObjectNode json) {}

    /**
     * Where a route attaches: a Service (host its FQDN), or for egress an EgressNetwork and one of the route's
     * hostnames (host that hostname).
     */
    private record Parent(String namespace, String service, Integer port, String routeNamespace, String host,
                          String egressNetwork) {
        boolean egress() {
            return egressNetwork != null;
        }
    }

    @Override
    public void translate(TranslationContext ctx) {
        List<Manifest> routes = new ArrayList<>();
        for (Manifest m : ctx.manifests().all()) {
            if ((m.kind().equals("HTTPRoute") || m.kind().equals("GRPCRoute")) && !InboundRoutes.isInbound(m)) {
                routes.add(m);
            }
        }
        // Older routes first, then by namespace and name (Gateway API HTTPRouteRule precedence).
        routes.sort(CreationOrder.OLDEST_FIRST);
        Map<Parent, List<Manifest>> byParent = new LinkedHashMap<>();
        for (Manifest route : routes) {
            if (routeFatal(ctx, route)) {
                continue;
            }
            List<Parent> parents = parents(ctx, route);
            if (parents.isEmpty()) {
                notTranslated(ctx, route);
                continue;
            }
            for (Parent p : parents) {
                Optional<Manifest> sp = p.egress() ? Optional.empty()
                        : VirtualServices.serviceProfile(ctx, p.namespace(), p.service());
                if (sp.isPresent()) {
                    ctx.gap(IstioGap.ROUTE_SHADOWED, route, FieldPath.of("spec"), "ServiceProfile " + sp.get().id().name()
                            + " overrides this route in Linkerd; the ServiceProfile is translated instead");
                    continue;
                }
                Optional<Manifest> split = p.egress() ? Optional.empty()
                        : VirtualServices.trafficSplit(ctx, p.namespace(), p.service());
                if (split.isPresent()) {
                    ctx.gap(IstioGap.ROUTE_SHADOWED, route, FieldPath.of("spec"), "TrafficSplit " + split.get().id().name()
                            + " overrides this route in Linkerd (the linkerd-smi adaptor makes it a ServiceProfile); the "
                            + "TrafficSplit is translated instead");
                    continue;
                }
                byParent.computeIfAbsent(p, k -> new ArrayList<>()).add(route);
            }
        }
        if (routeApi == LinkerdToIstio.RouteApi.GATEWAY_API) {
            byParent.values().stream().flatMap(List::stream).distinct().forEach(r -> keepGatewayApi(ctx, r));
            return;
        }
        Map<String, ObjectNode> services = new LinkedHashMap<>();
        for (Map.Entry<Parent, List<Manifest>> e : byParent.entrySet()) {
            Parent p = e.getKey();
            String key = p.routeNamespace() + "/" + p.host();
            // A namespace's own EgressNetwork applies to its clients only; one in linkerd-egress to all
            // (reference/egress-network.md).
            boolean consumer = p.egress() ? !p.namespace().equals(EgressNetworks.GLOBAL_NAMESPACE)
                    : !p.routeNamespace().equals(p.namespace());
            String name = p.egress() ? EgressNetworks.name(p.host())
                    : consumer ? p.service() + "-" + p.namespace() : p.service();
            ObjectNode vs = services.computeIfAbsent(key, k -> VirtualServices.create(name, p.routeNamespace(),
                    p.host(), consumer));
            if (p.egress()) {
                ObjectNode se = EgressNetworks.serviceEntry(name, p.routeNamespace(), p.host(), p.port(),
                        e.getValue().get(0).kind().equals("GRPCRoute") ? "GRPC" : "HTTP", consumer);
                for (Manifest route : e.getValue()) {
                    ctx.emit(se, route, FieldPath.of("spec", "parentRefs"));
                }
            }
            List<Entry> entries = new ArrayList<>();
            for (Manifest route : e.getValue()) {
                entries.addAll(entries(ctx, route, p, entries.size()));
            }
            // Stable sort: equal ranks keep route, rule and match order.
            entries.sort(Comparator.comparingInt(Entry::path).thenComparingInt(Entry::headers)
                    .thenComparingInt(Entry::query).thenComparingInt(Entry::method).reversed()
                    .thenComparingInt(Entry::order));
            boolean regex = entries.stream().anyMatch(Entry::regex);
            if (regex && entries.size() > 1) {
                Manifest first = e.getValue().get(0);
                ctx.note(IstioGap.ROUTE_PRECEDENCE, first, FieldPath.of("spec", "rules"), "a regular-expression path"
                        + " match ranks by the length of the path it matches in Linkerd; the VirtualService puts it "
                        + "before prefix matches of the same Service, which can differ for paths a prefix matches whole");
            }
            ArrayNode http = VirtualServices.http(vs);
            entries.forEach(en -> http.add(en.json()));
            for (Manifest route : e.getValue()) {
                ctx.emit(vs, route, FieldPath.of("spec"));
            }
        }
        serviceAnnotations(ctx);
    }

    /** Services of the inputs that get no VirtualService keep Istio's default retries, which Linkerd lacks. */
    static void implicitRetries(TranslationContext ctx) {
        for (Manifest svc : ctx.manifests().ofKind(dev.meshport.model.kinds.Mesh.KUBERNETES, "Service")) {
            String ns = svc.id().namespaceOr("default");
            if (ctx.find(LinkerdToIstio.ISTIO_NETWORKING, "VirtualService", ns, svc.id().name()).isEmpty()) {
                ctx.note(IstioGap.IMPLICIT_RETRIES, svc, FieldPath.of("metadata", "name"), "no VirtualService is "
                        + "written for Service " + svc.id().name() + ", so Istio retries its requests twice by "
                        + "default where Linkerd did not retry");
            }
        }
    }

    /**
     * Retry and timeout annotations on a Service that no route or ServiceProfile carried over apply to all its
     * traffic (reference/retries.md): one VirtualService entry without match.
     */
    private static void serviceAnnotations(TranslationContext ctx) {
        for (Manifest svc : ctx.manifests().ofKind(dev.meshport.model.kinds.Mesh.KUBERNETES, "Service")) {
            JsonNode a = svc.tree().path("metadata").path("annotations");
            boolean pending = RetryAnnotations.ALL.stream().anyMatch(k -> a.has(k)
                    && !ctx.tracker().covers(svc, FieldPath.of("metadata", "annotations", k)));
            String ns = svc.id().namespaceOr("default");
            if (!pending) {
                continue;
            }
            if (VirtualServices.serviceProfile(ctx, ns, svc.id().name()).isPresent()) {
                for (String k : RetryAnnotations.ALL) {
                    if (a.has(k)) {
                        ctx.gap(IstioGap.ROUTE_SHADOWED, svc, FieldPath.of("metadata", "annotations", k), "the "
                                + "ServiceProfile of this Service overrides " + k + " in Linkerd; it is not translated");
                    }
                }
                continue;
            }
            String host = VirtualServices.host(ns, svc.id().name());
            ObjectNode vs = ctx.find(LinkerdToIstio.ISTIO_NETWORKING, "VirtualService", ns, svc.id().name())
                    .map(dev.meshport.translator.Output::object)
                    .orElseGet(() -> VirtualServices.create(svc.id().name(), ns, host, false));
            ArrayNode http = VirtualServices.http(vs);
            ObjectNode entry = TranslationContext.object();
            VirtualServices.destination(entry.putArray("route").addObject(), host, null);
            RetryAnnotations.apply(ctx, svc, entry, null);
            http.add(entry);
            ctx.emit(vs, svc, FieldPath.of("metadata", "annotations"));
        }
    }

    /** True when Linkerd drops the whole route for a filter it does not support; the route is left out alike. */
    private static boolean routeFatal(TranslationContext ctx, Manifest route) {
        JsonNode rules = route.tree().path("spec").path("rules");
        for (int r = 0; r < rules.size(); r++) {
            JsonNode filters = rules.get(r).path("filters");
            for (int f = 0; f < filters.size(); f++) {
                String type = filters.get(f).path("type").asText();
                if (ROUTE_FATAL_FILTERS.contains(type)) {
                    ctx.gap(IstioGap.ROUTE_UNSUPPORTED, route, FieldPath.of("spec"), "Linkerd drops the whole route for "
                            + "its " + type + " filter (spec.rules[" + r + "].filters[" + f + "]); meshport leaves it out "
                            + "as well, so that Istio routes like Linkerd did");
                    return true;
                }
            }
        }
        return false;
    }

    private static List<Parent> parents(TranslationContext ctx, Manifest route) {
        List<Parent> out = new ArrayList<>();
        JsonNode refs = route.tree().path("spec").path("parentRefs");
        String routeNs = route.id().namespaceOr("default");
        for (int i = 0; i < refs.size(); i++) {
            JsonNode ref = refs.get(i);
            FieldPath at = FieldPath.of("spec", "parentRefs").index(i);
            if (ref.path("kind").asText().equals("Service") && Set.of("", "core").contains(ref.path("group").asText(""))) {
                String ns = ref.path("namespace").asText(routeNs);
                out.add(new Parent(ns, ref.path("name").asText(), ref.has("port") ? ref.path("port").asInt() : null,
                        routeNs, VirtualServices.host(ns, ref.path("name").asText()), null));
                ctx.tracker().consume(route, at);
            } else if (ref.path("kind").asText().equals("EgressNetwork") && ref.has("port")
                    && route.tree().path("spec").path("hostnames").size() > 0) {
                // Egress with named hosts: a ServiceEntry per hostname and a VirtualService routing it.
                for (JsonNode h : route.tree().path("spec").path("hostnames")) {
                    out.add(new Parent(ref.path("namespace").asText(routeNs), null, ref.path("port").asInt(), routeNs,
                            h.asText(), ref.path("name").asText()));
                }
                ctx.tracker().consume(route, at);
                ctx.tracker().consume(route, "spec.hostnames");
            }
        }
        if (!out.isEmpty()) {
            for (int i = 0; i < refs.size(); i++) {
                if (!ctx.tracker().covers(route, FieldPath.of("spec", "parentRefs").index(i))) {
                    ctx.gap(IstioGap.ROUTE_PARENT, route, FieldPath.of("spec", "parentRefs").index(i),
                            "this parent is neither a Service nor an EgressNetwork with port and hostnames; the route is "
                                    + "translated for its other parents only");
                }
            }
        }
        return out;
    }

    /** A route without Service parent: reported whole, with the Linkerd annotations it carries. */
    static void notTranslated(TranslationContext ctx, Manifest route) {
        ctx.gap(IstioGap.ROUTE_PARENT, route, FieldPath.of("spec"), route.kind() + " " + route.id().name()
                + " has no Service parent, nor an EgressNetwork parent with port and hostnames; it is not translated");
        for (Iterator<String> it = route.tree().path("metadata").path("annotations").fieldNames(); it.hasNext(); ) {
            String key = it.next();
            FieldPath at = FieldPath.of("metadata", "annotations", key);
            if (LinkerdToIstio.isLinkerdKey(key) && !ctx.tracker().covers(route, at)) {
                ctx.gap(IstioGap.ROUTE_PARENT, route, at, key + " applies to a route that is not translated");
            }
        }
    }

    private List<Entry> entries(TranslationContext ctx, Manifest route, Parent p, int start) {
        List<Entry> out = new ArrayList<>();
        JsonNode spec = route.tree().path("spec");
        boolean grpc = route.kind().equals("GRPCRoute");
        Manifest service = VirtualServices.service(ctx, p.namespace(), p.service()).orElse(null);
        Manifest annotated = RetryAnnotations.source(route, service);
        if (spec.has("hostnames") && !p.egress()) {
            ctx.gap(IstioGap.ROUTE_UNSUPPORTED, route, FieldPath.of("spec", "hostnames"), "hostnames of a mesh route "
                    + "restrict the request authority in Linkerd; the VirtualService entries match every authority");
        }
        JsonNode rules = spec.path("rules");
        for (int r = 0; r < rules.size(); r++) {
            JsonNode rule = rules.get(r);
            FieldPath rulePath = FieldPath.of("spec", "rules").index(r);
            ObjectNode action = action(ctx, route, rule, rulePath, p);
            String ruleTimeout = rule.path("timeouts").path("request").asText(null);
            if (rule.path("timeouts").has("request")) {
                ctx.tracker().consume(route, rulePath.key("timeouts").key("request"));
            }
            if (rule.path("timeouts").has("backendRequest")) {
                ctx.gap(IstioGap.RESPONSE_TIMEOUT, route, rulePath.key("timeouts").key("backendRequest"),
                        "backendRequest has no VirtualService field apart from retries.perTryTimeout; it is lost");
            }
            RetryAnnotations.apply(ctx, annotated, action, ruleTimeout);
            if (rule.has("retry")) {
                // Linkerd ignores rules[].retry (retries come from annotations only): writing it would add retries.
                ctx.tracker().ignore(route, rulePath.key("retry"));
                ctx.note(IstioGap.RETRY_CONDITIONS, route, rulePath.key("retry"), "Linkerd ignores rules[].retry; "
                        + "it is not translated, as Linkerd did not retry by it");
            }
            if (rule.has("name")) {
                action.put("name", rule.path("name").asText());
                ctx.tracker().consume(route, rulePath.key("name"));
            }
            JsonNode matches = rule.path("matches");
            if (matches.isEmpty()) {
                ObjectNode entry = entry(p, null, action);
                out.add(new Entry(1, 0, 0, 0, false, start + out.size(), entry));
                if (rule.has("matches")) {
                    ctx.tracker().consume(route, rulePath.key("matches"));
                }
            }
            for (int i = 0; i < matches.size(); i++) {
                FieldPath at = rulePath.key("matches").index(i);
                JsonNode m = matches.get(i);
                ObjectNode match = grpc ? grpcMatch(ctx, route, at, m) : httpMatch(ctx, route, at, m);
                int[] rank = grpc ? grpcRank(m) : httpRank(m);
                out.add(new Entry(rank[0], rank[1], rank[2], rank[3], rank[4] == 1, start + out.size(),
                        entry(p, match, action.deepCopy())));
            }
        }
        if (!spec.has("rules")) {
            ObjectNode action = TranslationContext.object();
            VirtualServices.destination(action.putArray("route").addObject(), p.host(), p.port());
            RetryAnnotations.apply(ctx, annotated, action, null);
            out.add(new Entry(1, 0, 0, 0, false, start, entry(p, null, action)));
        }
        return out;
    }

    private static ObjectNode entry(Parent p, ObjectNode match, ObjectNode action) {
        ObjectNode entry = TranslationContext.object();
        if (action.has("name")) {
            entry.set("name", action.remove("name"));
        }
        if (match != null || p.port() != null) {
            ObjectNode m = match == null ? TranslationContext.object() : match;
            if (p.port() != null) {
                m.put("port", p.port());
            }
            if (!m.isEmpty()) {
                entry.putArray("match").add(m);
            }
        }
        entry.setAll(action);
        return entry;
    }

    /** Rank as linkerd2-proxy scores a match: path, headers, query parameters, method (match.rs), plus regex flag. */
    private static int[] httpRank(JsonNode m) {
        int path = 1;
        boolean regex = false;
        if (m.has("path")) {
            String v = m.path("path").path("value").asText("/");
            switch (m.path("path").path("type").asText("PathPrefix")) {
                case "Exact" -> path = v.length();
                case "RegularExpression" -> {
                    // The score is the length of the matched path, at least that of any prefix that matches it too.
                    path = Integer.MAX_VALUE;
                    regex = true;
                }
                default -> path = Math.max(1, v.replaceAll("/+$", "").length());
            }
        }
        return new int[] {path, m.path("headers").size(), m.path("queryParams").size(), m.has("method") ? 1 : 0,
                regex ? 1 : 0};
    }

    private static int[] grpcRank(JsonNode m) {
        JsonNode method = m.path("method");
        int path = 1;
        if (method.has("service")) {
            path = ("/" + method.path("service").asText() + "/" + method.path("method").asText("")).length();
        }
        return new int[] {path, m.path("headers").size(), 0, 0, 0};
    }

    private static ObjectNode httpMatch(TranslationContext ctx, Manifest route, FieldPath at, JsonNode m) {
        ObjectNode out = TranslationContext.object();
        if (m.has("path")) {
            String type = m.path("path").path("type").asText("PathPrefix");
            String value = m.path("path").path("value").asText("/");
            switch (type) {
                case "Exact" -> out.putObject("uri").put("exact", value);
                case "RegularExpression" -> out.putObject("uri").put("regex", regex(ctx, route, at.key("path"), value));
                default -> {
                    String prefix = value.replaceAll("/+$", "");
                    if (!prefix.isEmpty()) {
                        // Gateway API prefixes are whole segments, Istio's are string prefixes (/api must not
                        // match /apix): the segment rule is written as a full-match regex.
                        out.putObject("uri").put("regex", quote(prefix) + "(/.*)?");
                    }
                }
            }
            ctx.tracker().consume(route, at.key("path"));
        }
        if (m.has("method")) {
            out.putObject("method").put("exact", m.path("method").asText());
            ctx.tracker().consume(route, at.key("method"));
        }
        stringMatches(ctx, route, at.key("headers"), m.path("headers"), out, "headers", true);
        stringMatches(ctx, route, at.key("queryParams"), m.path("queryParams"), out, "queryParams", false);
        return out;
    }

    private static ObjectNode grpcMatch(TranslationContext ctx, Manifest route, FieldPath at, JsonNode m) {
        ObjectNode out = TranslationContext.object();
        JsonNode method = m.path("method");
        if (!method.isMissingNode()) {
            String service = method.path("service").asText("");
            String name = method.path("method").asText("");
            boolean re = method.path("type").asText("Exact").equals("RegularExpression");
            String s = re ? (service.isEmpty() ? "[^/]+" : service) : quote(service);
            String n = re ? (name.isEmpty() ? "[^/]+" : name) : quote(name);
            if (!re && !service.isEmpty() && !name.isEmpty()) {
                out.putObject("uri").put("exact", "/" + service + "/" + name);
            } else {
                // gRPC calls are requests to /<service>/<method> (gRPC over HTTP/2).
                out.putObject("uri").put("regex", "/" + (service.isEmpty() && !re ? "[^/]+" : s) + "/"
                        + (name.isEmpty() && !re ? "[^/]+" : n));
            }
            ctx.tracker().consume(route, at.key("method"));
        }
        stringMatches(ctx, route, at.key("headers"), m.path("headers"), out, "headers", true);
        return out;
    }

    private static void stringMatches(TranslationContext ctx, Manifest route, FieldPath at, JsonNode list,
                                      ObjectNode out, String field, boolean lowerCase) {
        if (list.isMissingNode()) {
            return;
        }
        ObjectNode target = out.putObject(field);
        for (int i = 0; i < list.size(); i++) {
            JsonNode h = list.get(i);
            String name = lowerCase ? h.path("name").asText().toLowerCase(java.util.Locale.ROOT) : h.path("name").asText();
            if (h.path("type").asText("Exact").equals("RegularExpression")) {
                target.putObject(name).put("regex", regex(ctx, route, at.index(i), h.path("value").asText()));
            } else {
                target.putObject(name).put("exact", h.path("value").asText());
            }
            ctx.tracker().consume(route, at.index(i));
        }
        if (list.isEmpty()) {
            out.remove(field);
            ctx.tracker().consume(route, at);
        }
    }

    /**
     * Linkerd accepts a regex only when its leftmost-first match spans the whole value; RE2 as Istio uses it accepts
     * any full match. They agree unless a choice can stop early: an alternation or a lazy quantifier.
     */
    private static String regex(TranslationContext ctx, Manifest route, FieldPath at, String value) {
        if (value.contains("|") || Pattern.compile("[*+?}]\\?").matcher(value).find()) {
            ctx.note(IstioGap.ROUTE_REGEX, route, at, "'" + value + "' contains an alternation or lazy quantifier: "
                    + "Istio matches values whose leftmost-first match Linkerd rejected (such as /ab for /a|/ab)");
        }
        return value;
    }

    /** The regex text that matches the string literally. */
    static String quote(String literal) {
        return literal.replaceAll("[\\\\.\\[\\]{}()*+?^$|]", "\\\\$0");
    }

    /** The rule's backends, filters and the like as a VirtualService entry without match. */
    private ObjectNode action(TranslationContext ctx, Manifest route, JsonNode rule, FieldPath rulePath, Parent p) {
        ObjectNode action = TranslationContext.object();
        JsonNode filters = rule.path("filters");
        for (int f = 0; f < filters.size(); f++) {
            filter(ctx, route, filters.get(f), rulePath.key("filters").index(f), action);
        }
        JsonNode backends = rule.path("backendRefs");
        if (!action.has("redirect")) {
            ArrayNode dest = action.putArray("route");
            List<BigDecimal> weights = new ArrayList<>();
            for (int b = 0; b < backends.size(); b++) {
                JsonNode ref = backends.get(b);
                FieldPath at = rulePath.key("backendRefs").index(b);
                boolean toEgress = p.egress() && ref.path("kind").asText().equals("EgressNetwork")
                        && ref.path("name").asText().equals(p.egressNetwork());
                if (!ref.path("kind").asText("Service").equals("Service") && !toEgress) {
                    ctx.gap(IstioGap.ROUTE_PARENT, route, at, "backend " + ref.path("kind").asText() + " "
                            + ref.path("name").asText() + " is not a Service; it is left out");
                    continue;
                }
                ObjectNode d = dest.addObject();
                if (toEgress) {
                    // The EgressNetwork as backend is the original destination.
                    VirtualServices.destination(d, p.host(), p.port());
                } else {
                    VirtualServices.destination(d, VirtualServices.host(ref.path("namespace").asText(
                            route.id().namespaceOr("default")), ref.path("name").asText()),
                            ref.has("port") ? ref.path("port").asInt() : null);
                }
                // Gateway API: an omitted weight is 1 (apis/v1/shared_types.go BackendRef.Weight).
                weights.add(BigDecimal.valueOf(ref.path("weight").asLong(1)));
                for (String field : List.of("group", "kind", "name", "namespace", "port", "weight")) {
                    if (ref.has(field)) {
                        ctx.tracker().consume(route, at.key(field));
                    }
                }
                if (ref.has("filters")) {
                    ctx.gap(IstioGap.ROUTE_UNSUPPORTED, route, at.key("filters"), "backend filters are not translated");
                }
            }
            if (backends.isEmpty()) {
                // A rule without backends sends to its parent Service (GAMMA, mesh-overview.md).
                VirtualServices.destination(dest.addObject(), p.host(), p.port());
                if (rule.has("backendRefs")) {
                    ctx.tracker().consume(route, rulePath.key("backendRefs"));
                }
            } else if (dest.size() > 1) {
                List<Integer> pct = Weights.percentages(ctx, route, rulePath.key("backendRefs"), weights);
                for (int i = 0; i < dest.size(); i++) {
                    ((ObjectNode) dest.get(i)).put("weight", pct.get(i));
                }
            }
        }
        return action;
    }

    private static void filter(TranslationContext ctx, Manifest route, JsonNode filter, FieldPath at, ObjectNode action) {
        String type = filter.path("type").asText();
        switch (type) {
            case "RequestHeaderModifier", "ResponseHeaderModifier" -> {
                String side = type.startsWith("Request") ? "request" : "response";
                JsonNode mod = filter.path(side.equals("request") ? "requestHeaderModifier" : "responseHeaderModifier");
                ObjectNode headers = action.has("headers") ? (ObjectNode) action.get("headers") : action.putObject("headers");
                ObjectNode target = headers.putObject(side);
                for (String op : List.of("set", "add")) {
                    if (mod.has(op)) {
                        ObjectNode o = target.putObject(op);
                        mod.path(op).forEach(h -> o.put(h.path("name").asText(), h.path("value").asText()));
                    }
                }
                if (mod.has("remove")) {
                    ArrayNode rm = target.putArray("remove");
                    mod.path("remove").forEach(rm::add);
                }
                ctx.tracker().consume(route, at);
            }
            case "RequestRedirect" -> {
                JsonNode rr = filter.path("requestRedirect");
                ObjectNode redirect = action.putObject("redirect");
                if (rr.has("scheme")) {
                    redirect.put("scheme", rr.path("scheme").asText());
                }
                if (rr.has("hostname")) {
                    redirect.put("authority", rr.path("hostname").asText());
                }
                if (rr.has("port")) {
                    redirect.put("port", rr.path("port").asInt());
                }
                if (rr.path("path").path("type").asText().equals("ReplaceFullPath")) {
                    redirect.put("uri", rr.path("path").path("replaceFullPath").asText());
                } else if (rr.has("path")) {
                    ctx.gap(IstioGap.ROUTE_UNSUPPORTED, route, at.key("requestRedirect").key("path"),
                            "a prefix replacement in a redirect has no VirtualService form; the path is kept");
                }
                // Gateway API defaults to 302, Istio to 301 (apis/v1/httproute_types.go StatusCode).
                redirect.put("redirectCode", rr.path("statusCode").asInt(302));
                for (Iterator<String> it = filter.fieldNames(); it.hasNext(); ) {
                    String f = it.next();
                    if (!f.equals("requestRedirect")) {
                        ctx.tracker().consume(route, at.key(f));
                    }
                }
                for (Iterator<String> it = rr.fieldNames(); it.hasNext(); ) {
                    String f = it.next();
                    if (!f.equals("path") || rr.path("path").path("type").asText().equals("ReplaceFullPath")) {
                        ctx.tracker().consume(route, at.key("requestRedirect").key(f));
                    }
                }
            }
            default -> ctx.gap(IstioGap.ROUTE_UNSUPPORTED, route, at, "filter " + type + " is not translated");
        }
    }

    /** --route-api gateway-api: the route is kept for Istio, which serves Gateway API routes on Services. */
    private static void keepGatewayApi(TranslationContext ctx, Manifest route) {
        ObjectNode copy = route.tree().deepCopy();
        copy.remove("status");
        if (route.id().apiVersion().startsWith("policy.linkerd.io/")) {
            // Istio serves Gateway API routes only; the policy.linkerd.io HTTPRoute has the same shape.
            copy.put("apiVersion", "gateway.networking.k8s.io/v1");
        }
        ObjectNode md = (ObjectNode) copy.get("metadata");
        JsonNode annotations = md.path("annotations");
        Optional.ofNullable(annotations.isObject() ? (ObjectNode) annotations : null).ifPresent(a -> {
            a.remove(RetryAnnotations.ALL);
            if (a.isEmpty()) {
                md.remove("annotations");
            }
        });
        if (!md.has("namespace")) {
            md.put("namespace", route.id().namespaceOr("default"));
        }
        ctx.emit(copy, route, FieldPath.of("spec"));
        ctx.tracker().consume(route, "spec");
        JsonNode a = route.tree().path("metadata").path("annotations");
        for (String k : RetryAnnotations.ALL) {
            if (a.has(k)) {
                ctx.gap(IstioGap.ROUTE_UNSUPPORTED, route, FieldPath.of("metadata", "annotations", k), k
                        + " is not written onto the kept Gateway API route; use --route-api virtual-service to keep it");
            }
        }
        ctx.note(IstioGap.ROUTE_UNSUPPORTED, route, FieldPath.of("spec"), "the kept route does not switch off Istio's"
                + " default retries (2 attempts), which Linkerd did not do");
    }
}
