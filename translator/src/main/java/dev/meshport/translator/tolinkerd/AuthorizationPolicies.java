package dev.meshport.translator.tolinkerd;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.meshport.model.FieldPath;
import dev.meshport.model.Manifest;
import dev.meshport.model.kinds.Mesh;
import dev.meshport.translator.FieldTracker;
import dev.meshport.translator.Translation;
import dev.meshport.translator.TranslationContext;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Istio AuthorizationPolicies → Linkerd Servers (one per workload port, accessPolicy deny), inbound HTTPRoutes for
 * methods and paths, AuthorizationPolicies, MeshTLSAuthentications and NetworkAuthentications.
 *
 * <p>It fails closed. Istio evaluates CUSTOM, then DENY, then ALLOW (authorization_policy.proto); Linkerd has only
 * allow-lists per Server (Linkerd docs reference/authorization-policy.md). meshport keeps an ALLOW rule only where it
 * can write exactly what it allows minus what any DENY or CUSTOM rule of the workload may deny (read broadly: their
 * sources and conditions are ignored, so they deny more); rules with {@code when}, {@code not*}, JWT principals or
 * hosts are dropped; a workload under JWT RequestAuthentication gets no allowance at all. Every route's authorizations
 * come only from rules whose operation covers the whole route, so no request is allowed that Istio denied.
 */
public final class AuthorizationPolicies implements Translation {

    /** The fields of an ALLOW rule, source and operation that meshport can write exactly; any other drops the rule. */
    private static final Set<String> RULE_FIELDS = Set.of("from", "to", "when");
    private static final Set<String> SOURCE_FIELDS = Set.of("principals", "namespaces", "serviceAccounts", "ipBlocks");
    private static final Set<String> OPERATION_FIELDS = Set.of("ports", "methods", "paths");

    private final String rootNamespace;

    public AuthorizationPolicies(String rootNamespace) {
        this.rootNamespace = rootNamespace;
    }

    /** Who may call: identities (null: any meshed identity check not required) and networks (null: any). */
    private record Source(List<ObjectNode> identityRefs, List<String> identities, List<String> networks) {}

    /** One operation an ALLOW rule allows: ports (empty: all), method (null: any), path. */
    private record Operation(Set<Integer> ports, String method, PathPattern path) {}

    /** A parsed ALLOW rule: its sources (empty list: nobody) and operations. */
    private record AllowRule(Manifest policy, int index, List<Source> sources, List<Operation> operations) {}

    /** A parsed DENY/CUSTOM rule, read broadly: the operations it may deny to anyone. */
    private record DenyRule(Manifest policy, Set<Integer> ports, Set<String> methods, List<PathPattern> paths) {}

    private record Parsed(Manifest manifest, String action, List<AllowRule> allows, List<DenyRule> denies,
                          Map<String, String> selector, boolean namespaceWide) {}

    @Override
    public void translate(TranslationContext ctx) {
        Cluster cluster = new Cluster(ctx.manifests());
        List<Parsed> policies = new ArrayList<>();
        for (Manifest ap : ctx.manifests().ofKind(Mesh.ISTIO, "AuthorizationPolicy")) {
            parse(ctx, ap).ifPresent(policies::add);
        }
        Map<Manifest, Boolean> used = new LinkedHashMap<>();
        policies.forEach(p -> used.put(p.manifest(), false));
        for (Cluster.PodTemplate workload : cluster.podTemplates()) {
            List<Parsed> applicable = new ArrayList<>();
            for (Parsed p : policies) {
                if (applies(p, workload)) {
                    applicable.add(p);
                    used.put(p.manifest(), true);
                }
            }
            if (!applicable.isEmpty()) {
                new Workload(ctx, workload, applicable).emit();
            }
        }
        used.forEach((ap, wasUsed) -> {
            if (!wasUsed) {
                ctx.note(LinkerdGap.AP_NO_WORKLOAD, ap, ap.has(FieldPath.parse("spec.selector"))
                        ? FieldPath.parse("spec.selector") : FieldPath.of("spec"),
                        "no pod template of the inputs is selected by this policy: nothing is written for it");
            }
        });
    }

    private boolean applies(Parsed p, Cluster.PodTemplate w) {
        String ns = p.manifest().id().namespaceOr("default");
        boolean inScope = ns.equals(w.namespace()) || ns.equals(rootNamespace);
        return inScope && w.labels().entrySet().containsAll(p.selector().entrySet());
    }

