package dev.meshport.simulator.linkerd;

import com.fasterxml.jackson.databind.JsonNode;
import dev.meshport.model.CreationOrder;
import dev.meshport.model.Manifest;
import dev.meshport.simulator.AuthorizationResult;
import dev.meshport.simulator.Backend;
import dev.meshport.simulator.Request;
import dev.meshport.simulator.Source;
import dev.meshport.simulator.Verdict;
import dev.meshport.simulator.support.Cidr;
import dev.meshport.simulator.support.Context;
import dev.meshport.simulator.support.LabelSelectors;
import dev.meshport.simulator.support.Nodes;
import dev.meshport.simulator.support.Re2;
import dev.meshport.simulator.support.Workloads;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Linkerd's inbound (server proxy) policy for one request. Sources (linkerd/linkerd2
 * {@code policy-controller/k8s/index/src/inbound/index.rs}): a port is governed by the Server that selects the pod and
 * port (number, or a named container port: select_ports), else by the default policy (pod annotation
 * {@code config.linkerd.io/default-inbound-policy}, else the namespace's, else the cluster default; default_inbound_server);
 * server-level authorizations are the AuthorizationPolicies targeting the Server or the Namespace and the
 * ServerAuthorizations selecting it (client_authzs); when the Server has routes, each route carries only the policies
 * that target that route (route_client_authzs), and the proxy checks only the matched route's authorizations
 * (linkerd2-proxy {@code linkerd/app/inbound/src/policy/http.rs}: a request matching no route gets 404, an
 * unauthorized one 403); a Server without routes gets a default route that carries the server's authorizations.
 * An AuthorizationPolicy needs all its authentications (policy_client_authz): no MeshTLS/ServiceAccount ref means no
 * identity is required, no NetworkAuthentication means every network; a missing authentication drops the policy.
 */
final class LinkerdAuthorization {

    /** One authorization: who decided it, the identities it accepts (null: any client) and networks (null: all). */
    record Authz(Source source, String label, List<String> identities, List<JsonNode> networks, boolean clusterNetworks, boolean audit) {}

    private final Context<LinkerdSimulator.Options> ctx;

    LinkerdAuthorization(Context<LinkerdSimulator.Options> ctx) {
        this.ctx = ctx;
    }

    AuthorizationResult authorize(Backend backend, Request request) {
        if (backend.namespace() == null || backend.port() == null) {
            return null;
        }
        String ns = backend.namespace();
        List<String> steps = new ArrayList<>();
        List<Workloads.Workload> pods = ctx.workloads().selectedBy(ns, backend.labels());
        Workloads.Workload workload = pods.isEmpty() ? null : pods.get(0);
        Map<String, String> podLabels = workload == null ? backend.labels() : workload.labels();
        String workloadName = workload == null ? "pods of " + ns + "/" + backend.service() : workload.display();
        if (workload == null) {
            ctx.notes().add("no workload in the inputs carries the labels " + backend.labels() + "; Servers are matched against those labels only");
        }
        Integer port = backend.port();
        String portName = null;
        var sp = ctx.workloads().service(ns, backend.service()).flatMap(s -> s.port(backend.port()));
        if (sp.isPresent()) {
            String target = sp.get().targetPort();
            port = target.chars().allMatch(Character::isDigit) ? Integer.valueOf(target) : workload == null ? null : workload.resolve(target);
            portName = target.chars().allMatch(Character::isDigit) ? (workload == null ? null : workload.portName(port)) : target;
            if (port == null) {
                ctx.notes().add("the pods have no container port named '" + target + "'");
                return null;
            }
        }
        steps.add("server workload: " + workloadName + ", port " + port + (portName == null ? "" : " (" + portName + ")"));
        String identity = request.caller().authenticated()
                ? LinkerdIdentity.of(request.caller().namespace(), request.caller().serviceAccount(), ctx.options().controlPlaneNamespace(), ctx.options().trustDomain())
                : null;
        steps.add(identity == null ? "caller: no mesh identity" : "caller identity: " + identity);

        Manifest server = server(ns, podLabels, port, portName);
        if (server == null) {
            return defaultPolicy(workload, ns, identity, request, steps, workloadName, port);
        }
        String serverName = server.id().name();
        steps.add("Server " + ns + "/" + serverName + " selects the pods and port");
        List<RouteMatching.Route> routes = inboundRoutes(ns, serverName);
        if (!routes.isEmpty()) {
            RouteMatching.Selected selected;
            try {
                selected = RouteMatching.find(RouteMatching.ordered(routes), request);
            } catch (Re2.UnsupportedPattern e) {
                ctx.notes().add("an inbound route regex is rejected: " + e.getMessage());
                selected = null;
            }
            if (selected == null) {
                return new AuthorizationResult(Verdict.DENY, 404, "Server " + ns + "/" + serverName + " has routes and none matches"
                        + " the request: the proxy answers 404", Source.of(server, "spec"), workloadName, port, steps);
            }
            Manifest route = selected.route().manifest();
            steps.add("inbound route: " + route.kind() + " " + ns + "/" + route.id().name() + " " + selected.matchPath());
            List<Authz> authzs = routeAuthorizations(route, ns);
            return decide(authzs, identity, request, steps, workloadName, port, "route " + route.kind() + " " + ns + "/" + route.id().name(),
                    Source.of(route, selected.matchPath()));
        }
        List<Authz> authzs = serverAuthorizations(server, ns);
        return decide(authzs, identity, request, steps, workloadName, port, "Server " + ns + "/" + serverName
                + " (accessPolicy " + server.tree().path("spec").path("accessPolicy").asText("deny") + ")", Source.of(server, "spec"));
    }

    private AuthorizationResult decide(List<Authz> authzs, String identity, Request request, List<String> steps, String workloadName,
                                       Integer port, String scope, Source fallback) {
        for (Authz a : authzs) {
            String failure = failure(a, identity, request);
            if (failure == null) {
                steps.add(a.label() + " authorizes the caller");
                if (a.audit()) {
                    ctx.notes().add("audit policy: the request is allowed and flagged in logs and metrics");
                }
                return new AuthorizationResult(Verdict.ALLOW, null, a.label() + " authorizes the caller on " + scope, a.source(),
                        workloadName, port, steps);
            }
            steps.add(a.label() + ": " + failure);
        }
        String reason = authzs.isEmpty() ? "nothing authorizes requests on " + scope : "no authorization on " + scope + " matches the caller";
        return new AuthorizationResult(Verdict.DENY, 403, reason + ": the proxy answers 403", fallback, workloadName, port, steps);
    }

    /** Why the authorization does not apply to the caller, or null when it does. */
    private String failure(Authz a, String identity, Request request) {
        if (a.identities() != null) {
            if (identity == null) {
                return "requires a mesh identity (mTLS)";
            }
            if (a.identities().stream().noneMatch(p -> LinkerdIdentity.matches(p, identity))) {
                return "the caller's identity is not among " + a.identities();
            }
        }
        String ip = request.caller().ip();
        if (a.clusterNetworks()) {
            if (ip == null) {
                if (request.caller().authenticated()) {
                    ctx.notes().add("the caller is a meshed pod (--from) and is assumed to be inside the cluster networks");
                    return null;
                }
                ctx.notes().add("the caller's address is unknown (--from-ip): only authorizations without network requirements can match");
                return "requires the cluster networks and the caller's address is unknown";
            }
            return ctx.options().clusterNetworks().stream().anyMatch(c -> Cidr.contains(c, ip)) ? null : "the caller is outside the cluster networks";
        }
        if (a.networks() != null) {
            if (ip == null && coversEveryAddress(a.networks())) {
                // 0.0.0.0/0 and ::/0 without exceptions contain whatever address the caller has.
                return null;
            }
            if (ip == null) {
                ctx.notes().add("the caller's address is unknown (--from-ip): only authorizations without network requirements can match");
                return "requires a network and the caller's address is unknown";
            }
            for (JsonNode n : a.networks()) {
                if (Cidr.contains(n.path("cidr").asText(), ip)
                        && Nodes.strings(n.path("except")).stream().noneMatch(e -> Cidr.contains(e, ip))) {
                    return null;
                }
            }
            return "the caller's address " + ip + " is not in its networks";
        }
        return null;
    }

    /**
     * True when the networks contain every IPv4 and every IPv6 address (a {@code /0} of each family without
     * {@code except}), so that the caller's address need not be known. Source: Linkerd docs
     * {@code reference/authorization-policy.md} NetworkAuthentication ({@code networks[].cidr}, {@code except}).
     */
    static boolean coversEveryAddress(List<JsonNode> networks) {
        boolean v4 = false;
        boolean v6 = false;
        for (JsonNode n : networks) {
            if (!Nodes.empty(n.path("except"))) {
                continue;
            }
            String cidr = n.path("cidr").asText();
            v4 |= cidr.equals("0.0.0.0/0");
            v6 |= cidr.equals("::/0");
        }
        return v4 && v6;
    }

    /**
     * The Server for a pod port: its podSelector matches and its port is the number or the container port's name.
     * Several Servers on one port are a conflict the controller resolves by age; the oldest (then by name) is used.
     */
    private Manifest server(String ns, Map<String, String> podLabels, int port, String portName) {
        List<Manifest> servers = new ArrayList<>();
        for (Manifest s : ctx.manifests().inNamespace("Server", ns, "default")) {
            JsonNode spec = s.tree().path("spec");
            JsonNode p = spec.path("port");
            boolean portMatches = p.isNumber() ? p.asInt() == port
                    : p.asText().chars().allMatch(Character::isDigit) ? Integer.parseInt(p.asText()) == port : p.asText().equals(portName);
            if (spec.has("podSelector") && portMatches && LabelSelectors.matches(spec.path("podSelector"), podLabels)) {
                servers.add(s);
            }
        }
        servers.sort(CreationOrder.OLDEST_FIRST);
        if (servers.size() > 1) {
            ctx.notes().add(servers.size() + " Servers select port " + port + " of the pods; " + servers.get(0).id().name() + " is used");
        }
        return servers.isEmpty() ? null : servers.get(0);
    }

    private List<RouteMatching.Route> inboundRoutes(String ns, String serverName) {
        List<RouteMatching.Route> out = new ArrayList<>();
        for (Manifest m : ctx.manifests().all()) {
            boolean grpc = m.kind().equals("GRPCRoute");
            if ((!grpc && !m.kind().equals("HTTPRoute")) || !m.id().namespaceOr("default").equals(ns)) {
                continue;
            }
            for (JsonNode p : m.tree().path("spec").path("parentRefs")) {
                if ("Server".equals(p.path("kind").asText()) && "policy.linkerd.io".equals(p.path("group").asText("policy.linkerd.io"))
                        && serverName.equals(p.path("name").asText())) {
                    String unsupported = LinkerdRouting.unsupportedFilter(m);
                    if (unsupported != null) {
                        ctx.notes().add(m.id().display() + " uses the " + unsupported + " filter: the route is not served");
                    } else {
                        out.add(new RouteMatching.Route(m, grpc));
                    }
                    break;
                }
            }
        }
        return out;
    }

    private List<Authz> routeAuthorizations(Manifest route, String ns) {
        List<Authz> out = new ArrayList<>();
        for (Manifest p : ctx.manifests().inNamespace("AuthorizationPolicy", ns, "default")) {
            if (p.mesh() != dev.meshport.model.kinds.Mesh.LINKERD) {
                continue;
            }
            JsonNode target = p.tree().path("spec").path("targetRef");
            String group = target.path("group").asText("");
            if (target.path("kind").asText().equalsIgnoreCase(route.kind()) && target.path("name").asText().equals(route.id().name())
                    && group.equalsIgnoreCase(route.id().group())) {
                addPolicy(p, ns, out);
            }
        }
        return out;
    }

    private List<Authz> serverAuthorizations(Manifest server, String ns) {
        List<Authz> out = new ArrayList<>();
        for (Manifest p : ctx.manifests().inNamespace("AuthorizationPolicy", ns, "default")) {
            if (p.mesh() != dev.meshport.model.kinds.Mesh.LINKERD) {
                continue;
            }
            JsonNode target = p.tree().path("spec").path("targetRef");
            String kind = target.path("kind").asText();
            boolean toServer = kind.equalsIgnoreCase("Server") && target.path("name").asText().equals(server.id().name());
            boolean toNamespace = kind.equalsIgnoreCase("Namespace") && target.path("name").asText().equals(ns);
            if (toServer || toNamespace) {
                addPolicy(p, ns, out);
            }
        }
        for (Manifest saz : ctx.manifests().inNamespace("ServerAuthorization", ns, "default")) {
            JsonNode sel = saz.tree().path("spec").path("server");
            boolean selects = sel.has("name") ? sel.path("name").asText().equals(server.id().name())
                    : LabelSelectors.matches(sel.path("selector"), Nodes.stringMap(server.tree().path("metadata").path("labels")));
            if (selects) {
                out.add(serverAuthorization(saz, ns));
            }
        }
        String access = server.tree().path("spec").path("accessPolicy").asText("deny");
        Authz byAccess = defaultAuthz(access, Source.of(server, server.has(dev.meshport.model.FieldPath.parse("spec.accessPolicy"))
                ? "spec.accessPolicy" : "spec"), "Server accessPolicy " + access);
        if (byAccess != null) {
            out.add(byAccess);
        }
        return out;
    }

    private void addPolicy(Manifest policy, String ns, List<Authz> out) {
        List<String> identities = null;
        List<JsonNode> networks = null;
        JsonNode refs = policy.tree().path("spec").path("requiredAuthenticationRefs");
        String label = "AuthorizationPolicy " + ns + "/" + policy.id().name();
        for (JsonNode ref : refs) {
            String kind = ref.path("kind").asText();
            String refNs = ref.path("namespace").asText(ns);
            String name = ref.path("name").asText();
            if (kind.equals("MeshTLSAuthentication") || kind.equals("ServiceAccount")) {
                if (identities != null) {
                    ctx.notes().add(label + " names several MeshTLSAuthentications/ServiceAccounts: the controller drops it");
                    return;
                }
                if (kind.equals("ServiceAccount")) {
                    identities = List.of(LinkerdIdentity.of(refNs, name, ctx.options().controlPlaneNamespace(), ctx.options().trustDomain()));
                    continue;
                }
                Manifest authn = find("MeshTLSAuthentication", refNs, name);
                if (authn == null) {
                    ctx.notes().add(label + " needs MeshTLSAuthentication " + refNs + "/" + name + ", which is not in the inputs: the controller drops the policy");
                    return;
                }
                identities = meshTlsIdentities(authn, refNs);
            } else if (kind.equals("NetworkAuthentication")) {
                Manifest authn = find("NetworkAuthentication", refNs, name);
                if (authn == null) {
                    ctx.notes().add(label + " needs NetworkAuthentication " + refNs + "/" + name + ", which is not in the inputs: the controller drops the policy");
                    return;
                }
                networks = new ArrayList<>();
                authn.tree().path("spec").path("networks").forEach(networks::add);
            }
        }
        out.add(new Authz(Source.of(policy, "spec"), label, identities, networks, false, false));
    }

    private Manifest find(String kind, String ns, String name) {
        return ctx.manifests().inNamespace(kind, ns, "default").stream().filter(m -> m.id().name().equals(name)).findFirst().orElse(null);
    }

    private List<String> meshTlsIdentities(Manifest authn, String ns) {
        List<String> out = new ArrayList<>(Nodes.strings(authn.tree().path("spec").path("identities")));
        for (JsonNode ref : authn.tree().path("spec").path("identityRefs")) {
            String kind = ref.path("kind").asText();
            if (kind.equals("ServiceAccount")) {
                out.add(LinkerdIdentity.of(ref.path("namespace").asText(ns), ref.path("name").asText(), ctx.options().controlPlaneNamespace(), ctx.options().trustDomain()));
            } else if (kind.equals("Namespace")) {
                out.add("*." + ref.path("name").asText() + ".serviceaccount.identity." + ctx.options().controlPlaneNamespace() + "." + ctx.options().trustDomain());
            }
        }
        return out;
    }

    private Authz serverAuthorization(Manifest saz, String ns) {
        JsonNode client = saz.tree().path("spec").path("client");
        String label = "ServerAuthorization " + ns + "/" + saz.id().name();
        List<JsonNode> networks = null;
        if (client.has("networks")) {
            networks = new ArrayList<>();
            client.path("networks").forEach(networks::add);
        }
        List<String> identities = null;
        JsonNode mtls = client.path("meshTLS");
        if (!client.path("unauthenticated").asBoolean(false) && !mtls.path("unauthenticatedTLS").asBoolean(false)) {
            identities = new ArrayList<>(Nodes.strings(mtls.path("identities")));
            for (JsonNode sa : mtls.path("serviceAccounts")) {
                identities.add(LinkerdIdentity.of(sa.path("namespace").asText(ns), sa.path("name").asText(), ctx.options().controlPlaneNamespace(), ctx.options().trustDomain()));
            }
        }
        return new Authz(Source.of(saz, "spec.client"), label, identities, networks, false, false);
    }

    /**
     * The default policies. Source: Linkerd docs {@code reference/authorization-policy.md} "Default policies":
     * all-unauthenticated (allow all), all-authenticated (meshed clients), cluster-authenticated (meshed clients in the
     * cluster networks), cluster-unauthenticated (clients in the cluster networks), deny, audit (as all-unauthenticated,
     * flagged in logs and metrics).
     */
    static Authz defaultAuthz(String policy, Source source, String label) {
        return switch (policy) {
            case "all-unauthenticated" -> new Authz(source, label, null, null, false, false);
            case "audit" -> new Authz(source, label, null, null, false, true);
            case "all-authenticated" -> new Authz(source, label, List.of("*"), null, false, false);
            case "cluster-unauthenticated" -> new Authz(source, label, null, null, true, false);
            case "cluster-authenticated" -> new Authz(source, label, List.of("*"), null, true, false);
            default -> null;
        };
    }

    private AuthorizationResult defaultPolicy(Workloads.Workload workload, String ns, String identity, Request request,
                                              List<String> steps, String workloadName, Integer port) {
        String key = "config.linkerd.io/default-inbound-policy";
        String policy;
        Source source = null;
        String where;
        if (workload != null && workload.annotations().containsKey(key)) {
            policy = workload.annotations().get(key);
            source = Source.of(workload.manifest(), "spec.template.metadata.annotations[\"" + key + "\"]");
            where = "annotation on " + workload.display();
        } else if (ctx.workloads().namespace(ns).map(n -> n.annotations().containsKey(key)).orElse(false)) {
            Workloads.Namespace n = ctx.workloads().namespace(ns).orElseThrow();
            policy = n.annotations().get(key);
            source = Source.of(n.manifest(), "metadata.annotations[\"" + key + "\"]");
            where = "annotation on Namespace " + ns;
        } else {
            policy = ctx.options().defaultInboundPolicy();
            where = "the cluster default";
        }
        if (source != null) {
            ctx.notes().add("the default-inbound-policy annotation is read when the pod is created: running pods keep the policy they started with");
        }
        steps.add("no Server selects the port: default policy " + policy + " (" + where + ")");
        Authz authz = defaultAuthz(policy, source, "default policy " + policy);
        if (authz == null) {
            return new AuthorizationResult(Verdict.DENY, 403, "default policy " + policy + " (" + where + ") denies every request",
                    source, workloadName, port, steps);
        }
        String failure = failure(authz, identity, request);
        if (failure == null) {
            if (authz.audit()) {
                ctx.notes().add("audit policy: the request is allowed and flagged in logs and metrics");
            }
            return new AuthorizationResult(Verdict.ALLOW, null, "no Server on the port; default policy " + policy + " (" + where
                    + ") allows the caller", source, workloadName, port, steps);
        }
        return new AuthorizationResult(Verdict.DENY, 403, "no Server on the port; default policy " + policy + " (" + where + ") "
                + failure, source, workloadName, port, steps);
    }
}
