package dev.meshport.validator.core;

import dev.meshport.model.FieldPath;
import dev.meshport.model.Manifest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Fields that the served Istio CRDs (1.32, crd-all.gen.yaml) have but the fabric8 model (7.5.2) does not, so the
 * model reports them as unknown although the API server accepts them. Patterns write {@code [*]} for list items and
 * {@code *} for map keys; a field inside an allowed one is allowed too. NewerSchemaFieldsTest derives the set from
 * the CRD file and the model and checks that it is exactly these tables; {@link #ENUM_VALUES_BY_KIND} does the
 * same for enumeration values.
 */
public final class NewerSchemaFields {

    private static final List<String> TRAFFIC_POLICIES = List.of("spec.trafficPolicy",
            "spec.trafficPolicy.portLevelSettings[*]", "spec.subsets[*].trafficPolicy",
            "spec.subsets[*].trafficPolicy.portLevelSettings[*]");

    private static final List<String> IN_EACH_TRAFFIC_POLICY = List.of("connectionPool.http.http2KeepAlive",
            "loadBalancer.backendUtilization", "loadBalancer.zoneAwareLbSetting",
            "outlierDetection.outlierDetectionHttpErrorCodes");

    /** Field patterns by kind. */
    public static final Map<String, Set<String>> BY_KIND = Map.of(
            "AuthorizationPolicy", Set.of("spec.rules[*].from[*].source.trustDomains",
                    "spec.rules[*].from[*].source.notTrustDomains"),
            "DestinationRule", destinationRule(),
            "EnvoyFilter", Set.of("spec.configPatches[*].match.listener.filterChain.transportSocket",
                    "spec.configPatches[*].match.waypoint"),
            "Gateway", Set.of("spec.servers[*].tls.ecdhCurves", "spec.servers[*].tls.insecureSkipVerify"),
            "RequestAuthentication", Set.of("spec.jwtRules[*].jwks_uri", "spec.jwtRules[*].presence"),
            "Sidecar", Set.of("spec.inboundConnectionPool.http.http2KeepAlive",
                    "spec.ingress[*].connectionPool.http.http2KeepAlive", "spec.ingress[*].tls.ecdhCurves",
                    "spec.ingress[*].tls.insecureSkipVerify"),
            "Telemetry", Set.of("spec.tracing[*].customTags.*.formatter", "spec.tracing[*].disableContextPropagation"),
            "VirtualService", Set.of("spec.http[*].mirror_percent", "spec.http[*].redirect.prefixRewrite"));

    /** Enumeration values the CRDs accept but the model's enums lack, by kind and field pattern. */
    public static final Map<String, Map<String, Set<String>>> ENUM_VALUES_BY_KIND = Map.of(
            "EnvoyFilter", Map.of("spec.configPatches[*].match.context", Set.of("WAYPOINT"),
                    "spec.configPatches[*].patch.operation", Set.of("MERGE_AND_REPLACE_LIST")));

    private NewerSchemaFields() {}

    /** True when the value at {@code field} of {@code m}, which the model dropped, is one the CRD accepts. */
    public static boolean isKnownValue(Manifest m, FieldPath field, String value) {
        Map<String, Set<String>> byPattern = ENUM_VALUES_BY_KIND.get(m.kind());
        if (byPattern == null) {
            return false;
        }
        List<String> steps = steps(field);
        for (Map.Entry<String, Set<String>> e : byPattern.entrySet()) {
            List<String> pattern = patternSteps(e.getKey());
            if (pattern.size() == steps.size() && covers(pattern, steps) && e.getValue().contains(value)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> destinationRule() {
        List<String> out = new ArrayList<>();
        for (String policy : TRAFFIC_POLICIES) {
            for (String field : IN_EACH_TRAFFIC_POLICY) {
                out.add(policy + "." + field);
            }
        }
        out.add("spec.trafficPolicy.retryBudget.budgetInterval");
        out.add("spec.subsets[*].trafficPolicy.retryBudget.budgetInterval");
        return Set.copyOf(out);
    }

    /** True when {@code field} of {@code m} (or a field inside it) is one the model lacks but the schema has. */
    public static boolean isKnown(Manifest m, FieldPath field) {
        Set<String> patterns = BY_KIND.get(m.kind());
        if (patterns == null) {
            return false;
        }
        List<String> steps = steps(field);
        for (String p : patterns) {
            if (covers(patternSteps(p), steps)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> steps(FieldPath field) {
        List<String> out = new ArrayList<>();
        for (FieldPath.Segment s : field.segments()) {
            out.add(s instanceof FieldPath.Key k ? k.name() : "[*]");
        }
        return out;
    }

    private static List<String> patternSteps(String pattern) {
        List<String> out = new ArrayList<>();
        for (String step : pattern.split("\\.")) {
            if (step.endsWith("[*]")) {
                out.add(step.substring(0, step.length() - 3));
                out.add("[*]");
            } else {
                out.add(step);
            }
        }
        return out;
    }

    private static boolean covers(List<String> pattern, List<String> steps) {
        if (steps.size() < pattern.size()) {
            return false;
        }
        for (int i = 0; i < pattern.size(); i++) {
            String p = pattern.get(i);
            if (!p.equals(steps.get(i)) && !(p.equals("*") && !steps.get(i).equals("[*]"))) {
                return false;
            }
        }
        return true;
    }
}