    // ---- parsing, with the accounting of every field ----

    private Optional<Parsed> parse(TranslationContext ctx, Manifest ap) {
        FieldTracker tracker = ctx.tracker();
        JsonNode spec = ap.tree().path("spec");
        FieldPath specPath = FieldPath.of("spec");
        if (ap.tree().path("metadata").path("annotations").path("istio.io/dry-run").asText("").equals("true")) {
            ctx.gap(LinkerdGap.AP_DRY_RUN, ap, FieldPath.parse("metadata.annotations[\"istio.io/dry-run\"]"),
                    "the policy is in dry-run: Istio does not enforce it, so meshport writes nothing for it "
                            + "(Linkerd audit mode logs all unauthorized requests of a Server)");
            tracker.ignore(ap, specPath);
            return Optional.empty();
        } else if (ap.has(FieldPath.parse("metadata.annotations[\"istio.io/dry-run\"]"))) {
            tracker.consume(ap, FieldPath.parse("metadata.annotations[\"istio.io/dry-run\"]"));
        }
        if (spec.has("targetRef") || spec.has("targetRefs")) {
            String f = spec.has("targetRef") ? "targetRef" : "targetRefs";
            ctx.gap(LinkerdGap.AP_TARGET_REFS, ap, specPath.key(f), "the policy attaches to " + spec.get(f)
                    + ", not to sidecar workloads: nothing is written for it");
            tracker.ignore(ap, specPath);
            return Optional.empty();
        }
        Map<String, String> selector = Cluster.stringMap(spec.path("selector").path("matchLabels"));
        if (spec.has("selector")) {
            tracker.consume(ap, specPath.key("selector"));
        }
        boolean namespaceWide = selector.isEmpty();
        String namespace = ap.id().namespaceOr("default");
        if (namespace.equals(rootNamespace)) {
            ctx.note(LinkerdGap.AP_ROOT_NAMESPACE, ap, specPath, "a policy in the root namespace applies to the whole "
                    + "mesh; meshport writes it for each workload of the inputs");
        }
        String action = spec.path("action").asText("ALLOW");
        if (spec.isEmpty()) {
            tracker.consume(ap, specPath);
        }
        if (!action.equals("ALLOW")) {
            ctx.gap(LinkerdGap.AP_FAIL_CLOSED, ap, specPath.key("action"), switch (action) {
                case "DENY" -> "Linkerd has no DENY: meshport keeps only the allowances of the selected workloads "
                        + "that it can prove this policy does not deny (its sources and conditions are read as matching everyone)";
                case "CUSTOM" -> "Linkerd has no external authorization: meshport treats every request this policy "
                        + "sends to the provider as denied";
                case "AUDIT" -> "Linkerd has no per-policy audit: the audit logging is lost (decisions are unchanged)";
                default -> "unknown action " + action + ": read as DENY";
            });
            tracker.ignore(ap, specPath);
            List<DenyRule> denies = new ArrayList<>();
            if (!action.equals("AUDIT")) {
                JsonNode rules = spec.path("rules");
                for (JsonNode r : rules) {
                    denies.add(denyRule(ap, r));
                }
            }
            return Optional.of(new Parsed(ap, action, List.of(), denies, selector, namespaceWide));
        }
        if (spec.has("action")) {
            tracker.consume(ap, specPath.key("action"));
        }
        List<AllowRule> allows = new ArrayList<>();
        JsonNode rules = spec.path("rules");
        if (rules.isArray() && rules.isEmpty()) {
            tracker.consume(ap, specPath.key("rules"));
        }
        for (int i = 0; i < rules.size(); i++) {
            allowRule(ctx, ap, rules.get(i), i, specPath.key("rules").index(i)).ifPresent(allows::add);
        }
        return Optional.of(new Parsed(ap, action, allows, List.of(), selector, namespaceWide));
    }

