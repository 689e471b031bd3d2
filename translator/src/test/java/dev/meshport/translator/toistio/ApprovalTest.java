package dev.meshport.translator.toistio;

import dev.meshport.model.Gap;
import dev.meshport.translator.TranslationResult;
import dev.meshport.translator.YamlOutput;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.approvaltests.Approvals;
import org.approvaltests.core.Options;
import org.junit.jupiter.api.Test;

/**
 * Approved translations: the Linkerd samples as a whole, and one input per feature group. Each text holds the Istio
 * manifests, then the gap report, then the summary.
 */
class ApprovalTest {

    static String render(TranslationResult r) {
        String gaps = r.gaps().stream().map(ApprovalTest::line).collect(Collectors.joining("\n"));
        TranslationResult.Summary s = r.summary();
        return "# Istio manifests\n" + YamlOutput.write(r.outputs()) + "\n# Gaps\n" + gaps + "\n\n# Summary\n"
                + "resources=%d translated=%d features=%d full=%d partial=%d none=%d%n".formatted(s.resources(),
                s.translated(), s.features(), s.full(), s.partial(), s.none());
    }

    private static String line(Gap g) {
        return "%s:%d:%d %s %s [%s] %s %s%n    %s".formatted(g.location().file(), g.location().line(),
                g.location().column(), g.severity().label(), g.gap(), g.equivalence().label(),
                g.location().resource().display(), g.location().field(), g.message());
    }

    private static void verify(String name, String yaml) {
        Approvals.verify(render(ToIstio.run(yaml)), new Options().forFile().withAdditionalInformation(name));
    }

    @Test
    void emojivoto() {
        Approvals.verify(render(ToIstio.run(ToIstio.load(Path.of("../samples/linkerd/emojivoto")))),
                new Options().forFile().withAdditionalInformation("emojivoto"));
    }

    @Test
    void booksapp() {
        Approvals.verify(render(ToIstio.run(ToIstio.load(Path.of("../samples/linkerd/booksapp")))),
                new Options().forFile().withAdditionalInformation("booksapp"));
    }

    @Test
    void serviceProfile() {
        verify("service-profile", """
                apiVersion: linkerd.io/v1alpha2
                kind: ServiceProfile
                metadata: {name: books.shop.svc.cluster.local, namespace: shop}
                spec:
                  routes:
                  - name: GET /books/{id}
                    condition: {method: GET, pathRegex: '/books/[^/]+'}
                    isRetryable: true
                  - name: writes
                    condition:
                      any: [{method: POST}, {method: PUT}]
                    timeout: 300ms
                  - name: not-get
                    condition: {not: {method: GET}}
                  dstOverrides:
                  - {authority: books-v1.shop.svc.cluster.local:7002, weight: 750m}
                  - {authority: books-v2.shop.svc.cluster.local:7002, weight: 250m}
                  retryBudget: {retryRatio: 0.2, minRetriesPerSecond: 10, ttl: 10s}
                """);
    }

    @Test
    void trafficSplitAndFailureAccrual() {
        verify("traffic-split-failure-accrual", """
                apiVersion: split.smi-spec.io/v1alpha2
                kind: TrafficSplit
                metadata: {name: books, namespace: shop}
                spec:
                  service: books
                  backends:
                  - {service: books-v1, weight: 500m}
                  - {service: books-v2, weight: 1}
                ---
                apiVersion: v1
                kind: Service
                metadata:
                  name: books
                  namespace: shop
                  annotations:
                    balancer.linkerd.io/failure-accrual: consecutive
                    balancer.linkerd.io/failure-accrual-consecutive-max-failures: "5"
                    balancer.linkerd.io/failure-accrual-consecutive-min-penalty: 2s
                    balancer.linkerd.io/failure-accrual-consecutive-max-penalty: 1m
                spec:
                  selector: {app: books}
                  ports: [{name: http, port: 7002, appProtocol: linkerd.io/opaque}]
                """);
    }

    @Test
    void proxyAnnotations() {
        verify("proxy-annotations", """
                apiVersion: v1
                kind: Namespace
                metadata:
                  name: shop
                  annotations: {linkerd.io/inject: enabled, config.linkerd.io/default-inbound-policy: all-authenticated}
                ---
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: web, namespace: shop}
                spec:
                  selector: {matchLabels: {app: web}}
                  template:
                    metadata:
                      labels: {app: web}
                      annotations:
                        linkerd.io/inject: enabled
                        config.linkerd.io/proxy-cpu-request: 100m
                        config.linkerd.io/proxy-memory-limit: 256Mi
                        config.linkerd.io/skip-outbound-ports: "5432"
                        config.linkerd.io/skip-subnets: 10.9.0.0/16
                        config.linkerd.io/proxy-log-level: warn,linkerd=info
                        config.linkerd.io/opaque-ports: "3306"
                        config.linkerd.io/access-log: json
                        config.linkerd.io/default-inbound-policy: all-unauthenticated
                    spec:
                      containers:
                      - name: web
                        image: web:1
                        ports: [{name: http, containerPort: 8080}]
                """);
    }

    @Test
    void authorization() {
        verify("authorization", """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: api, namespace: shop}
                spec:
                  selector: {matchLabels: {app: api}}
                  template:
                    metadata: {labels: {app: api}}
                    spec:
                      containers:
                      - name: api
                        image: api:1
                        ports: [{name: http, containerPort: 8080}, {name: admin, containerPort: 9990}]
                ---
                apiVersion: policy.linkerd.io/v1beta3
                kind: Server
                metadata: {name: api-http, namespace: shop}
                spec: {podSelector: {matchLabels: {app: api}}, port: http, proxyProtocol: HTTP/1}
                ---
                apiVersion: policy.linkerd.io/v1alpha1
                kind: MeshTLSAuthentication
                metadata: {name: web, namespace: shop}
                spec:
                  identityRefs: [{kind: ServiceAccount, name: web}]
                  identities: ["*.ops.serviceaccount.identity.linkerd.cluster.local", "not-an-identity"]
                ---
                apiVersion: policy.linkerd.io/v1alpha1
                kind: AuthorizationPolicy
                metadata: {name: api-from-web, namespace: shop}
                spec:
                  targetRef: {group: policy.linkerd.io, kind: Server, name: api-http}
                  requiredAuthenticationRefs: [{group: policy.linkerd.io, kind: MeshTLSAuthentication, name: web}]
                """);
    }

    @Test
    void externalWorkload() {
        verify("external-workload", """
                apiVersion: workload.linkerd.io/v1beta1
                kind: ExternalWorkload
                metadata:
                  name: legacy-db
                  namespace: mixed-env
                  labels: {app: legacy-db}
                spec:
                  meshTLS:
                    identity: spiffe://root.linkerd.cluster.local/legacy-db
                    serverName: legacy-db.cluster.local
                  workloadIPs: [{ip: 193.1.4.11}, {ip: 193.1.4.12}]
                  ports:
                  - {name: sql, port: 5432}
                  - {port: 9980}
                  - {name: linkerd-proxy, port: 4143}
                """);
    }
}
