package dev.meshport.translator.toistio;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.meshport.model.Manifest;
import dev.meshport.model.ManifestSet;
import dev.meshport.model.testing.SharedFolder;
import dev.meshport.translator.TranslationResult;
import dev.meshport.translator.toistio.AuthorizationModels.Client;
import dev.meshport.translator.toistio.AuthorizationModels.Pod;
import dev.meshport.translator.toistio.AuthorizationModels.Request;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Authorization never widens: over a finite set of requests (clients × pods × ports × paths × methods × headers),
 * every request the translated Istio policies allow is allowed by Linkerd. Where the translation is exact, the test
 * also checks that no request Linkerd allowed is denied.
 */
class AuthorizationNeverWidensTest {

    private static final String PODS = pods("{}", "{}");

    /** The web and api Deployments of namespace shop, with these pod-template annotations. */
    private static String pods(String webAnnotations, String apiAnnotations) {
        StringBuilder out = new StringBuilder();
        for (String[] w : new String[][] {{"web", "front", "admin", "9990", webAnnotations},
                {"api", "back", "grpc", "9000", apiAnnotations}}) {
            out.append("""
                    apiVersion: apps/v1
                    kind: Deployment
                    metadata: {name: %1$s, namespace: shop}
                    spec:
                      template:
                        metadata: {labels: {app: %1$s, tier: %2$s}, annotations: %5$s}
                        spec:
                          containers:
                          - name: %1$s
                            ports: [{name: http, containerPort: 8080}, {name: %3$s, containerPort: %4$s}]
                    ---
                    """.formatted((Object[]) w));
        }
        return out.toString();
    }

    /** Result of checking one input set: widened requests, and narrowed ones (allowed by Linkerd only). */
    private record Check(List<String> widened, List<String> narrowed, int allowedByBoth) {}

    private static Check check(ManifestSet in) {
        TranslationResult r = ToIstio.run(in);
        ManifestSet out = ToIstio.reload(r);
        List<String> widened = new ArrayList<>();
        List<String> narrowed = new ArrayList<>();
        int both = 0;
        for (Request req : requests(in)) {
            boolean linkerd = AuthorizationModels.linkerd(in, req);
            boolean istio = AuthorizationModels.istio(out, req);
            if (istio && !linkerd) {
                widened.add(req.toString());
            } else if (linkerd && !istio) {
                narrowed.add(req.toString());
            } else if (istio) {
                both++;
            }
        }
        return new Check(widened, narrowed, both);
    }

    private static List<Request> requests(ManifestSet in) {
        TreeSet<String> identities = new TreeSet<>(List.of("shop/web", "shop/api", "other/client", "linkerd-viz/prometheus"));
        TreeSet<String> paths = new TreeSet<>(List.of("/", "/api", "/api/", "/api/list", "/apix", "/admin",
                "/emojivoto.v1.VotingService/VoteDoughnut", "/x"));
        for (Manifest m : in.all()) {
            String ns = m.id().namespaceOr("default");
            if (m.kind().equals("ServiceAccount")) {
                identities.add(ns + "/" + m.id().name());
            }
            for (JsonNode ref : m.tree().path("spec").path("identityRefs")) {
                identities.add(ref.path("namespace").asText(ns) + "/" + ref.path("name").asText());
            }
            for (JsonNode ref : m.tree().path("spec").path("requiredAuthenticationRefs")) {
                if (ref.path("kind").asText().equals("ServiceAccount")) {
                    identities.add(ref.path("namespace").asText(ns) + "/" + ref.path("name").asText());
                }
            }
            for (JsonNode rule : m.tree().path("spec").path("rules")) {
                for (JsonNode match : rule.path("matches")) {
                    if (match.path("path").has("value")) {
                        String v = match.path("path").path("value").asText();
                        paths.add(v);
                        paths.add(v + "/x");
                        paths.add(v + "x");
                    }
                }
            }
        }
        List<Client> clients = new ArrayList<>();
        for (String ip : List.of("10.1.2.3", "10.250.0.9", "192.168.4.4", "8.8.8.8")) {
            clients.add(new Client(null, ip));
            for (String id : identities) {
                clients.add(new Client(id, ip));
            }
        }
        List<Request> out = new ArrayList<>();
        for (Pod pod : AuthorizationModels.pods(in)) {
            TreeSet<Integer> ports = new TreeSet<>(pod.namedPorts().values());
            ports.add(4191);
            for (Client c : clients) {
                for (int port : ports) {
                    for (String path : paths) {
                        for (String method : List.of("GET", "POST")) {
                            for (Map<String, String> headers : List.of(Map.<String, String>of(), Map.of("x-canary", "true"))) {
                                out.add(new Request(c, pod, port, method, path, headers));
                            }
                        }
                    }
                }
            }
        }
        return out;
    }

