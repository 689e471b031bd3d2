package dev.meshport.simulator.linkerd;

import static dev.meshport.simulator.Fixtures.load;
import static dev.meshport.simulator.Fixtures.request;
import static dev.meshport.simulator.Fixtures.serviceAndPods;
import static org.assertj.core.api.Assertions.assertThat;

import dev.meshport.simulator.AuthorizationResult;
import dev.meshport.simulator.Caller;
import dev.meshport.simulator.Decision;
import dev.meshport.simulator.Verdict;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Sources: linkerd2 policy-controller/k8s/index/src/inbound/index.rs and linkerd2-proxy app/inbound/src/policy/http.rs. */
class LinkerdAuthorizationTest {

    private static final String PODS = serviceAndPods("shop", "api");
    private static final Caller WEB = Caller.of("shop", "web");

    private static final String SERVER = """
            apiVersion: policy.linkerd.io/v1beta3
            kind: Server
            metadata: {name: api-http, namespace: shop}
            spec:
              podSelector: {matchLabels: {app: api}}
              port: http
            """;

    private static String policy(String name, String targetKind, String targetName, String refs) {
        return """
                apiVersion: policy.linkerd.io/v1alpha1
                kind: AuthorizationPolicy
                metadata: {name: %s, namespace: shop}
                spec:
                  targetRef: {group: %s, kind: %s, name: %s}
                  requiredAuthenticationRefs: %s
                """.formatted(name, targetKind.equals("Namespace") ? "core" : "policy.linkerd.io", targetKind, targetName, refs);
    }

    private static String networkAuthentication(String name, String networks) {
        return """
                apiVersion: policy.linkerd.io/v1alpha1
                kind: NetworkAuthentication
                metadata: {name: %s, namespace: shop}
                spec:
                  networks: %s
                """.formatted(name, networks);
    }

    private static final String WEB_IDENTITY = """
            apiVersion: policy.linkerd.io/v1alpha1
            kind: MeshTLSAuthentication
            metadata: {name: web, namespace: shop}
            spec:
              identityRefs: [{kind: ServiceAccount, name: web}]
            """;

    private static Decision simulate(Caller caller, String methodAndPath, String... docs) {
        String[] all = new String[docs.length + 1];
        all[0] = PODS;
        System.arraycopy(docs, 0, all, 1, docs.length);
        String[] parts = methodAndPath.split(" ");
        return new LinkerdSimulator().simulate(load(all), request(caller, parts[0] + " http://api.shop" + parts[1]));
    }

    private static AuthorizationResult authz(Caller caller, String methodAndPath, String... docs) {
        return simulate(caller, methodAndPath, docs).authorization();
    }

    @Test
    @DisplayName("no Server: the default policy, all-unauthenticated unless annotated (default_inbound_server; reference/authorization-policy.md)")
    void defaultPolicy() {
        assertThat(authz(Caller.unauthenticated(), "GET /").decision()).isEqualTo(Verdict.ALLOW);
        String ns = """
                apiVersion: v1
                kind: Namespace
                metadata:
                  name: shop
                  annotations: {config.linkerd.io/default-inbound-policy: all-authenticated}
                """;
        assertThat(authz(Caller.unauthenticated(), "GET /", ns).decision()).isEqualTo(Verdict.DENY);
        assertThat(authz(WEB, "GET /", ns).decision()).isEqualTo(Verdict.ALLOW);
        String deny = ns.replace("all-authenticated", "deny");
        assertThat(authz(WEB, "GET /", deny).decision()).isEqualTo(Verdict.DENY);
    }

    @Test
    @DisplayName("the pod annotation beats the namespace's (pod::Settings default_policy before the cluster default)")
    void podAnnotationWins() {
        String annotatedPods = PODS.replace("    spec:\n      serviceAccountName",
                "      annotations: {config.linkerd.io/default-inbound-policy: deny}\n    spec:\n      serviceAccountName");
        Decision d = new LinkerdSimulator().simulate(load(annotatedPods), request("GET http://api.shop/"));
        assertThat(d.authorization().decision()).isEqualTo(Verdict.DENY);
        assertThat(d.notes()).anyMatch(n -> n.contains("read when the pod is created"));
    }

