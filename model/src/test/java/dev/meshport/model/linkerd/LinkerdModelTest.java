package dev.meshport.model.linkerd;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Focused tests of the Linkerd models: typed fields, unknown fields, int-or-string, the registry and ServiceProfile quirks. */
class LinkerdModelTest {

    private static final ObjectMapper MAPPER = LinkerdKinds.newObjectMapper();

    private static Map<String, Object> toMap(Object model) {
        return MAPPER.convertValue(model, new TypeReference<Map<String, Object>>() { });
    }

    private static Map<?, ?> yaml(String text) {
        return (Map<?, ?>) LinkerdTestSupport.safeYaml().load(text);
    }

    @Test
    void serverV1beta3ParsesToTypedFields() {
        Map<?, ?> doc = yaml("""
            apiVersion: policy.linkerd.io/v1beta3
            kind: Server
            metadata:
              name: web-http
              namespace: emojivoto
            spec:
              accessPolicy: all-authenticated
              podSelector:
                matchLabels:
                  app: web
                matchExpressions:
                  - key: tier
                    operator: In
                    values: [frontend]
              port: 8080
              proxyProtocol: HTTP/1
            """);
        Server server = MAPPER.convertValue(doc, Server.class);

        assertThat(server.getApiVersion()).isEqualTo("policy.linkerd.io/v1beta3");
        assertThat(server.version()).isEqualTo("v1beta3");
        assertThat(server.getKind()).isEqualTo("Server");
        assertThat(server.getMetadata().getName()).isEqualTo("web-http");
        assertThat(server.getMetadata().getNamespace()).isEqualTo("emojivoto");
        ServerSpec spec = server.getSpec();
        assertThat(spec.getAccessPolicy()).isEqualTo("all-authenticated");
        assertThat(spec.getProxyProtocol()).isEqualTo("HTTP/1");
        assertThat(spec.getPodSelector().getMatchLabels()).containsExactly(Map.entry("app", "web"));
        LabelSelectorRequirement expression = spec.getPodSelector().getMatchExpressions().get(0);
        assertThat(expression.getKey()).isEqualTo("tier");
        assertThat(expression.getOperator()).isEqualTo("In");
        assertThat(expression.getValues()).containsExactly("frontend");
        assertThat(spec.getExternalWorkloadSelector()).isNull();
        assertThat(spec.getAdditionalProperties()).isEmpty();
        assertThat(server.getAdditionalProperties()).isEmpty();
        assertThat(toMap(server)).isEqualTo(doc);
    }

    @Test
    void unknownSpecFieldIsKeptAndSurvivesTheRoundTrip() throws JsonProcessingException {
        Map<?, ?> doc = yaml("""
            apiVersion: policy.linkerd.io/v1beta3
            kind: Server
            metadata: {name: s}
            spec:
              port: 9090
              podSelector: {matchLabels: {app: x}}
              foo:
                bar: [1, 2]
              accessPolicy: deny
            status:
              observedGeneration: 3
            extraTopLevel: yes
            """);
        Server server = MAPPER.convertValue(doc, Server.class);

        assertThat(server.getSpec().getAdditionalProperties()).containsEntry("foo", Map.of("bar", List.of(1, 2)));
        assertThat(server.getAdditionalProperties()).containsEntry("extraTopLevel", true);
        assertThat(server.getStatus().get("observedGeneration").asInt()).isEqualTo(3);

        Map<?, ?> back = toMap(server);
        assertThat(back).isEqualTo(doc);
        // Through JSON text too, not only through token buffers.
        Server again = MAPPER.readValue(MAPPER.writeValueAsString(server), Server.class);
        assertThat(again).isEqualTo(server);
        assertThat(again.getSpec().getAdditionalProperties()).containsKey("foo");
    }