    private static Check exact(String yaml) {
        return exactAlone(PODS + yaml);
    }

    /** Without the standard pods. */
    private static Check exactAlone(String yaml) {
        Check c = check(ToIstio.load(yaml));
        assertThat(c.widened()).as("requests Istio allows and Linkerd denied").isEmpty();
        assertThat(c.narrowed()).as("requests Linkerd allowed and Istio denies").isEmpty();
        assertThat(c.allowedByBoth()).as("requests allowed by both").isPositive();
        return c;
    }

    @Test
    void samplesNeverWiden() {
        Check c = check(ToIstio.load(Path.of("../samples/linkerd")));
        assertThat(c.widened()).isEmpty();
        assertThat(c.allowedByBoth()).isPositive();
    }

    @Test
    void corpusNeverWidens() {
        Check c = check(ToIstio.load(SharedFolder.require("corpus/linkerd")));
        assertThat(c.widened()).isEmpty();
    }

    @Test
    void aServerForOnePortLeavesTheOtherPortsOfThePodOpen() {
        // The trap: one Istio ALLOW policy for port 8080 alone would deny 9990, which Linkerd left to its default.
        exact("""
                apiVersion: policy.linkerd.io/v1beta3
                kind: Server
                metadata: {name: web-http, namespace: shop}
                spec: {podSelector: {matchLabels: {app: web}}, port: http}
                ---
                apiVersion: policy.linkerd.io/v1alpha1
                kind: AuthorizationPolicy
                metadata: {name: web-from-api, namespace: shop}
                spec:
                  targetRef: {group: policy.linkerd.io, kind: Server, name: web-http}
                  requiredAuthenticationRefs: [{kind: ServiceAccount, name: api}]
                """);
    }

    @Test
    void aServerWithoutAuthorizationDeniesItsPort() {
        exact("""
                apiVersion: policy.linkerd.io/v1beta3
                kind: Server
                metadata: {name: api-grpc, namespace: shop}
                spec: {podSelector: {matchLabels: {app: api}}, port: 9000}
                """);
    }

    @Test
    void accessPoliciesAndNamespaceDefaults() {
        exact("""
                apiVersion: policy.linkerd.io/v1beta3
                kind: Server
                metadata: {name: web-http, namespace: shop}
                spec: {podSelector: {matchLabels: {app: web}}, port: http, accessPolicy: all-authenticated}
                ---
                apiVersion: policy.linkerd.io/v1beta3
                kind: Server
                metadata: {name: api-http, namespace: shop}
                spec: {podSelector: {matchLabels: {tier: back}}, port: 8080, accessPolicy: cluster-unauthenticated}
                ---
                apiVersion: v1
                kind: Namespace
                metadata:
                  name: shop
                  annotations: {config.linkerd.io/default-inbound-policy: cluster-authenticated}
                """);
    }

    @Test
    void aPodDefaultOverridesTheNamespaceDefault() {
        exactAlone(pods("{config.linkerd.io/default-inbound-policy: all-unauthenticated}",
                "{config.linkerd.io/default-inbound-policy: deny}") + """
                apiVersion: v1
                kind: Namespace
                metadata:
                  name: shop
                  annotations: {config.linkerd.io/default-inbound-policy: all-authenticated}
                ---
                apiVersion: policy.linkerd.io/v1beta3
                kind: Server
                metadata: {name: api-http, namespace: shop}
                spec: {podSelector: {matchLabels: {app: api}}, port: http, accessPolicy: all-unauthenticated}
                """);
    }

