package dev.meshport.simulator.istio;

import com.fasterxml.jackson.databind.JsonNode;
import dev.meshport.model.Manifest;
import dev.meshport.model.kinds.Mesh;
import dev.meshport.simulator.AuthorizationResult;
import dev.meshport.simulator.Backend;
import dev.meshport.simulator.Request;
import dev.meshport.simulator.Source;
import dev.meshport.simulator.Verdict;
import dev.meshport.simulator.support.Cidr;
import dev.meshport.simulator.support.LabelSelectors;
import dev.meshport.simulator.support.Nodes;
import dev.meshport.simulator.support.Context;
import dev.meshport.simulator.support.Workloads;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Istio's authorization at the server sidecar. Source: istio/api {@code security/v1beta1/authorization_policy.proto}:
 * "CUSTOM, DENY and ALLOW actions ... are evaluated in order: 1. If there are any CUSTOM policies that match the
 * request, evaluate and deny the request if the evaluation result is deny. 2. If there are any DENY policies that match
 * the request, deny the request. 3. If there are no ALLOW policies for the workload, allow the request. 4. If any of
 * the ALLOW policies match the request, allow the request. 5. Deny the request." Policies apply to a workload when they
 * are in the root namespace or the workload's namespace and their selector matches its pod labels (no selector: every
 * workload of the namespace). PeerAuthentication decides only whether the caller's identity is known.
 */
final class IstioAuthorization {

    private static final Pattern HEADER_KEY = Pattern.compile("request\\.headers\\[(.+)]");

    private final Context<IstioSimulator.Options> ctx;

    IstioAuthorization(Context<IstioSimulator.Options> ctx) {
        this.ctx = ctx;
    }

    /** What the server workload of {@code backend} decides; null when its pods are outside the inputs. */
    AuthorizationResult authorize(Backend backend, Request request) {
        if (backend.namespace() == null) {
            return null;
        }
        List<String> steps = new ArrayList<>();
        List<Workloads.Workload> pods = ctx.workloads().selectedBy(backend.namespace(), backend.labels());
        Map<String, String> podLabels;
        String workloadName;
        Workloads.Workload workload = pods.isEmpty() ? null : pods.get(0);
        if (workload == null) {
            podLabels = backend.labels();
            workloadName = "pods of " + backend.namespace() + "/" + backend.service();
            ctx.notes().add("no workload in the inputs carries the labels " + backend.labels() + "; policies are matched against those labels only");
        } else {
            podLabels = workload.labels();
            workloadName = workload.display();
        }
        Integer port = workloadPort(backend, workload);
        steps.add("server workload: " + workloadName + (port == null ? "" : ", port " + port));

        String mode = peerAuthenticationMode(backend.namespace(), podLabels, port, steps);
        boolean mtls = request.caller().authenticated() && !mode.equals("DISABLE");
        if (mode.equals("STRICT") && !request.caller().authenticated()) {
            return new AuthorizationResult(Verdict.DENY, null, "PeerAuthentication requires mutual TLS (STRICT) and the caller has"
                    + " no mesh identity: the connection is refused", peerAuthenticationSource, workloadName, port, steps);
        }
        String principal = mtls ? ctx.options().trustDomain() + "/ns/" + request.caller().namespace() + "/sa/" + request.caller().serviceAccount() : null;
        steps.add(principal == null ? "caller: no peer identity (plain text)" : "caller principal: " + principal);
        Attributes attributes = new Attributes(request, principal, mtls ? request.caller().namespace() : null, port);

        List<Manifest> policies = applicable(backend.namespace(), podLabels);
        for (String action : List.of("CUSTOM", "DENY", "ALLOW")) {
            List<Manifest> ofAction = policies.stream().filter(p -> action(p).equals(action)).toList();
            if (ofAction.isEmpty()) {
                continue;
            }
            for (Manifest policy : ofAction) {
                int rule = matchingRule(policy, attributes);
                if (rule < 0) {
                    steps.add(action + " " + policy.id().namespace() + "/" + policy.id().name() + ": no rule matches");
                    continue;
                }
                Source source = Source.of(policy, "spec.rules[" + rule + "]");
                String what = action + " policy " + policy.id().namespace() + "/" + policy.id().name() + " rule " + rule + " matched";
                steps.add(what);
                switch (action) {
                    case "CUSTOM" -> ctx.notes().add("CUSTOM policy " + policy.id().display() + " sends the request to the external"
                            + " authorizer '" + policy.tree().path("spec").path("provider").path("name").asText()
                            + "', which the simulator cannot run: it assumes the authorizer allows");
                    case "DENY" -> {
                        return new AuthorizationResult(Verdict.DENY, 403, what, source, workloadName, port, steps);
                    }
                    default -> {
                        return new AuthorizationResult(Verdict.ALLOW, null, what, source, workloadName, port, steps);
                    }
                }
            }
        }
        boolean anyAllow = policies.stream().anyMatch(p -> action(p).equals("ALLOW"));
        if (!anyAllow) {
            return new AuthorizationResult(Verdict.ALLOW, null, "no ALLOW policy applies to the workload, so the request is allowed",
                    null, workloadName, port, steps);
        }
        String names = policies.stream().filter(p -> action(p).equals("ALLOW"))
                .map(p -> p.id().namespace() + "/" + p.id().name()).collect(java.util.stream.Collectors.joining(", "));
        return new AuthorizationResult(Verdict.DENY, 403, "ALLOW policies apply to the workload (" + names + ") and none matches"
                + " the request, so it is denied (an ALLOW policy denies everything it does not match, on every port)",
                null, workloadName, port, steps);
    }

