package dev.meshport.validator.linkerd;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshport.model.Finding;
import dev.meshport.model.load.ManifestLoader;
import dev.meshport.validator.LintOptions;
import dev.meshport.validator.LintResult;
import dev.meshport.validator.Linter;
import dev.meshport.validator.RuleCatalog;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Behaviour of the Linkerd rules beyond their catalog fixtures: scope, input completeness, ordering, suppression. */
class LinkerdRulesTest {

    private static LintResult lint(String yaml, boolean assumeComplete) {
        return new Linter(RuleCatalog.builtIn()).lint(new ManifestLoader().loadText("in.yaml", yaml),
                LintOptions.DEFAULT.withAssumeComplete(assumeComplete));
    }

    private static List<String> linkerd(String yaml, boolean assumeComplete) {
        return lint(yaml, assumeComplete).findings().stream().filter(f -> f.rule().startsWith("linkerd-"))
                .map(f -> f.location().line() + " " + f.rule()).toList();
    }

    private static final String MIRRORING_ROUTE = """
            apiVersion: gateway.networking.k8s.io/v1
            kind: HTTPRoute
            metadata:
              name: reviews
              namespace: bookinfo
            spec:
              parentRefs:
                - {group: "", kind: Service, name: reviews, port: 9080}
              rules:
                - filters:
                    - type: RequestMirror
                      requestMirror:
                        backendRef: {name: reviews-v2, port: 9080}
                  backendRefs:
                    - {name: reviews-v1, port: 9080}
            """;

    @Test
    void gatewayRoutesAreLeftAloneWhereTheInputsDoNotUseLinkerd() {
        assertThat(linkerd(MIRRORING_ROUTE, true)).isEmpty();
    }

    @Test
    void gatewayRoutesAreCheckedOnceTheInputsUseLinkerd() {
        String meshed = """
                apiVersion: v1
                kind: Namespace
                metadata:
                  name: bookinfo
                  annotations:
                    linkerd.io/inject: enabled
                ---
                """ + MIRRORING_ROUTE;

        assertThat(linkerd(meshed, false)).containsExactly("18 linkerd-unsupported-filter");
    }

    private static final String POLICY_FOR_MISSING_SERVER = """
            apiVersion: policy.linkerd.io/v1alpha1
            kind: AuthorizationPolicy
            metadata:
              name: web-from-ingress
              namespace: emojivoto
            spec:
              targetRef: {group: policy.linkerd.io, kind: Server, name: web-http}
              requiredAuthenticationRefs: []
            """;

    @Test
    void aMissingServerIsJudgedOnlyWhereTheInputsHoldTheNamespacesServers() {
        assertThat(linkerd(POLICY_FOR_MISSING_SERVER, false)).as("no Server of emojivoto in the inputs").isEmpty();
        assertThat(linkerd(POLICY_FOR_MISSING_SERVER, true)).as("--assume-complete")
                .containsExactly("7 linkerd-missing-reference");

        String withAnotherServer = """
                apiVersion: policy.linkerd.io/v1beta3
                kind: Server
                metadata: {name: web-https, namespace: emojivoto}
                spec:
                  podSelector: {matchLabels: {app: web}}
                  port: 8443
                ---
                """ + POLICY_FOR_MISSING_SERVER;
        assertThat(linkerd(withAnotherServer, false)).containsExactly("14 linkerd-missing-reference");
    }

    @Test
    void servicesAreLookedUpOnlyWithAssumeComplete() {
        String route = """
                apiVersion: gateway.networking.k8s.io/v1
                kind: HTTPRoute
                metadata:
                  name: web-svc
                  namespace: emojivoto
                  annotations: {timeout.linkerd.io/request: 10s}
                spec:
                  parentRefs: [{group: core, kind: Service, name: web-svc, port: 80}]
                  rules:
                    - backendRefs: [{name: web-svc, port: 80}]
                """;

        assertThat(linkerd(route, false)).isEmpty();
        assertThat(linkerd(route, true)).containsExactly("8 linkerd-service-not-found", "10 linkerd-service-not-found");
    }