    @Test
    void unknownFieldsAreKeptAtNestedLevelsToo() {
        Map<?, ?> doc = yaml("""
            apiVersion: policy.linkerd.io/v1beta3
            kind: HTTPRoute
            metadata: {name: r, namespace: ns}
            spec:
              parentRefs:
                - {name: web, kind: Service, group: core, port: 80, futureField: 1}
              rules:
                - matches:
                    - path: {type: PathPrefix, value: /api, caseInsensitive: true}
                  timeouts: {request: 5s, idle: 10s}
                  retry: {attempts: 3}
            """);
        LinkerdHTTPRoute route = MAPPER.convertValue(doc, LinkerdHTTPRoute.class);

        LinkerdHTTPRouteParentRef parent = route.getSpec().getParentRefs().get(0);
        assertThat(parent.getPort()).isEqualTo(80);
        assertThat(parent.getAdditionalProperties()).containsEntry("futureField", 1);
        LinkerdHTTPRouteRule rule = route.getSpec().getRules().get(0);
        assertThat(rule.getMatches().get(0).getPath().getAdditionalProperties()).containsEntry("caseInsensitive", true);
        assertThat(rule.getTimeouts().getRequest()).isEqualTo("5s");
        assertThat(rule.getTimeouts().getAdditionalProperties()).containsEntry("idle", "10s");
        assertThat(rule.getAdditionalProperties()).containsKey("retry");
        assertThat(toMap(route)).isEqualTo(doc);
    }

    @Test
    void portIsIntOrString() {
        Server byNumber = MAPPER.convertValue(yaml("""
            apiVersion: policy.linkerd.io/v1beta3
            kind: Server
            spec: {port: 4191, podSelector: {}}
            """), Server.class);
        assertThat(byNumber.getSpec().getPort().getIntVal()).isEqualTo(4191);
        assertThat(byNumber.getSpec().getPort().getStrVal()).isNull();
        assertThat(toMap(byNumber)).extracting("spec").extracting("port").isEqualTo(4191);

        Server byName = MAPPER.convertValue(yaml("""
            apiVersion: policy.linkerd.io/v1beta3
            kind: Server
            spec: {port: linkerd-admin, podSelector: {}}
            """), Server.class);
        assertThat(byName.getSpec().getPort().getStrVal()).isEqualTo("linkerd-admin");
        assertThat(byName.getSpec().getPort().getIntVal()).isNull();
        assertThat(toMap(byName)).extracting("spec").extracting("port").isEqualTo("linkerd-admin");

        ServerSpec built = new ServerSpec();
        built.setPort(new IntOrString("http"));
        Server server = new Server(new ObjectMeta(), built);
        assertThat(server.getApiVersion()).isEqualTo("policy.linkerd.io/v1beta3");
        assertThat(server.getKind()).isEqualTo("Server");
    }

    @Test
    void semanticComparisonDetectsLosses() {
        Map<String, Object> original = Map.of("spec", Map.of("port", 80, "ratio", 0.5, "names", List.of("a", "b")));
        assertThat(LinkerdTestSupport.diff(LinkerdTestSupport.normalize(original),
            LinkerdTestSupport.normalize(Map.of("spec", Map.of("port", 80L, "ratio", 0.50, "names", List.of("a", "b")))))).isEmpty();
        assertThat(LinkerdTestSupport.diff(LinkerdTestSupport.normalize(original),
            LinkerdTestSupport.normalize(Map.of("spec", Map.of("port", "80", "names", List.of("a")))))).containsExactlyInAnyOrder(
                ".spec.names: list size 2 vs 1", ".spec.port: 80 (BigDecimal) vs 80 (String)", ".spec.ratio: dropped 0.5");
    }