    @Test
    void inboundRoutesNetworksAndIdentities() {
        exact("""
                apiVersion: policy.linkerd.io/v1beta3
                kind: Server
                metadata: {name: web-http, namespace: shop}
                spec: {podSelector: {matchLabels: {app: web}}, port: 8080}
                ---
                apiVersion: policy.linkerd.io/v1beta3
                kind: HTTPRoute
                metadata: {name: web-api, namespace: shop}
                spec:
                  parentRefs: [{group: policy.linkerd.io, kind: Server, name: web-http}]
                  rules:
                  - matches:
                    - {path: {type: PathPrefix, value: /api}, method: GET}
                    - {path: {type: Exact, value: /admin}, headers: [{name: x-canary, value: "true"}]}
                ---
                apiVersion: policy.linkerd.io/v1alpha1
                kind: NetworkAuthentication
                metadata: {name: cluster, namespace: shop}
                spec:
                  networks: [{cidr: 10.0.0.0/8, except: [10.250.0.0/16]}]
                ---
                apiVersion: policy.linkerd.io/v1alpha1
                kind: MeshTLSAuthentication
                metadata: {name: clients, namespace: shop}
                spec:
                  identities: ["*.other.serviceaccount.identity.linkerd.cluster.local", "api.shop.serviceaccount.identity.linkerd.cluster.local"]
                ---
                apiVersion: policy.linkerd.io/v1alpha1
                kind: AuthorizationPolicy
                metadata: {name: web-api, namespace: shop}
                spec:
                  targetRef: {group: policy.linkerd.io, kind: HTTPRoute, name: web-api}
                  requiredAuthenticationRefs:
                  - {group: policy.linkerd.io, kind: NetworkAuthentication, name: cluster}
                  - {group: policy.linkerd.io, kind: MeshTLSAuthentication, name: clients}
                """);
    }

    @Test
    void deprecatedServerAuthorizations() {
        exact("""
                apiVersion: policy.linkerd.io/v1beta1
                kind: Server
                metadata: {name: api-grpc, namespace: shop, labels: {role: grpc}}
                spec: {podSelector: {matchLabels: {app: api}}, port: grpc}
                ---
                apiVersion: policy.linkerd.io/v1beta1
                kind: ServerAuthorization
                metadata: {name: api-grpc-web, namespace: shop}
                spec:
                  server: {selector: {matchLabels: {role: grpc}}}
                  client:
                    meshTLS:
                      serviceAccounts: [{name: web}]
                ---
                apiVersion: policy.linkerd.io/v1beta1
                kind: ServerAuthorization
                metadata: {name: api-grpc-lan, namespace: shop}
                spec:
                  server: {name: api-grpc}
                  client:
                    unauthenticated: true
                    networks: [{cidr: 192.168.0.0/16}]
                """);
    }

    @Test
    void matchExpressionsAreExpandedOverTheWorkloads() {
        Check c = exact("""
                apiVersion: policy.linkerd.io/v1beta3
                kind: Server
                metadata: {name: http, namespace: shop}
                spec:
                  podSelector:
                    matchExpressions: [{key: app, operator: In, values: [web, api]}]
                  port: http
                ---
                apiVersion: policy.linkerd.io/v1alpha1
                kind: AuthorizationPolicy
                metadata: {name: http-from-web, namespace: shop}
                spec:
                  targetRef: {group: policy.linkerd.io, kind: Server, name: http}
                  requiredAuthenticationRefs: [{kind: ServiceAccount, name: web}]
                """);
        assertThat(c.allowedByBoth()).isPositive();
    }

