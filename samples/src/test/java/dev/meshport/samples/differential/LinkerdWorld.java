package dev.meshport.samples.differential;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A small Linkerd mesh as the differential tests generate it: Services with one Deployment each (label {@code app},
 * container port {@code http} 8080) and a ServiceAccount, a client workload per namespace, Namespaces that may carry
 * {@code config.linkerd.io/default-inbound-policy}, Gateway API HTTPRoutes with a Service parent, Servers, and
 * AuthorizationPolicies with MeshTLSAuthentications. {@link #toString()} is the YAML of the mesh configuration, so a
 * shrunk counterexample reads as the input it is.
 */
record LinkerdWorld(List<Svc> services, Map<String, String> namespaceDefaults, List<RouteSpec> routes,
                    List<ServerSpec> servers, List<InboundRouteSpec> inboundRoutes, List<PolicySpec> policies,
                    List<SplitSpec> splits, List<ProfileSpec> profiles) {

    LinkerdWorld(List<Svc> services, Map<String, String> namespaceDefaults, List<RouteSpec> routes,
                 List<ServerSpec> servers, List<InboundRouteSpec> inboundRoutes, List<PolicySpec> policies) {
        this(services, namespaceDefaults, routes, servers, inboundRoutes, policies, List.of(), List.of());
    }

    LinkerdWorld(List<Svc> services, Map<String, String> namespaceDefaults, List<RouteSpec> routes,
                 List<ServerSpec> servers, List<InboundRouteSpec> inboundRoutes, List<PolicySpec> policies,
                 List<SplitSpec> splits) {
        this(services, namespaceDefaults, routes, servers, inboundRoutes, policies, splits, List.of());
    }

    /**
     * A ServiceProfile {@code <service>.<serviceNamespace>.svc.cluster.local} in {@code namespace} (the Service's, or a
     * client namespace, where it applies to that namespace's clients only), with routes (a method and/or a pathRegex
     * condition each, tried in order) and dstOverrides (Services of the Service's namespace with quantity weights).
     */
    record ProfileSpec(String service, String serviceNamespace, String namespace, List<ProfileRoute> routes,
                       List<SplitBackend> dstOverrides) {}

    record ProfileRoute(String method, String pathRegex) {}

    /**
     * An SMI TrafficSplit (split.smi-spec.io/v1alpha1) of the apex Service {@code service} in {@code namespace}: each
     * backend a Service of the namespace with a weight written as a Kubernetes quantity ({@code 500m}, {@code 1}).
     */
    record SplitSpec(String service, String namespace, List<SplitBackend> backends) {}

    record SplitBackend(String service, String weight) {}

    static final int PORT = IstioWorld.PORT;
    static final String HOME = IstioWorld.HOME;
    static final String TRUST_DOMAIN = "cluster.local";
    static final String DEFAULT_POLICY = "config.linkerd.io/default-inbound-policy";

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * A Service {@code name} in {@code namespace} selecting {@code app: name}; targetPort by name or number; its
     * Deployment's pod template may carry {@code config.linkerd.io/default-inbound-policy} ({@code defaultPolicy}, null:
     * absent).
     */
    record Svc(String name, String namespace, boolean namedTargetPort, String defaultPolicy) {
        String host() {
            return name + "." + namespace;
        }
    }

    /**
     * A gateway.networking.k8s.io HTTPRoute named after its parent Service {@code service} in {@code serviceNamespace}.
     * In the Service's namespace it is a producer route; in another namespace a consumer route, which applies to
     * clients in that namespace only (GEP-1426). backendRefs name Services of {@code serviceNamespace}.
     */
    record RouteSpec(String service, String namespace, String serviceNamespace, List<RuleSpec> rules) {}

    /** One rule: its matches (ORed; none means every request) and weighted backendRefs. */
    record RuleSpec(List<MatchSpec> matches, List<BackendSpec> backends) {}

    /** One match; each set condition must hold. {@code pathType} is Exact or PathPrefix; null conditions are absent. */
    record MatchSpec(String pathType, String path, String method, String header, String headerValue) {}

    /** A backendRef to a Service of the route's namespace; weight null is not written (1). */
    record BackendSpec(String service, Integer weight) {}

    /**
     * A policy.linkerd.io Server selecting {@code app: service} (matchLabels), or, when {@code appIn} is set, the pods
     * whose {@code app} is one of those (matchExpressions, which Istio selectors cannot say); port by name
     * ({@code http}) or number; {@code created} is its creationTimestamp (null: none, as in manifests written by hand).
     */
    record ServerSpec(String name, String namespace, String service, boolean portByName, String accessPolicy, String created,
                      List<String> appIn) {
        ServerSpec(String name, String namespace, String service, boolean portByName, String accessPolicy) {
            this(name, namespace, service, portByName, accessPolicy, null, null);
        }
    }

    /**
     * An inbound gateway.networking.k8s.io HTTPRoute {@code name} whose parent is the Server {@code server}, with one rule
     * of one match (path {@code pathType} Exact, PathPrefix or RegularExpression; method null is absent) and no backendRefs.
     */
    record InboundRouteSpec(String name, String namespace, String server, String pathType, String path, String method,
                            String created) {
        InboundRouteSpec(String name, String namespace, String server, String pathType, String path, String method) {
            this(name, namespace, server, pathType, path, method, null);
        }
    }

    /**
     * An AuthorizationPolicy targeting a Server, an inbound HTTPRoute or the namespace ({@code targetKind} Server,
     * HTTPRoute or Namespace). {@code authn} is
     * {@code identities} (a MeshTLSAuthentication listing identity strings), {@code identityRefs} (a
     * MeshTLSAuthentication referring to ServiceAccounts) or {@code serviceAccount} (a direct ServiceAccount ref, the
     * first of {@code clients}); {@code clients} are {@code ns/sa}, or {@code *} (every meshed identity) in identities.
     * {@code networks} (null: none) adds a required NetworkAuthentication; each entry is a CIDR, or {@code cidr!except}.
     */
    record PolicySpec(String name, String namespace, String targetKind, String targetName, String authn, List<String> clients,
                      List<String> networks) {}

    private static void created(ObjectNode resource, String timestamp) {
        if (timestamp != null) {
            ((ObjectNode) resource.get("metadata")).put("creationTimestamp", timestamp);
        }
    }

    List<String> namespaces() {
        return IstioWorld.namespaces(services.stream().map(Svc::namespace).toList());
    }

    /** Namespaces (with their default-inbound-policy), ServiceAccounts, Deployments, Services. */
    List<ObjectNode> kubernetes() {
        List<ObjectNode> out = new ArrayList<>();
        for (String ns : namespaces()) {
            String policy = namespaceDefaults.get(ns);
            out.addAll(IstioWorld.namespaceWithClient(ns, policy == null ? Map.of() : Map.of(DEFAULT_POLICY, policy)));
        }
        for (Svc s : services) {
            out.add(object("v1", "ServiceAccount", s.namespace(), s.name()));
            ObjectNode deployment = deployment(s.namespace(), s.name());
            if (s.defaultPolicy() != null) {
                ((ObjectNode) deployment.path("spec").path("template").path("metadata")).putObject("annotations")
                        .put(DEFAULT_POLICY, s.defaultPolicy());
            }
            out.add(deployment);
            out.add(IstioWorld.service(s.namespace(), s.name(), s.namedTargetPort()));
        }
        return out;
    }

    /** The mesh configuration: HTTPRoutes, Servers, MeshTLSAuthentications, AuthorizationPolicies. */
    List<ObjectNode> linkerd() {
        List<ObjectNode> out = new ArrayList<>();
        java.util.Set<String> routeNames = new java.util.HashSet<>();
        for (RouteSpec r : routes) {
            // A second route for the same Service in the same namespace is named <service>-2.
            String name = routeNames.add(r.namespace() + "/" + r.service()) ? r.service() : r.service() + "-2";
            ObjectNode route = object("gateway.networking.k8s.io/v1", "HTTPRoute", r.namespace(), name);
            ObjectNode spec = route.putObject("spec");
            ObjectNode parent = spec.putArray("parentRefs").addObject().put("group", "core").put("kind", "Service").put("name", r.service());
            boolean consumer = !r.namespace().equals(r.serviceNamespace());
            if (consumer) {
                parent.put("namespace", r.serviceNamespace());
            }
            parent.put("port", PORT);
            ArrayNode rules = spec.putArray("rules");
            for (RuleSpec rule : r.rules()) {
                ObjectNode out1 = rules.addObject();
                if (!rule.matches().isEmpty()) {
                    ArrayNode matches = out1.putArray("matches");
                    rule.matches().forEach(m -> matches.add(match(m)));
                }
                ArrayNode backends = out1.putArray("backendRefs");
                for (BackendSpec b : rule.backends()) {
                    ObjectNode ref = backends.addObject().put("name", b.service());
                    if (consumer) {
                        ref.put("namespace", r.serviceNamespace());
                    }
                    ref.put("port", PORT);
                    if (b.weight() != null) {
                        ref.put("weight", b.weight());
                    }
                }
            }
            out.add(route);
        }
        for (ServerSpec s : servers) {
            ObjectNode server = object("policy.linkerd.io/v1beta3", "Server", s.namespace(), s.name());
            created(server, s.created());
            ObjectNode spec = server.putObject("spec");
            if (s.appIn() == null) {
                spec.putObject("podSelector").putObject("matchLabels").put("app", s.service());
            } else {
                ObjectNode in = spec.putObject("podSelector").putArray("matchExpressions").addObject().put("key", "app").put("operator", "In");
                s.appIn().forEach(in.putArray("values")::add);
            }
            if (s.portByName()) {
                spec.put("port", "http");
            } else {
                spec.put("port", PORT);
            }
            spec.put("proxyProtocol", "HTTP/1");
            if (s.accessPolicy() != null) {
                spec.put("accessPolicy", s.accessPolicy());
            }
            out.add(server);
        }
        for (InboundRouteSpec r : inboundRoutes) {
            ObjectNode route = object("gateway.networking.k8s.io/v1", "HTTPRoute", r.namespace(), r.name());
            created(route, r.created());
            ObjectNode spec = route.putObject("spec");
            spec.putArray("parentRefs").addObject().put("group", "policy.linkerd.io").put("kind", "Server").put("name", r.server());
            spec.putArray("rules").addObject().putArray("matches").add(match(new MatchSpec(r.pathType(), r.path(), r.method(), null, null)));
            out.add(route);
        }
        for (PolicySpec p : policies) {
            if (p.targetKind().equals("ServerAuthorization")) {
                out.add(serverAuthorization(p));
                continue;
            }
            ObjectNode policy = object("policy.linkerd.io/v1alpha1", "AuthorizationPolicy", p.namespace(), p.name());
            ObjectNode spec = policy.putObject("spec");
            ObjectNode target = spec.putObject("targetRef");
            if (p.targetKind().equals("Namespace")) {
                target.put("kind", "Namespace").put("name", p.namespace());
            } else if (p.targetKind().equals("HTTPRoute")) {
                target.put("group", "gateway.networking.k8s.io").put("kind", "HTTPRoute").put("name", p.targetName());
            } else {
                target.put("group", "policy.linkerd.io").put("kind", "Server").put("name", p.targetName());
            }
            ArrayNode required = spec.putArray("requiredAuthenticationRefs");
            if (p.networks() != null) {
                required.addObject().put("group", "policy.linkerd.io").put("kind", "NetworkAuthentication").put("name", p.name() + "-networks");
                ObjectNode network = object("policy.linkerd.io/v1alpha1", "NetworkAuthentication", p.namespace(), p.name() + "-networks");
                ArrayNode networks = network.putObject("spec").putArray("networks");
                for (String n : p.networks()) {
                    String[] parts = n.split("!");
                    ObjectNode net = networks.addObject().put("cidr", parts[0]);
                    if (parts.length > 1) {
                        net.putArray("except").add(parts[1]);
                    }
                }
                out.add(network);
            }
            if (p.authn().equals("none")) {
                out.add(policy);
                continue;
            }
            ObjectNode ref = required.addObject();
            if (p.authn().equals("serviceAccount")) {
                String[] client = p.clients().get(0).split("/");
                ref.put("kind", "ServiceAccount").put("name", client[1]).put("namespace", client[0]);
            } else {
                ref.put("group", "policy.linkerd.io").put("kind", "MeshTLSAuthentication").put("name", p.name() + "-clients");
                ObjectNode authn = object("policy.linkerd.io/v1alpha1", "MeshTLSAuthentication", p.namespace(), p.name() + "-clients");
                ObjectNode authnSpec = authn.putObject("spec");
                if (p.authn().equals("identities")) {
                    ArrayNode identities = authnSpec.putArray("identities");
                    p.clients().forEach(c -> identities.add(identity(c)));
                } else {
                    ArrayNode refs = authnSpec.putArray("identityRefs");
                    for (String c : p.clients()) {
                        String[] client = c.split("/");
                        refs.addObject().put("kind", "ServiceAccount").put("name", client[1]).put("namespace", client[0]);
                    }
                }
                out.add(authn);
            }
            out.add(policy);
        }
        return out;
    }

    /**
     * The legacy form: a policy.linkerd.io/v1beta1 ServerAuthorization of the Server {@code targetName}; its client is
     * meshTLS identities ({@code identities}) or serviceAccounts (otherwise), or unauthenticated ({@code none}), and
     * the networks if any (reference/authorization-policy.md "ServerAuthorization").
     */
    private static ObjectNode serverAuthorization(PolicySpec p) {
        ObjectNode saz = object("policy.linkerd.io/v1beta1", "ServerAuthorization", p.namespace(), p.name());
        ObjectNode spec = saz.putObject("spec");
        spec.putObject("server").put("name", p.targetName());
        ObjectNode client = spec.putObject("client");
        if (p.networks() != null) {
            ArrayNode networks = client.putArray("networks");
            for (String n : p.networks()) {
                String[] parts = n.split("!");
                ObjectNode net = networks.addObject().put("cidr", parts[0]);
                if (parts.length > 1) {
                    net.putArray("except").add(parts[1]);
                }
            }
        }
        if (p.authn().equals("none")) {
            client.put("unauthenticated", true);
        } else if (p.authn().equals("identities")) {
            ArrayNode identities = client.putObject("meshTLS").putArray("identities");
            p.clients().forEach(c -> identities.add(identity(c)));
        } else {
            ArrayNode accounts = client.putObject("meshTLS").putArray("serviceAccounts");
            for (String c : p.clients()) {
                String[] parts = c.split("/");
                accounts.addObject().put("name", parts[1]).put("namespace", parts[0]);
            }
        }
        return saz;
    }

    /** A Linkerd identity: {@code <sa>.<ns>.serviceaccount.identity.linkerd.<trust-domain>}, or {@code *}. */
    static String identity(String client) {
        if (client.equals("*")) {
            return "*";
        }
        String[] c = client.split("/");
        return c[1] + "." + c[0] + ".serviceaccount.identity.linkerd." + TRUST_DOMAIN;
    }

    private List<ObjectNode> splitDocuments() {
        List<ObjectNode> out = new ArrayList<>();
        for (SplitSpec t : splits) {
            ObjectNode split = object("split.smi-spec.io/v1alpha1", "TrafficSplit", t.namespace(), t.service() + "-split");
            ObjectNode spec = split.putObject("spec").put("service", t.service());
            ArrayNode backends = spec.putArray("backends");
            t.backends().forEach(b -> backends.addObject().put("service", b.service()).put("weight", b.weight()));
            out.add(split);
        }
        return out;
    }

    private List<ObjectNode> profileDocuments() {
        List<ObjectNode> out = new ArrayList<>();
        for (ProfileSpec p : profiles) {
            String fqdn = p.service() + "." + p.serviceNamespace() + ".svc." + TRUST_DOMAIN;
            ObjectNode sp = object("linkerd.io/v1alpha2", "ServiceProfile", p.namespace(), fqdn);
            ObjectNode spec = sp.putObject("spec");
            ArrayNode routes = spec.putArray("routes");
            for (int i = 0; i < p.routes().size(); i++) {
                ProfileRoute r = p.routes().get(i);
                ObjectNode route = routes.addObject().put("name", "route-" + i);
                ObjectNode condition = route.putObject("condition");
                if (r.method() != null) {
                    condition.put("method", r.method());
                }
                if (r.pathRegex() != null) {
                    condition.put("pathRegex", r.pathRegex());
                }
            }
            if (!p.dstOverrides().isEmpty()) {
                ArrayNode overrides = spec.putArray("dstOverrides");
                p.dstOverrides().forEach(o -> overrides.addObject()
                        .put("authority", o.service() + "." + p.serviceNamespace() + ".svc." + TRUST_DOMAIN + ":" + PORT)
                        .put("weight", o.weight()));
            }
            out.add(sp);
        }
        return out;
    }

    String yaml() {
        List<JsonNode> docs = new ArrayList<>(kubernetes());
        docs.addAll(linkerd());
        docs.addAll(splitDocuments());
        docs.addAll(profileDocuments());
        return IstioWorld.yaml(docs);
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("\n# services:");
        services.forEach(s -> out.append(' ').append(s.host()).append(s.namedTargetPort() ? "(named port)" : "")
                .append(s.defaultPolicy() == null ? "" : "(pods: " + s.defaultPolicy() + ")"));
        out.append("\n# namespace default-inbound-policy: ").append(namespaceDefaults).append('\n');
        List<JsonNode> docs = new ArrayList<>(linkerd());
        docs.addAll(splitDocuments());
        docs.addAll(profileDocuments());
        out.append(IstioWorld.yaml(docs));
        return out.toString();
    }

    private static ObjectNode match(MatchSpec m) {
        ObjectNode out = JSON.createObjectNode();
        if (m.path() != null) {
            out.putObject("path").put("type", m.pathType()).put("value", m.path());
        }
        if (m.method() != null) {
            out.put("method", m.method());
        }
        if (m.header() != null) {
            out.putArray("headers").addObject().put("type", "Exact").put("name", m.header()).put("value", m.headerValue());
        }
        return out;
    }

    private static ObjectNode deployment(String ns, String name) {
        return IstioWorld.deployment(ns, name, Map.of("app", name), name);
    }

    private static ObjectNode object(String apiVersion, String kind, String namespace, String name) {
        return IstioWorld.object(apiVersion, kind, namespace, name);
    }
}