    private DenyRule denyRule(Manifest ap, JsonNode r) {
        Set<Integer> ports = new TreeSet<>();
        Set<String> methods = new TreeSet<>();
        List<PathPattern> paths = new ArrayList<>();
        JsonNode to = r.path("to");
        boolean everything = to.isEmpty();
        for (JsonNode t : to) {
            JsonNode op = t.path("operation");
            // One operation's fields are ANDed; read broadly, a field meshport cannot read means "anything".
            boolean anyPath = !op.has("paths");
            for (JsonNode p : op.path("paths")) {
                Optional<PathPattern> pp = PathPattern.istio(p.asText());
                if (pp.isPresent()) {
                    paths.add(pp.get());
                } else {
                    anyPath = true;
                }
            }
            if (anyPath) {
                paths.add(PathPattern.ANY);
            }
            if (!op.has("ports")) {
                everything |= !op.has("methods") && anyPath;
            }
            op.path("ports").forEach(p -> ports.add(p.asInt()));
            op.path("methods").forEach(m -> methods.add(m.asText()));
            if (op.has("notPorts") || op.has("notMethods") || op.has("notPaths") || op.has("hosts") || op.has("notHosts")) {
                everything = true;
            }
        }
        if (to.size() > 1) {
            // Several operations: their fields combine per operation; read as the broadest union.
            return new DenyRule(ap, Set.of(), Set.of(), List.of(PathPattern.ANY));
        }
        if (everything) {
            return new DenyRule(ap, Set.of(), Set.of(), List.of(PathPattern.ANY));
        }
        return new DenyRule(ap, ports, methods, paths);
    }