    @Test
    void namespaceTargetsAndMatchesIstioCannotSayAreNarrowedNotWidened() {
        Check c = check(ToIstio.load(PODS + """
                apiVersion: policy.linkerd.io/v1beta3
                kind: Server
                metadata: {name: web-http, namespace: shop}
                spec: {podSelector: {matchLabels: {app: web}}, port: http}
                ---
                apiVersion: policy.linkerd.io/v1beta3
                kind: Server
                metadata: {name: api-grpc, namespace: shop}
                spec: {podSelector: {matchLabels: {app: api}}, port: 9000, accessPolicy: audit}
                ---
                apiVersion: gateway.networking.k8s.io/v1
                kind: HTTPRoute
                metadata: {name: web-api, namespace: shop}
                spec:
                  parentRefs: [{group: policy.linkerd.io, kind: Server, name: web-http}]
                  rules:
                  - matches:
                    - {path: {type: RegularExpression, value: "/api/.*"}}
                    - {path: {type: Exact, value: /admin}, queryParams: [{name: debug, value: "1"}]}
                    - {path: {type: Exact, value: /x}}
                ---
                apiVersion: policy.linkerd.io/v1alpha1
                kind: AuthorizationPolicy
                metadata: {name: shop-from-api, namespace: shop}
                spec:
                  targetRef: {kind: Namespace, name: shop}
                  requiredAuthenticationRefs: [{kind: ServiceAccount, name: api}]
                ---
                apiVersion: policy.linkerd.io/v1alpha1
                kind: AuthorizationPolicy
                metadata: {name: web-api-from-api, namespace: shop}
                spec:
                  targetRef: {group: gateway.networking.k8s.io, kind: HTTPRoute, name: web-api}
                  requiredAuthenticationRefs: [{kind: ServiceAccount, name: api}]
                """));
        assertThat(c.widened()).isEmpty();
        // The regular-expression match cannot be written into Istio authorization: its requests are denied.
        assertThat(c.narrowed()).anyMatch(r -> r.startsWith("shop/api@") && r.contains(":8080 GET /api/list"));
        assertThat(c.allowedByBoth()).isPositive();
    }

    private static final String TWO_SERVERS_ON_ONE_PORT = """
            apiVersion: policy.linkerd.io/v1beta3
            kind: Server
            metadata: {name: web-0, namespace: shop%s}
            spec: {podSelector: {matchLabels: {app: web}}, port: http}
            ---
            apiVersion: policy.linkerd.io/v1beta3
            kind: Server
            metadata: {name: web-1, namespace: shop%s}
            spec: {podSelector: {matchLabels: {app: web}}, port: 8080, accessPolicy: all-unauthenticated}
            """;

    @Test
    void theOlderOfTwoServersOnOnePortDecides() {
        // The trap (L1 of docs/differential-testing.md): Istio ORs ALLOW policies, so web-1's policy alone would
        // admit everyone on 8080, while Linkerd uses web-0, the older (2.18+, linkerd2#13676), which denies.
        exact(TWO_SERVERS_ON_ONE_PORT.formatted(", creationTimestamp: \"2026-01-01T00:00:00Z\"",
                ", creationTimestamp: \"2026-02-01T00:00:00Z\""));
        // Created the other way round, web-1 decides: everyone is admitted.
        Check newer = exact(TWO_SERVERS_ON_ONE_PORT.formatted(", creationTimestamp: \"2026-03-01T00:00:00Z\"",
                ", creationTimestamp: \"2026-02-01T00:00:00Z\""));
        assertThat(newer.allowedByBoth()).isGreaterThan(0);
    }

    @Test
    void overlappingServersWithoutCreationTimesAreBothLeftOut() {
        String yaml = PODS + TWO_SERVERS_ON_ONE_PORT.formatted("", "");
        Check c = check(ToIstio.load(yaml));
        assertThat(c.widened()).isEmpty();
        assertThat(ToIstio.gaps(ToIstio.run(yaml), IstioGap.SERVER_OVERLAP)).hasSize(2)
                .allSatisfy(g -> assertThat(g.severity()).isEqualTo(dev.meshport.model.Severity.ERROR));
    }

