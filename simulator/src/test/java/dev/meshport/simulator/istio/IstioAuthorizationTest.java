package dev.meshport.simulator.istio;

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

/** Each test names the upstream source (istio/api security/v1beta1/authorization_policy.proto unless said otherwise). */
class IstioAuthorizationTest {

    private static final String SERVER = serviceAndPods("shop", "api");
    private static final Caller WEB = Caller.of("shop", "web");

    private static String policy(String name, String spec) {
        return """
                apiVersion: security.istio.io/v1
                kind: AuthorizationPolicy
                metadata: {name: %s, namespace: shop}
                spec:
                """.formatted(name) + spec.indent(2);
    }

    private static Decision simulate(Caller caller, String method, String path, String... policies) {
        String[] docs = new String[policies.length + 1];
        docs[0] = SERVER;
        System.arraycopy(policies, 0, docs, 1, policies.length);
        return new IstioSimulator().simulate(load(docs), request(caller, method + " http://api.shop" + path));
    }

    private static AuthorizationResult authz(Caller caller, String method, String path, String... policies) {
        return simulate(caller, method, path, policies).authorization();
    }

    @Test
    @DisplayName("no ALLOW policy for the workload → allow (evaluation step 3)")
    void noPolicyAllows() {
        assertThat(authz(WEB, "GET", "/").decision()).isEqualTo(Verdict.ALLOW);
    }

    @Test
    @DisplayName("spec: {} is allow-nothing; an ALLOW policy denies what it does not match (steps 4-5)")
    void allowNothing() {
        AuthorizationResult r = authz(WEB, "GET", "/", policy("allow-nothing", "{}"));
        assertThat(r.decision()).isEqualTo(Verdict.DENY);
        assertThat(r.status()).isEqualTo(403);
        assertThat(authz(WEB, "GET", "/", policy("allow-all", "rules: [{}]")).decision()).isEqualTo(Verdict.ALLOW);
    }

    @Test
    @DisplayName("DENY is evaluated before ALLOW (evaluation steps 2 then 4)")
    void denyBeforeAllow() {
        String allow = policy("allow", "rules: [{}]");
        String deny = policy("deny-admin", "action: DENY\nrules: [{to: [{operation: {paths: ['/admin*']}}]}]");
        AuthorizationResult r = authz(WEB, "GET", "/administrator", allow, deny);
        assertThat(r.decision()).isEqualTo(Verdict.DENY);
        assertThat(r.policy().name()).isEqualTo("deny-admin");
        assertThat(authz(WEB, "GET", "/home", allow, deny).decision()).isEqualTo(Verdict.ALLOW);
    }

    @Test
    @DisplayName("CUSTOM comes first but its external authorizer cannot be run: assumed to allow, and said so (evaluation step 1)")
    void customIsNoted() {
        String custom = policy("ext", "action: CUSTOM\nprovider: {name: opa}\nrules: [{}]");
        Decision d = simulate(WEB, "GET", "/", custom);
        assertThat(d.authorization().decision()).isEqualTo(Verdict.ALLOW);
        assertThat(d.notes()).anyMatch(n -> n.contains("CUSTOM") && n.contains("opa"));
    }

    @Test
    @DisplayName("values: exact, prefix abc*, suffix *abc, presence * — never regex (Rule string match semantics)")
    void wildcardSemantics() {
        String byPrincipalSuffix = policy("p", "rules: [{from: [{source: {principals: ['*/ns/shop/sa/web']}}]}]");
        assertThat(authz(WEB, "GET", "/", byPrincipalSuffix).decision()).isEqualTo(Verdict.ALLOW);
        assertThat(authz(Caller.of("shop", "other"), "GET", "/", byPrincipalSuffix).decision()).isEqualTo(Verdict.DENY);
        String presence = policy("p", "rules: [{from: [{source: {principals: ['*']}}]}]");
        assertThat(authz(WEB, "GET", "/", presence).decision()).isEqualTo(Verdict.ALLOW);
        String regexLooking = policy("p", "rules: [{to: [{operation: {paths: ['/api/.*']}}]}]");
        assertThat(authz(WEB, "GET", "/api/x", regexLooking).decision()).isEqualTo(Verdict.DENY);
    }

    @Test
    @DisplayName("not* fields exclude; a missing principal matches notPrincipals (Source.notPrincipals)")
    void negativeFields() {
        String notAdmin = policy("p", "rules: [{to: [{operation: {notPaths: ['/admin*'], methods: [GET]}}]}]");
        assertThat(authz(WEB, "GET", "/x", notAdmin).decision()).isEqualTo(Verdict.ALLOW);
        assertThat(authz(WEB, "GET", "/admin", notAdmin).decision()).isEqualTo(Verdict.DENY);
        assertThat(authz(WEB, "POST", "/x", notAdmin).decision()).isEqualTo(Verdict.DENY);
        String notWeb = policy("p", "rules: [{from: [{source: {notPrincipals: ['cluster.local/ns/shop/sa/web']}}]}]");
        assertThat(authz(Caller.unauthenticated(), "GET", "/", notWeb).decision()).isEqualTo(Verdict.ALLOW);
        assertThat(authz(WEB, "GET", "/", notWeb).decision()).isEqualTo(Verdict.DENY);
    }