    private Source peerAuthenticationSource;

    private static String action(Manifest policy) {
        return policy.tree().path("spec").path("action").asText("ALLOW");
    }

    /** The port the server sidecar sees: the Service port's targetPort, resolved through the pod's named ports. */
    private Integer workloadPort(Backend backend, Workloads.Workload workload) {
        if (backend.port() == null) {
            return null;
        }
        var svc = ctx.workloads().service(backend.namespace(), backend.service());
        if (svc.isEmpty()) {
            return backend.port();
        }
        var sp = svc.get().port(backend.port());
        if (sp.isEmpty()) {
            return backend.port();
        }
        String target = sp.get().targetPort();
        if (target.chars().allMatch(Character::isDigit)) {
            return Integer.valueOf(target);
        }
        return workload == null ? null : workload.resolve(target);
    }

    /**
     * The mTLS mode for the workload and port. Source: istio/api {@code security/v1beta1/peer_authentication.proto}:
     * workload-specific policy (selector) wins over the namespace-wide one, which wins over the root namespace's mesh-wide
     * one; {@code portLevelMtls} overrides per port; UNSET inherits; the default is PERMISSIVE.
     */
    private String peerAuthenticationMode(String namespace, Map<String, String> podLabels, Integer port, List<String> steps) {
        List<Manifest> chain = new ArrayList<>();
        for (Manifest pa : ctx.manifests().inNamespace("PeerAuthentication", namespace, "default")) {
            if (pa.tree().path("spec").has("selector") && LabelSelectors.matches(pa.tree().path("spec").path("selector"), podLabels)) {
                chain.add(pa);
                break;
            }
        }
        ctx.manifests().inNamespace("PeerAuthentication", namespace, "default").stream()
                .filter(pa -> !pa.tree().path("spec").has("selector")).findFirst().ifPresent(chain::add);
        ctx.manifests().inNamespace("PeerAuthentication", ctx.options().rootNamespace(), "default").stream()
                .filter(pa -> !pa.tree().path("spec").has("selector")).findFirst().ifPresent(chain::add);
        for (Manifest pa : chain) {
            JsonNode spec = pa.tree().path("spec");
            String mode = spec.path("mtls").path("mode").asText("UNSET");
            if (port != null && spec.path("portLevelMtls").has(String.valueOf(port))) {
                mode = spec.path("portLevelMtls").path(String.valueOf(port)).path("mode").asText(mode);
            }
            if (!mode.equals("UNSET")) {
                peerAuthenticationSource = Source.of(pa, "spec.mtls.mode");
                steps.add("PeerAuthentication " + pa.id().namespace() + "/" + pa.id().name() + ": mTLS " + mode);
                return mode;
            }
        }
        steps.add("no PeerAuthentication: mTLS PERMISSIVE (Istio's default)");
        return "PERMISSIVE";
    }

    private List<Manifest> applicable(String namespace, Map<String, String> podLabels) {
        List<Manifest> out = new ArrayList<>();
        for (Manifest p : ctx.manifests().ofKind(Mesh.ISTIO, "AuthorizationPolicy")) {
            String ns = p.id().namespaceOr("default");
            JsonNode spec = p.tree().path("spec");
            if (!ns.equals(namespace) && !ns.equals(ctx.options().rootNamespace())) {
                continue;
            }
            if (spec.has("targetRef") || spec.has("targetRefs")) {
                ctx.notes().add(p.id().display() + " uses targetRef(s) (gateways and waypoints), not a sidecar selector: not applied");
                continue;
            }
            if (LabelSelectors.matches(spec.path("selector"), podLabels)) {
                out.add(p);
            }
        }
        return out;
    }

    /** The request's attributes as the RBAC filter sees them. */
    record Attributes(Request request, String principal, String sourceNamespace, Integer port) {}