    @Test
    @DisplayName("a Server selects by pod labels and named port; its accessPolicy defaults to deny (Server v1beta3; select_ports)")
    void serverDefaultsToDeny() {
        AuthorizationResult r = authz(WEB, "GET /", SERVER);
        assertThat(r.decision()).isEqualTo(Verdict.DENY);
        assertThat(r.status()).isEqualTo(403);
        assertThat(authz(WEB, "GET /", SERVER.replace("port: http", "port: 8080")).decision()).isEqualTo(Verdict.DENY);
        assertThat(authz(WEB, "GET /", SERVER.replace("port: http", "port: 9090")).decision()).isEqualTo(Verdict.ALLOW);
        String open = SERVER + "  accessPolicy: all-unauthenticated\n";
        assertThat(authz(Caller.unauthenticated(), "GET /", open).decision()).isEqualTo(Verdict.ALLOW);
    }

    @Test
    @DisplayName("AuthorizationPolicy on the Server or the Namespace with MeshTLSAuthentication identityRefs (client_authzs; policy_client_authz)")
    void serverAndNamespacePolicies() {
        String onServer = policy("p", "Server", "api-http", "[{group: policy.linkerd.io, kind: MeshTLSAuthentication, name: web}]");
        assertThat(authz(WEB, "GET /", SERVER, WEB_IDENTITY, onServer).decision()).isEqualTo(Verdict.ALLOW);
        assertThat(authz(Caller.of("shop", "other"), "GET /", SERVER, WEB_IDENTITY, onServer).decision()).isEqualTo(Verdict.DENY);
        String onNamespace = policy("p", "Namespace", "shop", "[{kind: ServiceAccount, name: web}]");
        assertThat(authz(WEB, "GET /", SERVER, onNamespace).decision()).isEqualTo(Verdict.ALLOW);
        String noRefs = policy("p", "Server", "api-http", "[]");
        assertThat(authz(Caller.unauthenticated(), "GET /", SERVER, noRefs).decision()).isEqualTo(Verdict.ALLOW);
    }

    @Test
    @DisplayName("a policy whose authentication is missing is dropped (policy_client_authz: could not find MeshTLSAuthentication)")
    void missingAuthenticationDropsPolicy() {
        String onServer = policy("p", "Server", "api-http", "[{group: policy.linkerd.io, kind: MeshTLSAuthentication, name: gone}]");
        Decision d = simulate(WEB, "GET /", SERVER, onServer);
        assertThat(d.authorization().decision()).isEqualTo(Verdict.DENY);
        assertThat(d.notes()).anyMatch(n -> n.contains("drops the policy"));
    }

    @Test
    @DisplayName("with routes on the Server, a request matching none gets 404 (linkerd2-proxy inbound policy/http.rs HttpRouteNotFound)")
    void routeMiss404() {
        String route = """
                apiVersion: policy.linkerd.io/v1beta3
                kind: HTTPRoute
                metadata: {name: api-read, namespace: shop}
                spec:
                  parentRefs: [{group: policy.linkerd.io, kind: Server, name: api-http}]
                  rules: [{matches: [{path: {value: /api}, method: GET}]}]
                """;
        AuthorizationResult miss = authz(WEB, "POST /api", SERVER, route);
        assertThat(miss.decision()).isEqualTo(Verdict.DENY);
        assertThat(miss.status()).isEqualTo(404);
    }

    @Test
    @DisplayName("a matched route is authorized only by policies targeting it, not by the Server's (route_client_authzs vs client_authzs)")
    void routeAuthorizationsOnly() {
        String route = """
                apiVersion: policy.linkerd.io/v1beta3
                kind: HTTPRoute
                metadata: {name: api-read, namespace: shop}
                spec:
                  parentRefs: [{group: policy.linkerd.io, kind: Server, name: api-http}]
                  rules: [{matches: [{path: {value: /}}]}]
                """;
        String onServer = policy("s", "Server", "api-http", "[]");
        assertThat(authz(WEB, "GET /", SERVER, route, onServer).decision()).isEqualTo(Verdict.DENY);
        String onRoute = policy("r", "HTTPRoute", "api-read", "[]");
        AuthorizationResult ok = authz(WEB, "GET /", SERVER, route, onRoute);
        assertThat(ok.decision()).isEqualTo(Verdict.ALLOW);
        assertThat(ok.policy().name()).isEqualTo("r");
    }