    @Test
    void theOldestRateLimitPolicyWinsThenTheName() {
        String policies = """
                apiVersion: policy.linkerd.io/v1alpha1
                kind: HTTPLocalRateLimitPolicy
                metadata: {name: a-newer, namespace: booksapp, creationTimestamp: "2026-02-01T00:00:00Z"}
                spec:
                  targetRef: {group: policy.linkerd.io, kind: Server, name: authors-http}
                  total: {requestsPerSecond: 10}
                ---
                apiVersion: policy.linkerd.io/v1alpha1
                kind: HTTPLocalRateLimitPolicy
                metadata: {name: b-older, namespace: booksapp, creationTimestamp: "2026-01-01T00:00:00Z"}
                spec:
                  targetRef: {group: policy.linkerd.io, kind: Server, name: authors-http}
                  total: {requestsPerSecond: 10}
                """;

        List<Finding> conflicts = lint(policies, false).findings().stream()
                .filter(f -> f.rule().equals("linkerd-rate-limit-conflict")).toList();
        assertThat(conflicts).singleElement().satisfies(f -> {
            assertThat(f.location().resource().name()).isEqualTo("a-newer");
            assertThat(f.message()).contains("'b-older'");
        });
    }

    @Test
    void aTargetWithoutGroupIsExplained() {
        String policy = """
                apiVersion: policy.linkerd.io/v1alpha1
                kind: AuthorizationPolicy
                metadata: {name: web, namespace: emojivoto}
                spec:
                  targetRef: {kind: Server, name: web-http}
                  requiredAuthenticationRefs: [{kind: MeshTLSAuthentication, name: web-clients}]
                """;

        assertThat(lint(policy, false).findings()).filteredOn(f -> f.rule().startsWith("linkerd-authorization"))
                .extracting(Finding::message)
                .containsExactly(
                        "unsupported authorization target type Server; set 'group: policy.linkerd.io' (a missing group means the core group)",
                        "unsupported authentication kind MeshTLSAuthentication; set 'group: policy.linkerd.io' (a missing group means the core group)");
    }

    @Test
    void theIgnoreAnnotationSuppressesALinkerdRule() {
        String server = """
                apiVersion: policy.linkerd.io/v1beta1
                kind: Server
                metadata:
                  name: web-http
                  namespace: emojivoto
                  annotations:
                    meshport.io/ignore: linkerd-deprecated
                spec:
                  podSelector: {matchLabels: {app: web-svc}}
                  port: http
                """;

        LintResult result = lint(server, false);
        assertThat(result.findings()).isEmpty();
        assertThat(result.suppressed()).isEqualTo(1);
    }

    @Test
    void probesOfPodsThatTheServerDoesNotSelectDoNotCount() {
        String yaml = """
                apiVersion: policy.linkerd.io/v1beta3
                kind: Server
                metadata: {name: authors-http, namespace: booksapp}
                spec:
                  podSelector: {matchExpressions: [{key: app, operator: In, values: [authors]}]}
                  port: 7001
                ---
                apiVersion: policy.linkerd.io/v1beta3
                kind: HTTPRoute
                metadata: {name: authors-api, namespace: booksapp}
                spec:
                  parentRefs: [{group: policy.linkerd.io, kind: Server, name: authors-http}]
                  rules: [{matches: [{path: {type: PathPrefix, value: /authors}}]}]
                ---
                apiVersion: v1
                kind: Pod
                metadata: {name: books, namespace: booksapp, labels: {app: books}}
                spec:
                  containers:
                    - name: service
                      image: buoyantio/booksapp:v0.0.3
                      readinessProbe: {httpGet: {path: /ping, port: 7001}}
                ---
                apiVersion: v1
                kind: Pod
                metadata: {name: authors, namespace: booksapp, labels: {app: authors}}
                spec:
                  containers:
                    - name: service
                      image: buoyantio/booksapp:v0.0.3
                      livenessProbe: {httpGet: {path: /authors/health, port: 7001}}
                """;

        assertThat(linkerd(yaml, false)).filteredOn(s -> s.endsWith("linkerd-probes-unrouted")).isEmpty();
    }

    @Test
    void theSameServerWrittenTwiceDoesNotOverlapItself() {
        String server = """
                apiVersion: policy.linkerd.io/%s
                kind: Server
                metadata: {name: web-http, namespace: emojivoto}
                spec:
                  podSelector:
                    matchLabels: {app: web-svc}
                  port: 8080
                ---
                """;
        assertThat(linkerd(server.formatted("v1beta3") + server.formatted("v1beta1"), false))
                .noneMatch(f -> f.endsWith("linkerd-server-port-overlap"));
        assertThat(linkerd(server.formatted("v1beta3") + server.formatted("v1beta3").replace("web-http", "web-open"), false))
                .containsExactly("13 linkerd-server-port-overlap");
    }
}