    @Test
    void theSameServerWrittenTwiceIsOneServer() {
        String once = """
                apiVersion: policy.linkerd.io/v1beta3
                kind: Server
                metadata: {name: web-http, namespace: shop}
                spec: {podSelector: {matchLabels: {app: web}}, port: http, accessPolicy: all-unauthenticated}
                ---
                """;
        exact(once + once);
        // Two different documents of one Server: a conflict of outputs (the first is written), not an overlap.
        TranslationResult conflict = ToIstio.run(PODS + once + once.replace("all-unauthenticated", "all-authenticated"));
        assertThat(ToIstio.gaps(conflict, IstioGap.SERVER_OVERLAP)).isEmpty();
        assertThat(ToIstio.gaps(conflict, IstioGap.OUTPUT_CONFLICT)).isNotEmpty();
    }

    private static final String TWO_INBOUND_ROUTES = PODS + """
            apiVersion: policy.linkerd.io/v1beta3
            kind: Server
            metadata: {name: web-http, namespace: shop}
            spec: {podSelector: {matchLabels: {app: web}}, port: 8080}
            ---
            apiVersion: gateway.networking.k8s.io/v1
            kind: HTTPRoute
            metadata: {name: web-all, namespace: shop%s}
            spec:
              parentRefs: [{group: policy.linkerd.io, kind: Server, name: web-http}]
              rules: [{matches: [{path: {type: PathPrefix, value: /}}, {path: {type: Exact, value: /x}}]}]
            ---
            apiVersion: gateway.networking.k8s.io/v1
            kind: HTTPRoute
            metadata: {name: web-admin, namespace: shop%s}
            spec:
              parentRefs: [{group: policy.linkerd.io, kind: Server, name: web-http}]
              rules:
              - matches: [{path: {type: PathPrefix, value: /api}, method: POST}, {path: {type: Exact, value: /x}}]
            ---
            apiVersion: policy.linkerd.io/v1alpha1
            kind: AuthorizationPolicy
            metadata: {name: everyone, namespace: shop}
            spec:
              targetRef: {group: gateway.networking.k8s.io, kind: HTTPRoute, name: web-all}
              requiredAuthenticationRefs: []
            ---
            apiVersion: policy.linkerd.io/v1alpha1
            kind: AuthorizationPolicy
            metadata: {name: admin-from-api, namespace: shop}
            spec:
              targetRef: {group: gateway.networking.k8s.io, kind: HTTPRoute, name: web-admin}
              requiredAuthenticationRefs: [{kind: ServiceAccount, name: api}]
            """;

    @Test
    void eachInboundRouteAuthorizesOnlyTheRequestsItWins() {
        // The trap (L3): POST /api/… goes to web-admin (longer match), so only shop/api may send it, though web-all's
        // "/" also matches it and admits everyone. /x ties: the older route, web-all, takes it.
        Check c = exact(TWO_INBOUND_ROUTES.formatted(", creationTimestamp: \"2026-01-01T00:00:00Z\"",
                ", creationTimestamp: \"2026-02-01T00:00:00Z\""));
        assertThat(c.allowedByBoth()).isPositive();
    }

    @Test
    void inboundRoutesThatTieWithoutCreationTimesAuthorizeNeitherForTheSharedRequests() {
        String yaml = TWO_INBOUND_ROUTES.formatted("", "");
        Check c = check(ToIstio.load(yaml));
        assertThat(c.widened()).isEmpty();
        // Linkerd takes /x to web-admin (first by name when neither has a creationTimestamp): only shop/api may send
        // it. Istio leaves /x out of both rules, so shop/api's /x is narrowed, and reported.
        assertThat(c.narrowed()).anyMatch(r -> r.startsWith("shop/api@") && r.contains(":8080 GET /x"));
        assertThat(ToIstio.gaps(ToIstio.run(yaml), IstioGap.INBOUND_ROUTE_PRECEDENCE))
                .anyMatch(g -> g.message().contains("no creationTimestamp"));
    }
}
