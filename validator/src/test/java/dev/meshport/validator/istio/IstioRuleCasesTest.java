package dev.meshport.validator.istio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshport.validator.RuleFixtures;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The checks of multi-check rules that their own failing fixture does not show: each case is a manifest with the
 * expected positions marked as in @RuleMeta fixtures, for one rule; the rule must report exactly there.
 */
class IstioRuleCasesTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("istio-vs-route-action-conflict", """
                        apiVersion: networking.istio.io/v1
                        kind: VirtualService
                        metadata:
                          name: web
                        spec:
                          hosts: [web]
                          http:
                          - redirect:
                              uri: /new
                            fault:
                        #   ^ istio-vs-route-action-conflict
                              abort:
                                httpStatus: 500
                                percentage:
                                  value: 1
                        """),
                Arguments.of("istio-invalid-duration", """
                        apiVersion: networking.istio.io/v1
                        kind: DestinationRule
                        metadata:
                          name: web
                        spec:
                          host: web
                          trafficPolicy:
                            connectionPool:
                              tcp:
                                idleTimeout: "30"
                        #       ^ istio-invalid-duration
                                connectTimeout: 500us
                        #       ^ istio-invalid-duration
                            outlierDetection:
                              interval: 1m30s
                        """),
                Arguments.of("istio-vs-invalid-redirect", """
                        apiVersion: networking.istio.io/v1
                        kind: VirtualService
                        metadata:
                          name: web
                        spec:
                          hosts: [web]
                          http:
                          - redirect:
                              scheme: ftp
                        #     ^ istio-vs-invalid-redirect
                          - redirect:
                        #   ^ istio-vs-invalid-redirect
                              redirectCode: 301
                        """),
                Arguments.of("istio-vs-invalid-retries", """
                        apiVersion: networking.istio.io/v1
                        kind: VirtualService
                        metadata:
                          name: web
                        spec:
                          hosts: [web]
                          http:
                          - route:
                            - destination:
                                host: web
                            retries:
                              attempts: 0
                              perTryTimeout: 2s
                        #     ^ istio-vs-invalid-retries
                        """),
                Arguments.of("istio-vs-invalid-hosts", """
                        apiVersion: networking.istio.io/v1
                        kind: VirtualService
                        metadata:
                          name: delegate
                        spec:
                          gateways: [public]
                        # ^ istio-vs-invalid-hosts
                          http:
                          - route:
                            - destination:
                                host: web
                        ---
                        apiVersion: networking.istio.io/v1
                        kind: VirtualService
                        metadata:
                          name: empty
                        spec:
                        # ^@1 istio-vs-invalid-hosts
                          hosts: [web]
                        """),
                Arguments.of("istio-percentage-out-of-range", """
                        apiVersion: networking.istio.io/v1
                        kind: DestinationRule
                        metadata:
                          name: web
                        spec:
                          host: web
                          trafficPolicy:
                            outlierDetection:
                              maxEjectionPercent: 120
                        #     ^ istio-percentage-out-of-range
                        """),
                Arguments.of("istio-vs-unreachable-rule", """
                        apiVersion: networking.istio.io/v1
                        kind: VirtualService
                        metadata:
                          name: web
                        spec:
                          hosts: [web]
                          http:
                          - match:
                            - uri:
                                prefix: /a
                            route:
                            - destination:
                                host: a
                          - match:
                        #   ^ istio-vs-unreachable-rule
                            - uri:
                                prefix: /a
                            route:
                            - destination:
                                host: b
                        """),
                Arguments.of("istio-vs-ineffective-match", """
                        apiVersion: networking.istio.io/v1
                        kind: VirtualService
                        metadata:
                          name: web
                        spec:
                          hosts: [web]
                          tcp:
                          - match:
                            - port: 5432
                            route:
                            - destination:
                                host: a
                          - match:
                            - port: 5432
                        #     ^ istio-vs-ineffective-match
                            - port: 5433
                            route:
                            - destination:
                                host: b
                        """),
                Arguments.of("istio-dr-invalid-traffic-policy", """
                        apiVersion: networking.istio.io/v1
                        kind: DestinationRule
                        metadata:
                          name: web
                        spec:
                          host: web
                          trafficPolicy:
                            loadBalancer:
                              consistentHash:
                                maglev:
                                  tableSize: 1000
                        #         ^ istio-dr-invalid-traffic-policy
                            tls:
                              mode: ISTIO_MUTUAL
                              caCertificates: /etc/ca.pem
                        #     ^ istio-dr-invalid-traffic-policy
                        """),
                Arguments.of("istio-gateway-invalid-server", """
                        apiVersion: networking.istio.io/v1
                        kind: Gateway
                        metadata:
                          name: public
                        spec:
                          selector:
                            istio: ingressgateway
                          servers:
                          - port:
                              number: 80
                              name: http
                              protocol: HTTP
                            hosts: ["web/a.example.com", "Bad_NS/b.example.com"]
                        #                                ^ istio-gateway-invalid-server
                            tls:
                        #   ^ istio-gateway-invalid-server
                              mode: SIMPLE
                              credentialName: cert
                        """),
                Arguments.of("istio-ap-action-mismatch", """
                        apiVersion: security.istio.io/v1
                        kind: AuthorizationPolicy
                        metadata:
                          name: ext
                        spec:
                          action: CUSTOM
                          provider:
                            name: ext-authz
                          rules:
                          - from:
                            - source:
                                principals: ["cluster.local/ns/a/sa/b"]
                        #       ^ istio-ap-action-mismatch
                            when:
                            - key: request.auth.claims[group]
                        #     ^ istio-ap-action-mismatch
                              values: ["admin"]
                        """),
                Arguments.of("istio-ap-invalid-rule", """
                        apiVersion: security.istio.io/v1
                        kind: AuthorizationPolicy
                        metadata:
                          name: allow
                        spec:
                          rules:
                          - from:
                            - source:
                        #     ^ istio-ap-invalid-rule
                                serviceAccounts: ["shop/web"]
                                namespaces: ["shop"]
                            - source:
                                ipBlocks: ["10.0.0.300"]
                        #       ^ istio-ap-invalid-rule
                            to: []
                        #   ^ istio-ap-invalid-rule
                        """),
                Arguments.of("istio-ap-invalid-condition", """
                        apiVersion: security.istio.io/v1
                        kind: AuthorizationPolicy
                        metadata:
                          name: allow
                        spec:
                          rules:
                          - when:
                            - key: destination.port
                              values: ["http"]
                        #     ^ istio-ap-invalid-condition
                            - key: request.auth.claims[iss]
                        #     ^ istio-ap-invalid-condition
                        """),
                Arguments.of("istio-ap-invalid-condition", """
                        apiVersion: security.istio.io/v1
                        kind: AuthorizationPolicy
                        metadata:
                          name: allow
                        spec:
                          rules:
                          - when:
                            - key: destination.labels[version]
                        #     ^ istio-ap-invalid-condition
                              values: ["v1"]
                            - key: source.serviceAccount
                              values: ["shop/*"]
                        #     ^ istio-ap-invalid-condition
                            - key: request.experimental.inline.headers[x-team]
                              values: ["a"]
                        """),
                Arguments.of("istio-ap-invalid-rule", """
                        apiVersion: security.istio.io/v1
                        kind: AuthorizationPolicy
                        metadata:
                          name: allow
                        spec:
                          rules:
                          - to:
                            - operation:
                                paths: ["/api/{**}/{*}"]
                        #       ^ istio-ap-invalid-rule
                            - operation:
                                paths: ["/users/{id}"]
                        #       ^ istio-ap-invalid-rule
                            - operation:
                                paths: ["/api/{*}/v1", "/static/{**}", "/files/{**}/raw"]
                        """),
                Arguments.of("istio-pa-invalid-port-level-mtls", """
                        apiVersion: security.istio.io/v1
                        kind: PeerAuthentication
                        metadata:
                          name: web
                        spec:
                          selector:
                            matchLabels:
                              app: web
                          portLevelMtls:
                            "70000":
                        #   ^ istio-pa-invalid-port-level-mtls
                              mode: DISABLE
                        """),
                Arguments.of("istio-ra-invalid-jwt-rule", """
                        apiVersion: security.istio.io/v1
                        kind: RequestAuthentication
                        metadata:
                          name: jwt
                        spec:
                          jwtRules:
                          - issuer: https://auth.example.com
                            jwksUri: https://auth.example.com/keys
                            jwks: '{"keys": []}'
                        #   ^ istio-ra-invalid-jwt-rule
                            outputClaimToHeaders:
                            - header: "x user"
                        #     ^ istio-ra-invalid-jwt-rule
                              claim: sub
                        """),
                Arguments.of("istio-policy-invalid-target", """
                        apiVersion: security.istio.io/v1
                        kind: RequestAuthentication
                        metadata:
                          name: jwt
                        spec:
                          targetRef:
                            kind: Service
                            name: web
                            namespace: other
                        #   ^ istio-policy-invalid-target
                          jwtRules:
                          - issuer: https://auth.example.com
                        """),
                Arguments.of("istio-se-invalid", """
                        apiVersion: networking.istio.io/v1
                        kind: ServiceEntry
                        metadata:
                          name: db
                        spec:
                          hosts: ["db.example.com"]
                          addresses: ["10.0.0.0/24"]
                        #             ^ istio-se-invalid
                          ports:
                          - number: 5432
                            name: tcp
                            protocol: TCP
                          resolution: DNS
                          endpoints:
                          - address: db1.example.com
                            ports:
                              postgres: 5432
                        #     ^ istio-se-invalid
                        """),
                Arguments.of("istio-sidecar-invalid", """
                        apiVersion: networking.istio.io/v1
                        kind: Sidecar
                        metadata:
                          name: web
                        spec:
                          ingress:
                          - port:
                              number: 9080
                              protocol: HTTP
                              name: http
                            tls:
                              mode: ISTIO_MUTUAL
                        #     ^ istio-sidecar-invalid
                          outboundTrafficPolicy:
                            mode: REGISTRY_ONLY
                            egressProxy:
                        #   ^ istio-sidecar-invalid
                              host: proxy.example.com
                              port:
                                number: 3128
                        """),
                Arguments.of("istio-invalid-export-to", """
                        apiVersion: networking.istio.io/v1
                        kind: VirtualService
                        metadata:
                          name: web
                        spec:
                          hosts: [web]
                          exportTo: ["*", "shop"]
                        #            ^ istio-invalid-export-to
                          http:
                          - route:
                            - destination:
                                host: web
                        """),
                Arguments.of("istio-envoyfilter-invalid", """
                        apiVersion: networking.istio.io/v1alpha3
                        kind: EnvoyFilter
                        metadata:
                          name: ef
                        spec:
                          configPatches:
                          - applyTo: NETWORK_FILTER
                            match:
                              listener:
                                filterChain:
                                  filter:
                                    name: envoy.filters.network.tcp_proxy
                                    subFilter:
                        #           ^ istio-envoyfilter-invalid
                                      name: envoy.filters.http.router
                            patch:
                              operation: MERGE
                              value:
                                name: envoy.filters.network.tcp_proxy
                          - applyTo: CLUSTER
                            patch:
                              operation: MERGE
                        #     ^ istio-envoyfilter-invalid
                        """),
                Arguments.of("istio-wasmplugin-invalid", """
                        apiVersion: extensions.istio.io/v1alpha1
                        kind: WasmPlugin
                        metadata:
                          name: auth
                        spec:
                          url: oci://ghcr.io/example/auth:1.0
                          vmConfig:
                            env:
                            - name: POD_NAME
                              valueFrom: HOST
                              value: x
                        #     ^ istio-wasmplugin-invalid
                        """),
                Arguments.of("istio-telemetry-invalid", """
                        apiVersion: telemetry.istio.io/v1
                        kind: Telemetry
                        metadata:
                          name: t
                        spec:
                          metrics:
                          - overrides:
                            - tagOverrides:
                                request_host:
                        #       ^ istio-telemetry-invalid
                                  operation: UPSERT
                        """),
                Arguments.of("istio-deprecated-field", """
                        apiVersion: networking.istio.io/v1
                        kind: DestinationRule
                        metadata:
                          name: web
                        spec:
                          host: web
                          subsets:
                          - name: v1
                            labels:
                              version: v1
                            trafficPolicy:
                              outlierDetection:
                                consecutiveErrors: 5
                        #       ^ istio-deprecated-field
                        """),
                Arguments.of("istio-conflicting-workload-selectors", """
                        apiVersion: v1
                        kind: Pod
                        metadata:
                          name: web-1
                          namespace: shop
                          labels:
                            app: web
                        spec:
                          containers:
                          - name: web
                            image: web:1
                        ---
                        apiVersion: security.istio.io/v1
                        kind: PeerAuthentication
                        metadata:
                          name: a
                          namespace: shop
                        spec:
                          selector:
                        # ^ istio-conflicting-workload-selectors
                            matchLabels:
                              app: web
                          mtls:
                            mode: STRICT
                        ---
                        apiVersion: security.istio.io/v1
                        kind: PeerAuthentication
                        metadata:
                          name: b
                          namespace: shop
                        spec:
                          selector:
                        # ^ istio-conflicting-workload-selectors
                            matchLabels:
                              app: web
                          mtls:
                            mode: PERMISSIVE
                        """),
                Arguments.of("istio-dr-tls-disable-conflicts-with-strict", """
                        apiVersion: security.istio.io/v1
                        kind: PeerAuthentication
                        metadata:
                          name: default
                          namespace: shop
                        spec:
                          mtls:
                            mode: STRICT
                        ---
                        apiVersion: networking.istio.io/v1
                        kind: DestinationRule
                        metadata:
                          name: shop-plain
                          namespace: frontend
                        spec:
                          host: "*.shop.svc.cluster.local"
                          trafficPolicy:
                            tls:
                              mode: DISABLE
                        #     ^ istio-dr-tls-disable-conflicts-with-strict
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyWhereMarked(String rule, String manifest) {
        assertThat(RuleFixtures.expected(manifest)).isNotEmpty();
        assertThat(RuleFixtures.actual(manifest, rule))
                .as("all findings: %s", RuleFixtures.describe(manifest, Set.of(rule)))
                .containsExactlyElementsOf(RuleFixtures.expected(manifest));
    }
}