    @Test
    @DisplayName("NetworkAuthentication needs the caller's address: unknown → cannot match, said so (NetworkAuthentication; --from-ip)")
    void networks() {
        String net = networkAuthentication("cluster", "[{cidr: 10.0.0.0/8, except: [10.250.0.0/16]}]");
        String onServer = policy("p", "Server", "api-http", "[{group: policy.linkerd.io, kind: NetworkAuthentication, name: cluster}]");
        Decision unknown = simulate(WEB, "GET /", SERVER, net, onServer);
        assertThat(unknown.authorization().decision()).isEqualTo(Verdict.DENY);
        assertThat(unknown.notes()).anyMatch(n -> n.contains("--from-ip"));
        assertThat(authz(WEB.withIp("10.1.2.3"), "GET /", SERVER, net, onServer).decision()).isEqualTo(Verdict.ALLOW);
        assertThat(authz(WEB.withIp("10.250.2.3"), "GET /", SERVER, net, onServer).decision()).isEqualTo(Verdict.DENY);
    }

    @Test
    @DisplayName("NetworkAuthentication of 0.0.0.0/0 and ::/0 contains every address: it matches without knowing the caller's")
    void everyNetwork() {
        String all = networkAuthentication("all", "[{cidr: 0.0.0.0/0}, {cidr: \"::/0\"}]");
        String onServer = policy("p", "Server", "api-http", "[{group: policy.linkerd.io, kind: NetworkAuthentication, name: all}]");
        assertThat(authz(WEB, "GET /", SERVER, all, onServer).decision()).isEqualTo(Verdict.ALLOW);
        assertThat(authz(Caller.unauthenticated(), "GET /", SERVER, all, onServer).decision()).isEqualTo(Verdict.ALLOW);
        // One family only, or an exception, still depends on the address.
        String v4Only = all.replace(", {cidr: \"::/0\"}", "");
        assertThat(authz(WEB, "GET /", SERVER, v4Only, onServer).decision()).isEqualTo(Verdict.DENY);
        String except = all.replace("{cidr: 0.0.0.0/0}", "{cidr: 0.0.0.0/0, except: [10.0.0.0/8]}");
        assertThat(authz(WEB, "GET /", SERVER, except, onServer).decision()).isEqualTo(Verdict.DENY);
    }

    @Test
    @DisplayName("identities: * is any meshed client, *.suffix matches by suffix; ServiceAccount first, then namespace (cluster_info.rs)")
    void identityStrings() {
        assertThat(LinkerdIdentity.of("shop", "web", "linkerd", "cluster.local"))
                .isEqualTo("web.shop.serviceaccount.identity.linkerd.cluster.local");
        assertThat(LinkerdIdentity.matches("*", "web.shop.serviceaccount.identity.linkerd.cluster.local")).isTrue();
        assertThat(LinkerdIdentity.matches("*.shop.serviceaccount.identity.linkerd.cluster.local", "web.shop.serviceaccount.identity.linkerd.cluster.local")).isTrue();
        assertThat(LinkerdIdentity.matches("*.other.serviceaccount.identity.linkerd.cluster.local", "web.shop.serviceaccount.identity.linkerd.cluster.local")).isFalse();
        assertThat(LinkerdIdentity.matches("*", null)).isFalse();
    }

    @Test
    @DisplayName("legacy ServerAuthorization authorizes at the Server level (client_authzs: server_authorizations)")
    void serverAuthorization() {
        String saz = """
                apiVersion: policy.linkerd.io/v1beta1
                kind: ServerAuthorization
                metadata: {name: web, namespace: shop}
                spec:
                  server: {name: api-http}
                  client: {meshTLS: {serviceAccounts: [{name: web}]}}
                """;
        assertThat(authz(WEB, "GET /", SERVER, saz).decision()).isEqualTo(Verdict.ALLOW);
        assertThat(authz(Caller.unauthenticated(), "GET /", SERVER, saz).decision()).isEqualTo(Verdict.DENY);
    }
}