    private Optional<AllowRule> allowRule(TranslationContext ctx, Manifest ap, JsonNode r, int index, FieldPath at) {
        FieldTracker tracker = ctx.tracker();
        boolean drop = false;
        for (Iterator<String> it = r.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!RULE_FIELDS.contains(field)) {
                ctx.gap(LinkerdGap.AP_FAIL_CLOSED, ap, at.key(field), "'" + field + "' is not translated: rule " + index
                        + " is left out (fail closed), so what it allowed is denied");
                drop = true;
            }
        }
        if (r.isObject() && r.isEmpty()) {
            tracker.consume(ap, at);
        }
        if (r.has("when")) {
            ctx.gap(LinkerdGap.AP_FAIL_CLOSED, ap, at.key("when"), "Linkerd authorization has no request conditions: "
                    + "rule " + index + " is left out (fail closed), so what it allowed is denied");
            drop = true;
        }
        List<Source> sources = new ArrayList<>();
        JsonNode from = r.path("from");
        if (!r.has("from") || from.isEmpty()) {
            if (r.has("from")) {
                tracker.consume(ap, at.key("from"));
            }
            sources.add(new Source(null, null, null));
        }
        for (int j = 0; j < from.size(); j++) {
            FieldPath sp = at.key("from").index(j).key("source");
            Optional<Source> s = source(ctx, ap, from.get(j).path("source"), sp, index);
            if (s.isEmpty()) {
                drop = true;
            } else {
                sources.add(s.get());
            }
        }
        List<Operation> operations = new ArrayList<>();
        JsonNode to = r.path("to");
        if (!r.has("to") || to.isEmpty()) {
            if (r.has("to")) {
                tracker.consume(ap, at.key("to"));
            }
            operations.add(new Operation(Set.of(), null, PathPattern.ANY));
        }
        for (int j = 0; j < to.size(); j++) {
            FieldPath op = at.key("to").index(j).key("operation");
            Optional<List<Operation>> ops = operation(ctx, ap, to.get(j).path("operation"), op, index);
            if (ops.isEmpty()) {
                drop = true;
            } else {
                operations.addAll(ops.get());
            }
        }
        if (drop) {
            tracker.ignore(ap, at);
            return Optional.empty();
        }
        return Optional.of(new AllowRule(ap, index, sources, operations));
    }

    private Optional<Source> source(TranslationContext ctx, Manifest ap, JsonNode s, FieldPath at, int rule) {
        FieldTracker tracker = ctx.tracker();
        for (Iterator<String> it = s.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!SOURCE_FIELDS.contains(field)) {
                ctx.gap(LinkerdGap.AP_FAIL_CLOSED, ap, at.key(field), "'" + field + "' has no Linkerd equivalent: rule "
                        + rule + " is left out (fail closed), so what it allowed is denied");
                tracker.ignore(ap, at);
                return Optional.empty();
            }
        }
        if (s.isEmpty()) {
            tracker.consume(ap, at);
        }
        // Identity sets: "*" for any meshed identity, "ns/" for a namespace, "ns/sa" for a service account.
        Set<String> ids = null;
        if (s.has("principals")) {
            ids = new TreeSet<>();
            JsonNode ps = s.get("principals");
            for (int i = 0; i < ps.size(); i++) {
                String principal = ps.get(i).asText();
                Optional<String> id = principal(principal, ctx.options().trustDomain());
                FieldPath p = at.key("principals").index(i);
                if (id.isPresent()) {
                    ids.add(id.get());
                    tracker.consume(ap, p);
                } else {
                    ctx.gap(LinkerdGap.AP_PRINCIPAL_WILDCARD, ap, p, "principal '" + principal + "' cannot be written "
                            + "as a Linkerd identity (trust domain " + ctx.options().trustDomain()
                            + ", leading-label wildcards only): it is left out, so it is not allowed");
                }
            }
        }
        if (s.has("serviceAccounts")) {
            Set<String> sas = new TreeSet<>();
            for (JsonNode sa : s.get("serviceAccounts")) {
                String text = sa.asText();
                sas.add(text.contains("/") ? text : ap.id().namespaceOr("default") + "/" + text);
            }
            tracker.consume(ap, at.key("serviceAccounts"));
            ids = ids == null ? sas : intersect(ids, sas);
        }
        if (s.has("namespaces")) {
            Set<String> nss = new TreeSet<>();
            JsonNode ns = s.get("namespaces");
            for (int i = 0; i < ns.size(); i++) {
                String n = ns.get(i).asText();
                FieldPath p = at.key("namespaces").index(i);
                if (n.equals("*")) {
                    nss.add("*");
                    tracker.consume(ap, p);
                } else if (n.contains("*")) {
                    ctx.gap(LinkerdGap.AP_PRINCIPAL_WILDCARD, ap, p, "namespace pattern '" + n
                            + "' cannot be written in Linkerd: it is left out, so it is not allowed");
                } else {
                    nss.add(n + "/");
                    tracker.consume(ap, p);
                }
            }
            ids = ids == null ? nss : intersect(ids, nss);
        }
        if (ids != null && ids.isEmpty()) {
            // Every identity condition was left out: the source allows nobody.
            return Optional.of(new Source(List.of(), List.of(), null));
        }
        List<String> networks = null;
        if (s.has("ipBlocks")) {
            networks = new ArrayList<>();
            for (JsonNode b : s.get("ipBlocks")) {
                String cidr = b.asText();
                networks.add(cidr.contains("/") ? cidr : cidr + (cidr.contains(":") ? "/128" : "/32"));
            }
            tracker.consume(ap, at.key("ipBlocks"));
        }
        if (ids == null) {
            return Optional.of(new Source(null, null, networks));
        }
        List<ObjectNode> refs = new ArrayList<>();
        List<String> identities = new ArrayList<>();
        for (String id : ids) {
            if (id.equals("*")) {
                identities.add("*");
            } else if (id.endsWith("/")) {
                refs.add(TranslationContext.object().put("kind", "Namespace").put("name", id.substring(0, id.length() - 1)));
            } else {
                String[] parts = id.split("/");
                refs.add(TranslationContext.object().put("kind", "ServiceAccount").put("name", parts[1])
                        .put("namespace", parts[0]));
            }
        }
        return Optional.of(new Source(refs, identities, networks));
    }

    /** Istio principal → "ns/sa", "ns/" or "*"; empty when Linkerd cannot express it. */
    static Optional<String> principal(String principal, String trustDomain) {
        if (principal.equals("*")) {
            return Optional.of("*");
        }
        String[] parts = principal.split("/");
        if (parts.length != 5 || !parts[1].equals("ns") || !parts[3].equals("sa") || !parts[0].equals(trustDomain)
                || parts[2].contains("*")) {
            return Optional.empty();
        }
        if (parts[4].equals("*")) {
            return Optional.of(parts[2] + "/");
        }
        return parts[4].contains("*") ? Optional.empty() : Optional.of(parts[2] + "/" + parts[4]);
    }

    /** Identities in both sets ("*" any, "ns/" a namespace, "ns/sa" an account). */
    private static Set<String> intersect(Set<String> a, Set<String> b) {
        Set<String> out = new TreeSet<>();
        for (String x : a) {
            for (String y : b) {
                if (x.equals("*")) {
                    out.add(y);
                } else if (y.equals("*") || x.equals(y)) {
                    out.add(x);
                } else if (x.endsWith("/") && y.startsWith(x)) {
                    out.add(y);
                } else if (y.endsWith("/") && x.startsWith(y)) {
                    out.add(x);
                }
            }
        }
        return out;
    }

    private Optional<List<Operation>> operation(TranslationContext ctx, Manifest ap, JsonNode op, FieldPath at, int rule) {
        FieldTracker tracker = ctx.tracker();
        for (Iterator<String> it = op.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!OPERATION_FIELDS.contains(field)) {
                ctx.gap(LinkerdGap.AP_FAIL_CLOSED, ap, at.key(field), "'" + field + "' has no exact Linkerd "
                        + "equivalent: rule " + rule + " is left out (fail closed), so what it allowed is denied");
                tracker.ignore(ap, at);
                return Optional.empty();
            }
        }
        if (op.isEmpty()) {
            tracker.consume(ap, at);
        }
        Set<Integer> ports = new TreeSet<>();
        if (op.has("ports")) {
            op.get("ports").forEach(p -> ports.add(p.asInt()));
            tracker.consume(ap, at.key("ports"));
        }
        List<String> methods = new ArrayList<>();
        if (op.has("methods")) {
            op.get("methods").forEach(m -> methods.add(m.asText()));
            ctx.gap(LinkerdGap.AP_PATHS, ap, at.key("methods"), "methods " + methods + " become inbound HTTPRoute matches; "
                    + "other requests to the port get 404 instead of 403");
        } else {
            methods.add(null);
        }
        List<PathPattern> paths = new ArrayList<>();
        if (op.has("paths")) {
            JsonNode ps = op.get("paths");
            for (int i = 0; i < ps.size(); i++) {
                Optional<PathPattern> pp = PathPattern.istio(ps.get(i).asText());
                if (pp.isPresent()) {
                    paths.add(pp.get());
                } else {
                    ctx.gap(LinkerdGap.AP_FAIL_CLOSED, ap, at.key("paths").index(i), "path template '" + ps.get(i).asText()
                            + "' is not translated: it is left out, so it is not allowed");
                }
            }
            if (paths.isEmpty()) {
                return Optional.of(List.of());
            }
            ctx.gap(LinkerdGap.AP_PATHS, ap, at.key("paths"), "paths become inbound HTTPRoute matches; other requests "
                    + "to the port get 404 instead of 403");
        } else {
            paths.add(PathPattern.ANY);
        }
        List<Operation> out = new ArrayList<>();
        for (String m : methods) {
            for (PathPattern p : paths) {
                out.add(new Operation(ports, m, p));
            }
        }
        return Optional.of(out);
    }

    // ---- one workload ----

    /** One allowance on one Server: an operation (method, path) for a set of sources, from one rule. */
    private record Allowance(String method, PathPattern path, List<Source> sources, AllowRule rule) {}

    private final class Workload {
        private final TranslationContext ctx;
        private final Cluster.PodTemplate w;
        private final List<Parsed> policies;
        private final String ns;
        private final String name;

        Workload(TranslationContext ctx, Cluster.PodTemplate w, List<Parsed> policies) {
            this.ctx = ctx;
            this.w = w;
            this.policies = policies;
            this.ns = w.namespace();
            this.name = w.manifest().id().name();
        }

        void emit() {
            boolean anyAllowPolicy = policies.stream().anyMatch(p -> p.action().equals("ALLOW"));
            boolean enforcing = anyAllowPolicy || policies.stream().anyMatch(p -> !p.denies().isEmpty());
            if (!enforcing) {
                return;
            }
            Optional<Manifest> jwt = requestAuthentication();
            List<DenyRule> denies = new ArrayList<>();
            policies.forEach(p -> denies.addAll(p.denies()));
            Manifest cause = policies.get(0).manifest();
            boolean strict = strictMtls();
            for (Cluster.ContainerPort port : w.ports()) {
                List<Allowance> allowances = new ArrayList<>();
                if (jwt.isEmpty()) {
                    for (Parsed p : policies) {
                        for (AllowRule r : p.allows()) {
                            allowances.addAll(allowancesOn(port.port(), r, denies));
                        }
                    }
                    if (!anyAllowPolicy) {
                        // Only DENY/CUSTOM policies: Istio allows what they do not deny.
                        AllowRule all = new AllowRule(cause, -1, List.of(new Source(null, null, null)),
                                List.of(new Operation(Set.of(), null, PathPattern.ANY)));
                        allowances.addAll(allowancesOn(port.port(), all, denies));
                    }
                }
                server(port, allowances, cause, strict);
            }
            if (jwt.isPresent()) {
                ctx.note(LinkerdGap.AP_FAIL_CLOSED, jwt.get(), FieldPath.parse("spec.jwtRules"), "Istio rejects requests "
                        + "with an invalid JWT at workload " + name + "; Linkerd cannot tell them apart, so meshport allows "
                        + "no request on its Servers (fail closed)");
            }
            // Ports the pod spec does not declare get no Server: make their default deny as well (read at pod creation).
            ObjectNode annotations = Workloads.templateAnnotations(ctx, w.manifest(), w.template(), FieldPath.of("spec"), cause);
            annotations.put("config.linkerd.io/default-inbound-policy", "deny");
        }

        private Optional<Manifest> requestAuthentication() {
            for (Manifest ra : ctx.manifests().ofKind(Mesh.ISTIO, "RequestAuthentication")) {
                String raNs = ra.id().namespaceOr("default");
                Map<String, String> sel = Cluster.stringMap(ra.tree().path("spec").path("selector").path("matchLabels"));
                if ((raNs.equals(ns) || raNs.equals(rootNamespace)) && w.labels().entrySet().containsAll(sel.entrySet())
                        && ra.tree().path("spec").has("jwtRules")) {
                    return Optional.of(ra);
                }
            }
            return Optional.empty();
        }

        private boolean strictMtls() {
            for (Manifest pa : ctx.manifests().ofKind(Mesh.ISTIO, "PeerAuthentication")) {
                String paNs = pa.id().namespaceOr("default");
                Map<String, String> sel = Cluster.stringMap(pa.tree().path("spec").path("selector").path("matchLabels"));
                if ((paNs.equals(ns) || paNs.equals(rootNamespace)) && w.labels().entrySet().containsAll(sel.entrySet())
                        && pa.tree().path("spec").path("mtls").path("mode").asText("").equals("STRICT")) {
                    return true;
                }
            }
            return false;
        }

        /** The allowances of one rule on one port, minus what the deny rules may deny. */
        private List<Allowance> allowancesOn(int port, AllowRule r, List<DenyRule> denies) {
            List<Allowance> out = new ArrayList<>();
            for (Operation op : r.operations()) {
                if (!op.ports().isEmpty() && !op.ports().contains(port)) {
                    continue;
                }
                List<String> methods = new ArrayList<>();
                List<DenyRule> onPort = denies.stream().filter(d -> d.ports().isEmpty() || d.ports().contains(port)).toList();
                boolean methodSpecificDeny = onPort.stream().anyMatch(d -> !d.methods().isEmpty());
                if (op.method() == null && methodSpecificDeny) {
                    // "Any method" minus a method-specific deny: written per method (extension methods are not allowed).
                    methods.addAll(VirtualServiceRoutes.METHODS);
                } else {
                    methods.add(op.method());
                }
                for (String method : methods) {
                    List<PathPattern> denied = new ArrayList<>();
                    for (DenyRule d : onPort) {
                        if (d.methods().isEmpty() || method == null || d.methods().contains(method)) {
                            denied.addAll(d.paths());
                        }
                    }
                    Optional<PathPattern> path = op.path().minus(denied);
                    if (path.isPresent()) {
                        out.add(new Allowance(method, path.get(), r.sources(), r));
                    } else if (r.index() >= 0) {
                        ctx.note(LinkerdGap.AP_FAIL_CLOSED, r.policy(), FieldPath.parse("spec.rules").index(r.index()),
                                "on " + name + " port " + port + ", " + (method == null ? "any method" : method) + " "
                                        + describe(op.path()) + " overlaps what a DENY or CUSTOM policy may deny in a way "
                                        + "meshport cannot subtract: it is not allowed (fail closed)");
                    }
                }
            }
            return out;
        }

        private static String describe(PathPattern p) {
            return p.kind() == PathPattern.Kind.ANY ? "on any path" : "on " + p.kind().name().toLowerCase() + " " + p.value();
        }

        private void server(Cluster.ContainerPort port, List<Allowance> allowances, Manifest cause, boolean strict) {
            String serverName = name + "-" + port.port();
            ObjectNode server = TranslationContext.object();
            server.put("apiVersion", "policy.linkerd.io/v1beta3").put("kind", "Server");
            server.putObject("metadata").put("name", serverName).put("namespace", ns);
            ObjectNode spec = server.putObject("spec");
            ObjectNode sel = spec.putObject("podSelector").putObject("matchLabels");
            w.labels().forEach(sel::put);
            spec.put("port", port.port());
            spec.put("accessPolicy", "deny");
            ctx.emit(server, cause, FieldPath.of("spec"));
            for (Parsed p : policies) {
                if (p.manifest() != cause) {
                    ctx.emit(server, p.manifest(), FieldPath.of("spec"));
                }
            }
            boolean needsRoutes = allowances.stream().anyMatch(a -> a.method() != null || a.path().kind() != PathPattern.Kind.ANY);
            if (!needsRoutes) {
                int n = 0;
                for (Allowance a : allowances) {
                    for (int j = 0; j < a.sources().size(); j++) {
                        authorize(serverTarget(serverName), serverName + "-" + (n++), a.rule(), j, a.sources().get(j), strict);
                    }
                }
                return;
            }
            // Routes: each distinct match, plus the intersections of overlapping ones (more specific, so they win);
            // a route is authorized for the rules whose operation covers all of it.
            List<Allowance> matches = new ArrayList<>();
            Set<String> seen = new LinkedHashSet<>();
            for (Allowance a : allowances) {
                if (seen.add(a.method() + " " + a.path())) {
                    matches.add(a);
                }
            }
            for (int i = 0; i < matches.size(); i++) {
                for (int j = 0; j < i; j++) {
                    Allowance a = matches.get(i);
                    Allowance b = matches.get(j);
                    if (a.method() != null && b.method() != null && !a.method().equals(b.method())) {
                        continue;
                    }
                    Optional<PathPattern> meet = a.path().meet(b.path());
                    String method = a.method() != null ? a.method() : b.method();
                    if (meet.isPresent() && seen.add(method + " " + meet.get()) && matches.size() < 64) {
                        matches.add(new Allowance(method, meet.get(), List.of(), a.rule()));
                    }
                }
            }
            int routeIndex = 0;
            for (Allowance m : matches) {
                String routeName = serverName + "-route-" + (routeIndex++);
                ObjectNode route = TranslationContext.object();
                route.put("apiVersion", "policy.linkerd.io/v1beta3").put("kind", "HTTPRoute");
                route.putObject("metadata").put("name", routeName).put("namespace", ns);
                ObjectNode rs = route.putObject("spec");
                rs.putArray("parentRefs").addObject().put("group", "policy.linkerd.io").put("kind", "Server")
                        .put("name", serverName);
                ObjectNode match = rs.putArray("rules").addObject().putArray("matches").addObject();
                match.set("path", m.path().toRouteMatch());
                if (m.method() != null) {
                    match.put("method", m.method());
                }
                ctx.emit(route, m.rule().policy(), m.rule().index() >= 0
                        ? FieldPath.parse("spec.rules").index(m.rule().index()) : FieldPath.of("spec"));
                int n = 0;
                for (Allowance a : allowances) {
                    boolean covers = (a.method() == null || a.method().equals(m.method())) && m.path().within(a.path());
                    if (!covers) {
                        continue;
                    }
                    for (int j = 0; j < a.sources().size(); j++) {
                        authorize(routeTarget(routeName), routeName + "-" + (n++), a.rule(), j, a.sources().get(j), strict);
                    }
                }
            }
            probes(port, serverName);
        }

        /** Kubelet probes stop being authorized by default once a Server has routes (features/server-policy.md). */
        private void probes(Cluster.ContainerPort port, String serverName) {
            Set<String> paths = new TreeSet<>();
            for (Cluster.Probe p : w.probes()) {
                if (p.port() == port.port()) {
                    paths.add(p.path());
                }
            }
            if (paths.isEmpty()) {
                return;
            }
            String routeName = serverName + "-probes";
            ObjectNode route = TranslationContext.object();
            route.put("apiVersion", "policy.linkerd.io/v1beta3").put("kind", "HTTPRoute");
            route.putObject("metadata").put("name", routeName).put("namespace", ns);
            ObjectNode rs = route.putObject("spec");
            rs.putArray("parentRefs").addObject().put("group", "policy.linkerd.io").put("kind", "Server").put("name", serverName);
            ArrayNode matches = rs.putArray("rules").addObject().putArray("matches");
            paths.forEach(p -> matches.addObject().put("method", "GET").putObject("path").put("type", "Exact").put("value", p));
            ctx.emit(route, w.manifest(), w.template());
            ObjectNode kubelet = TranslationContext.object();
            kubelet.put("apiVersion", "policy.linkerd.io/v1alpha1").put("kind", "NetworkAuthentication");
            kubelet.putObject("metadata").put("name", "kubelet-probes").put("namespace", ns);
            ArrayNode nets = kubelet.putObject("spec").putArray("networks");
            nets.addObject().put("cidr", "0.0.0.0/0");
            nets.addObject().put("cidr", "::/0");
            ctx.emit(kubelet, w.manifest(), w.template());
            ObjectNode policy = authorizationPolicy(routeName, routeTarget(routeName));
            ((ArrayNode) policy.get("spec").get("requiredAuthenticationRefs")).addObject()
                    .put("group", "policy.linkerd.io").put("kind", "NetworkAuthentication").put("name", "kubelet-probes");
            ctx.emit(policy, w.manifest(), w.template());
            ctx.note(LinkerdGap.AP_PATHS, w.manifest(), w.template(), "Server " + serverName + " has routes, so meshport "
                    + "adds route " + routeName + " for the kubelet probes " + paths + " (GET from any network, as "
                    + "Linkerd's default probe authorization does)");
        }

        private ObjectNode serverTarget(String server) {
            return TranslationContext.object().put("group", "policy.linkerd.io").put("kind", "Server").put("name", server);
        }

        private ObjectNode routeTarget(String route) {
            return TranslationContext.object().put("group", "policy.linkerd.io").put("kind", "HTTPRoute").put("name", route);
        }

        private ObjectNode authorizationPolicy(String name, ObjectNode target) {
            ObjectNode policy = TranslationContext.object();
            policy.put("apiVersion", "policy.linkerd.io/v1alpha1").put("kind", "AuthorizationPolicy");
            policy.putObject("metadata").put("name", name).put("namespace", ns);
            ObjectNode spec = policy.putObject("spec");
            spec.set("targetRef", target);
            spec.putArray("requiredAuthenticationRefs");
            return policy;
        }

        /** One AuthorizationPolicy for one source (several on a target are ORed; refs in one are ANDed). */
        private void authorize(ObjectNode target, String policyName, AllowRule rule, int sourceIndex, Source s,
                               boolean strict) {
            FieldPath at = rule.index() >= 0 ? FieldPath.parse("spec.rules").index(rule.index()) : FieldPath.of("spec");
            boolean nobody = s.identityRefs() != null && s.identityRefs().isEmpty() && s.identities().isEmpty();
            if (nobody) {
                return;
            }
            ObjectNode policy = authorizationPolicy(policyName, target);
            ArrayNode refs = (ArrayNode) policy.get("spec").get("requiredAuthenticationRefs");
            // Authentications are named after the Istio rule and source they come from, shared by its routes.
            String base = rule.policy().id().name() + (rule.index() >= 0 ? "-rule" + rule.index() : "-all")
                    + "-from" + sourceIndex + (strict && s.identityRefs() == null ? "-mtls" : "");
            boolean meshTls = s.identityRefs() != null || strict;
            if (meshTls) {
                ObjectNode authn = TranslationContext.object();
                authn.put("apiVersion", "policy.linkerd.io/v1alpha1").put("kind", "MeshTLSAuthentication");
                authn.putObject("metadata").put("name", base).put("namespace", ns);
                ObjectNode spec = authn.putObject("spec");
                if (s.identityRefs() == null || !s.identities().isEmpty()) {
                    spec.putArray("identities").add("*");
                }
                if (s.identityRefs() != null && !s.identityRefs().isEmpty() && s.identities().isEmpty()) {
                    ArrayNode ids = spec.putArray("identityRefs");
                    s.identityRefs().forEach(ids::add);
                }
                ctx.emit(authn, rule.policy(), at);
                refs.addObject().put("group", "policy.linkerd.io").put("kind", "MeshTLSAuthentication").put("name", base);
            }
            if (s.networks() != null || !meshTls) {
                ObjectNode net = TranslationContext.object();
                net.put("apiVersion", "policy.linkerd.io/v1alpha1").put("kind", "NetworkAuthentication");
                net.putObject("metadata").put("name", base + "-net").put("namespace", ns);
                ArrayNode nets = net.putObject("spec").putArray("networks");
                List<String> cidrs = s.networks() != null ? s.networks() : List.of("0.0.0.0/0", "::/0");
                cidrs.forEach(c -> nets.addObject().put("cidr", c));
                ctx.emit(net, rule.policy(), at);
                refs.addObject().put("group", "policy.linkerd.io").put("kind", "NetworkAuthentication").put("name", base + "-net");
            }
            ctx.emit(policy, rule.policy(), at);
        }
    }
}