    @Test
    void registryResolvesServedVersionsOnly() {
        assertThat(LinkerdKinds.classFor("policy.linkerd.io/v1beta3", "Server")).contains(Server.class);
        assertThat(LinkerdKinds.classFor("policy.linkerd.io/v1alpha1", "Server")).contains(Server.class);
        assertThat(LinkerdKinds.classFor("policy.linkerd.io/v1", "Server")).isEmpty();
        assertThat(LinkerdKinds.classFor("policy.linkerd.io/v1beta1", "HTTPRoute")).contains(LinkerdHTTPRoute.class);
        assertThat(LinkerdKinds.classFor("gateway.networking.k8s.io/v1", "HTTPRoute")).isEmpty();
        assertThat(LinkerdKinds.classFor("split.smi-spec.io/v1alpha2", "TrafficSplit")).contains(TrafficSplit.class);
        assertThat(LinkerdKinds.classFor("linkerd.io/v1alpha2", "ServiceProfile")).contains(ServiceProfile.class);
        assertThat(LinkerdKinds.classFor("workload.linkerd.io/v1alpha1", "ExternalWorkload")).contains(ExternalWorkload.class);
        assertThat(LinkerdKinds.classFor("v1", "Service")).isEmpty();
        assertThat(LinkerdKinds.classFor(null, "Server")).isEmpty();
        assertThat(LinkerdKinds.groups())
            .containsExactlyInAnyOrder("policy.linkerd.io", "workload.linkerd.io", "linkerd.io", "split.smi-spec.io");
        assertThat(LinkerdKinds.kinds()).hasSize(11);
    }

    @Test
    void serviceProfileNotKeepsItsShapeAndWeightsAreQuantities() {
        Map<?, ?> doc = yaml("""
            apiVersion: linkerd.io/v1alpha2
            kind: ServiceProfile
            metadata: {name: web.ns.svc.cluster.local, namespace: ns}
            spec:
              routes:
                - name: crd-shape
                  condition:
                    not: [{method: GET}]
                - name: go-shape
                  condition:
                    all:
                      - pathRegex: /api/.*
                      - not: {method: POST}
                  responseClasses:
                    - condition: {not: {status: {min: 500}}}
                      isFailure: true
              retryBudget: {retryRatio: 0.2, minRetriesPerSecond: 10, ttl: 10s}
              dstOverrides:
                - {authority: web.ns.svc.cluster.local:80, weight: 500m}
                - {authority: web-v2.ns.svc.cluster.local:80, weight: 500}
            """);
        ServiceProfile sp = MAPPER.convertValue(doc, ServiceProfile.class);

        RequestMatch crdShape = sp.getSpec().getRoutes().get(0).getCondition();
        assertThat(crdShape.isNotAsArray()).isTrue();
        assertThat(crdShape.getNotMatches()).singleElement().extracting(RequestMatch::getMethod).isEqualTo("GET");
        RequestMatch goShape = sp.getSpec().getRoutes().get(1).getCondition().getAll().get(1);
        assertThat(goShape.isNotAsArray()).isFalse();
        assertThat(goShape.getNotMatches()).singleElement().extracting(RequestMatch::getMethod).isEqualTo("POST");
        assertThat(sp.getSpec().getRoutes().get(1).getResponseClasses().get(0).getCondition().getNot().getStatus().getMin())
            .isEqualTo(500);
        assertThat(sp.getSpec().getRetryBudget().getRetryRatio()).isEqualTo(0.2);
        assertThat(sp.getSpec().getDstOverrides().get(0).getWeight().getStrVal()).isEqualTo("500m");
        assertThat(sp.getSpec().getDstOverrides().get(1).getWeight().getIntVal()).isEqualTo(500);

        assertThat(toMap(sp)).isEqualTo(doc);
    }

    @Test
    void externalWorkloadAcceptsBothMeshTlsSpellings() {
        ExternalWorkload v1alpha1 = MAPPER.convertValue(yaml("""
            apiVersion: workload.linkerd.io/v1alpha1
            kind: ExternalWorkload
            spec:
              meshTls: {identity: spiffe://root.linkerd.cluster.local/vm, serverName: vm.cluster.local}
              workloadIPs: [{ip: 10.0.0.1}]
            """), ExternalWorkload.class);
        assertThat(v1alpha1.getSpec().getMeshTls().getServerName()).isEqualTo("vm.cluster.local");
        assertThat(v1alpha1.getSpec().getMeshTLS()).isNull();
        assertThat(v1alpha1.getSpec().getAdditionalProperties()).isEmpty();
        Map<String, Object> spec = toMap(toMap(v1alpha1).get("spec"));
        assertThat(spec).containsOnlyKeys("meshTls", "workloadIPs");
    }
}
