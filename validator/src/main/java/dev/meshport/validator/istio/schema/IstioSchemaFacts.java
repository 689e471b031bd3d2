package dev.meshport.validator.istio.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Schema facts of the Istio CRDs (istio/istio manifests/charts/base/files/crd-all.gen.yaml, 1.32) that the fabric8
 * model does not carry: which fields are durations checked by CEL ({@code duration(self) >= duration('1ms')}) and
 * which fields a CRD marks {@code required}. Field patterns use {@code [*]} for every list item and {@code *} for
 * every map entry. IstioSchemaFactsTest checks both tables against the CRD file, both ways.
 */
public final class IstioSchemaFacts {

    private static final List<String> CONNECTION_POOL = List.of(
            "http.http2KeepAlive.interval", "http.http2KeepAlive.timeout", "http.idleTimeout",
            "tcp.connectTimeout", "tcp.maxConnectionDuration", "tcp.tcpKeepalive.interval", "tcp.tcpKeepalive.time");

    private static final List<String> LOAD_BALANCER_AND_OUTLIER = List.of(
            "loadBalancer.warmup.duration", "loadBalancer.warmupDurationSecs",
            "outlierDetection.baseEjectionTime", "outlierDetection.interval");

    private static final List<String> TRAFFIC_POLICIES = List.of(
            "spec.trafficPolicy", "spec.trafficPolicy.portLevelSettings[*]",
            "spec.subsets[*].trafficPolicy", "spec.subsets[*].trafficPolicy.portLevelSettings[*]");

    /** Fields whose value must be a duration of at least 1ms, by kind. */
    public static final Map<String, List<String>> DURATION_FIELDS = Map.of(
            "VirtualService", List.of("spec.http[*].corsPolicy.maxAge", "spec.http[*].fault.delay.exponentialDelay",
                    "spec.http[*].fault.delay.fixedDelay", "spec.http[*].retries.backoff",
                    "spec.http[*].retries.perTryTimeout", "spec.http[*].timeout"),
            "DestinationRule", destinationRuleDurations(),
            "Sidecar", prefixed(List.of("spec.inboundConnectionPool", "spec.ingress[*].connectionPool"), CONNECTION_POOL),
            "RequestAuthentication", List.of("spec.jwtRules[*].timeout"),
            "Telemetry", List.of("spec.metrics[*].reportingInterval"));

    /**
     * Durations that only the webhook checks (pkg/config/validation validateConnectionPool: agent.ValidateDuration of
     * tcp.idleTimeout): the CRD leaves them plain strings.
     */
    public static final Map<String, List<String>> WEBHOOK_DURATION_FIELDS = Map.of(
            "DestinationRule", prefixed(TRAFFIC_POLICIES, List.of("connectionPool.tcp.idleTimeout")),
            "Sidecar", List.of("spec.inboundConnectionPool.tcp.idleTimeout", "spec.ingress[*].connectionPool.tcp.idleTimeout"));

    private static final List<String> TARGET_REFS = List.of(
            "spec.targetRef.kind", "spec.targetRef.name", "spec.targetRefs[*].kind", "spec.targetRefs[*].name");

    private static final List<String> COOKIE_WARMUP_TUNNEL = List.of(
            "loadBalancer.consistentHash.httpCookie.attributes[*].name", "loadBalancer.consistentHash.httpCookie.name",
            "loadBalancer.warmup.duration");

    /** Fields the CRD schema marks required (in the object that holds them), by kind. */
    public static final Map<String, List<String>> REQUIRED_FIELDS = Map.of(
            "VirtualService", List.of("spec.http[*].directResponse.status", "spec.http[*].mirror.host",
                    "spec.http[*].mirrors[*].destination", "spec.http[*].mirrors[*].destination.host",
                    "spec.http[*].route[*].destination", "spec.http[*].route[*].destination.host",
                    "spec.tcp[*].route[*].destination", "spec.tcp[*].route[*].destination.host",
                    "spec.tls[*].match", "spec.tls[*].match[*].sniHosts",
                    "spec.tls[*].route[*].destination", "spec.tls[*].route[*].destination.host"),
            "DestinationRule", destinationRuleRequired(),
            "Gateway", List.of("spec.servers[*].hosts", "spec.servers[*].port", "spec.servers[*].port.name",
                    "spec.servers[*].port.number", "spec.servers[*].port.protocol"),
            "ServiceEntry", List.of("spec.hosts", "spec.ports[*].name", "spec.ports[*].number"),
            "Sidecar", List.of("spec.egress[*].hosts", "spec.ingress[*].port", "spec.outboundTrafficPolicy.egressProxy.host"),
            "AuthorizationPolicy", concat(List.of("spec.rules[*].when[*].key"), TARGET_REFS),
            "RequestAuthentication", concat(List.of("spec.jwtRules[*].fromHeaders[*].name",
                    "spec.jwtRules[*].outputClaimToHeaders[*].claim", "spec.jwtRules[*].outputClaimToHeaders[*].header"),
                    TARGET_REFS),
            "Telemetry", concat(List.of("spec.accessLogging[*].providers[*].name", "spec.metrics[*].providers[*].name",
                    "spec.tracing[*].customTags.*.environment.name", "spec.tracing[*].customTags.*.formatter.value",
                    "spec.tracing[*].customTags.*.header.name", "spec.tracing[*].customTags.*.literal.value",
                    "spec.tracing[*].providers[*].name"), TARGET_REFS),
            "WasmPlugin", concat(List.of("spec.match[*].ports[*].number", "spec.url", "spec.vmConfig.env[*].name"),
                    TARGET_REFS),
            "EnvoyFilter", List.of("spec.targetRefs[*].kind", "spec.targetRefs[*].name"));

    private IstioSchemaFacts() {}

    private static List<String> destinationRuleDurations() {
        List<String> leaves = new ArrayList<>();
        for (String c : CONNECTION_POOL) {
            leaves.add("connectionPool." + c);
        }
        leaves.addAll(LOAD_BALANCER_AND_OUTLIER);
        return prefixed(TRAFFIC_POLICIES, leaves);
    }

    private static List<String> destinationRuleRequired() {
        List<String> out = new ArrayList<>(List.of("spec.host", "spec.subsets[*].name"));
        out.addAll(prefixed(TRAFFIC_POLICIES, COOKIE_WARMUP_TUNNEL));
        out.addAll(prefixed(List.of("spec.trafficPolicy", "spec.subsets[*].trafficPolicy"),
                List.of("tunnel.targetHost", "tunnel.targetPort")));
        return out;
    }

    private static List<String> prefixed(List<String> prefixes, List<String> leaves) {
        List<String> out = new ArrayList<>();
        for (String p : prefixes) {
            for (String l : leaves) {
                out.add(p + "." + l);
            }
        }
        return out;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