    @Test
    @DisplayName("ports match the workload port (the Service targetPort, resolved by name) (Operation.ports)")
    void portsAreWorkloadPorts() {
        assertThat(authz(WEB, "GET", "/", policy("p", "rules: [{to: [{operation: {ports: ['8080']}}]}]")).decision()).isEqualTo(Verdict.ALLOW);
        assertThat(authz(WEB, "GET", "/", policy("p", "rules: [{to: [{operation: {ports: ['80']}}]}]")).decision()).isEqualTo(Verdict.DENY);
    }

    @Test
    @DisplayName("namespaces come from the peer identity, so plain-text callers match none (Source.namespaces)")
    void namespacesNeedMtls() {
        String fromShop = policy("p", "rules: [{from: [{source: {namespaces: [shop]}}]}]");
        assertThat(authz(WEB, "GET", "/", fromShop).decision()).isEqualTo(Verdict.ALLOW);
        assertThat(authz(Caller.unauthenticated(), "GET", "/", fromShop).decision()).isEqualTo(Verdict.DENY);
    }

    @Test
    @DisplayName("PeerAuthentication STRICT refuses callers without identity; DISABLE drops the identity (peer_authentication.proto)")
    void peerAuthentication() {
        String strict = """
                apiVersion: security.istio.io/v1
                kind: PeerAuthentication
                metadata: {name: default, namespace: shop}
                spec: {mtls: {mode: STRICT}}
                """;
        AuthorizationResult refused = authz(Caller.unauthenticated(), "GET", "/", strict);
        assertThat(refused.decision()).isEqualTo(Verdict.DENY);
        assertThat(refused.reason()).contains("STRICT");
        assertThat(refused.policy().kind()).isEqualTo("PeerAuthentication");
        String disabled = strict.replace("STRICT", "DISABLE");
        String needsPrincipal = policy("p", "rules: [{from: [{source: {principals: ['*']}}]}]");
        assertThat(authz(WEB, "GET", "/", disabled, needsPrincipal).decision()).isEqualTo(Verdict.DENY);
    }

    @Test
    @DisplayName("when: request.headers[...] is decided; unknown keys do not match and are noted (Condition)")
    void whenConditions() {
        String byHeader = policy("p", "rules: [{when: [{key: 'request.headers[x-tenant]', values: [acme]}]}]");
        assertThat(simulate(WEB, "GET", "/", byHeader).authorization().decision()).isEqualTo(Verdict.DENY);
        var withHeader = new IstioSimulator().simulate(load(SERVER, byHeader),
                request(WEB, "GET http://api.shop/", "x-tenant: acme"));
        assertThat(withHeader.authorization().decision()).isEqualTo(Verdict.ALLOW);
        Decision unknown = simulate(WEB, "GET", "/", policy("p", "rules: [{when: [{key: connection.sni, values: [x]}]}]"));
        assertThat(unknown.authorization().decision()).isEqualTo(Verdict.DENY);
        assertThat(unknown.notes()).anyMatch(n -> n.contains("connection.sni"));
    }

    @Test
    @DisplayName("selector matches pod labels; root-namespace policies apply mesh-wide; other namespaces do not (AuthorizationPolicy.selector)")
    void policyScope() {
        String otherApp = policy("other", "selector: {matchLabels: {app: other}}\nrules: []");
        assertThat(authz(WEB, "GET", "/", otherApp).decision()).isEqualTo(Verdict.ALLOW);
        String meshWide = """
                apiVersion: security.istio.io/v1
                kind: AuthorizationPolicy
                metadata: {name: deny-all, namespace: istio-system}
                spec: {}
                """;
        assertThat(authz(WEB, "GET", "/", meshWide).decision()).isEqualTo(Verdict.DENY);
        String elsewhere = meshWide.replace("istio-system", "other");
        assertThat(authz(WEB, "GET", "/", elsewhere).decision()).isEqualTo(Verdict.ALLOW);
    }

    @Test
    @DisplayName("hosts match the authority ignoring case but not the port (authz matcher HostMatcher; istio/istio#44080)")
    void hosts() {
        String byHost = policy("p", "rules: [{to: [{operation: {hosts: ['API.shop']}}]}]");
        assertThat(authz(WEB, "GET", "/", byHost).decision()).isEqualTo(Verdict.ALLOW);
        var withPort = new IstioSimulator().simulate(load(SERVER, byHost), request(WEB, "GET http://api.shop:8080/"));
        assertThat(withPort.authorization().decision()).isEqualTo(Verdict.DENY);
        String withPortPattern = policy("p", "rules: [{to: [{operation: {hosts: ['api.shop:*']}}]}]");
        var both = new IstioSimulator().simulate(load(SERVER, withPortPattern), request(WEB, "GET http://api.shop:8080/"));
        assertThat(both.authorization().decision()).isEqualTo(Verdict.ALLOW);
    }
}