    /**
     * The index of the first rule that matches, or -1. A policy without rules matches nothing ({@code spec: {}} is
     * "allow nothing"); a rule without from/to/when matches everything. Within a rule from, to and when must all hold;
     * the entries of from (and of to) are ORed; the fields of one source or operation are ANDed; the values of one field
     * are ORed (authorization_policy.proto Rule).
     */
    int matchingRule(Manifest policy, Attributes a) {
        JsonNode rules = policy.tree().path("spec").path("rules");
        for (int i = 0; i < rules.size(); i++) {
            JsonNode rule = rules.get(i);
            if (anyOf(rule.path("from"), "source", s -> sourceMatches(s, a))
                    && anyOf(rule.path("to"), "operation", o -> operationMatches(o, a))
                    && allConditions(rule.path("when"), a, policy)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean anyOf(JsonNode list, String field, java.util.function.Predicate<JsonNode> test) {
        if (Nodes.empty(list)) {
            return true;
        }
        for (JsonNode item : list) {
            if (test.test(item.path(field))) {
                return true;
            }
        }
        return false;
    }

    private boolean sourceMatches(JsonNode s, Attributes a) {
        return field(s, "principals", a.principal(), false)
                && field(s, "namespaces", a.sourceNamespace(), false)
                && field(s, "requestPrincipals", null, false)
                && ipField(s, "ipBlocks", a) && ipField(s, "remoteIpBlocks", a);
    }

    private boolean operationMatches(JsonNode o, Attributes a) {
        Request r = a.request();
        return field(o, "methods", r.method(), false)
                && field(o, "paths", r.path(), false)
                && hostsField(o, r)
                && field(o, "ports", a.port() == null ? null : String.valueOf(a.port()), false);
    }

    /**
     * hosts/notHosts match the request's authority case-insensitively, port included: a pattern without a port does
     * not match {@code host:port} (istio {@code pilot/pkg/security/authz/matcher/header.go} HostMatcher, exact/prefix/
     * suffix with ignore_case; istio/istio#44080, closed as documentation: "requires defining a port number if HTTP
     * Host header includes a port number").
     */
    private static boolean hostsField(JsonNode o, Request r) {
        return field(o, "hosts", r.authority(), true);
    }

    /** {@code name} must match one of its values; {@code notName} must match none (an absent value matches no value). */
    private static boolean field(JsonNode node, String name, String value, boolean ignoreCase) {
        String not = "not" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
        if (node.has(name) && !IstioValueMatch.any(Nodes.strings(node.path(name)), value, ignoreCase)) {
            return false;
        }
        return !(node.has(not) && IstioValueMatch.any(Nodes.strings(node.path(not)), value, ignoreCase));
    }

    private boolean ipField(JsonNode s, String name, Attributes a) {
        String not = "not" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
        if (!s.has(name) && !s.has(not)) {
            return true;
        }
        String ip = a.request().caller().ip();
        if (ip == null) {
            ctx.notes().add(name + "/" + not + " need the caller's address (--from-ip): without it they do not match");
            return false;
        }
        if (s.has(name) && Nodes.strings(s.path(name)).stream().noneMatch(c -> Cidr.contains(c, ip))) {
            return false;
        }
        return !(s.has(not) && Nodes.strings(s.path(not)).stream().anyMatch(c -> Cidr.contains(c, ip)));
    }

    /** {@code when}: every condition must hold. Keys the simulator cannot evaluate do not hold, and are noted. */
    private boolean allConditions(JsonNode when, Attributes a, Manifest policy) {
        for (JsonNode c : when) {
            String key = c.path("key").asText();
            String value;
            Matcher header = HEADER_KEY.matcher(key);
            if (header.matches()) {
                value = a.request().headers().get(header.group(1).toLowerCase(java.util.Locale.ROOT));
            } else {
                Map<String, String> known = new LinkedHashMap<>();
                known.put("source.namespace", a.sourceNamespace());
                known.put("source.principal", a.principal());
                known.put("destination.port", a.port() == null ? null : String.valueOf(a.port()));
                if (key.startsWith("request.auth.")) {
                    known.put(key, null);
                    ctx.notes().add("JWT claims are not simulated: the request carries no token, so " + key + " is absent");
                } else if ((key.equals("source.ip") || key.equals("remote.ip")) && a.request().caller().ip() != null) {
                    String ip = a.request().caller().ip();
                    if (c.has("values") && Nodes.strings(c.path("values")).stream().noneMatch(x -> Cidr.contains(x, ip))) {
                        return false;
                    }
                    if (c.has("notValues") && Nodes.strings(c.path("notValues")).stream().anyMatch(x -> Cidr.contains(x, ip))) {
                        return false;
                    }
                    continue;
                }
                if (!known.containsKey(key)) {
                    ctx.notes().add("condition '" + key + "' in " + policy.id().display() + " cannot be decided from the request: it does not match");
                    return false;
                }
                value = known.get(key);
            }
            if (c.has("values") && !IstioValueMatch.any(Nodes.strings(c.path("values")), value, false)) {
                return false;
            }
            if (c.has("notValues") && IstioValueMatch.any(Nodes.strings(c.path("notValues")), value, false)) {
                return false;
            }
        }
        return true;
    }
}
