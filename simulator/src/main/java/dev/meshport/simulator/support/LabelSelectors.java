package dev.meshport.simulator.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * Kubernetes label selectors. Source: k8s.io/apimachinery {@code pkg/apis/meta/v1/types.go} LabelSelector — the
 * requirements of matchLabels and matchExpressions are ANDed; an empty selector matches everything.
 */
public final class LabelSelectors {

    private LabelSelectors() {}

    /** A LabelSelector node ({@code matchLabels}, {@code matchExpressions}); a missing node matches everything. */
    public static boolean matches(JsonNode selector, Map<String, String> labels) {
        if (Nodes.empty(selector)) {
            return true;
        }
        for (Map.Entry<String, String> e : Nodes.stringMap(selector.path("matchLabels")).entrySet()) {
            if (!e.getValue().equals(labels.get(e.getKey()))) {
                return false;
            }
        }
        for (JsonNode expr : selector.path("matchExpressions")) {
            String key = expr.path("key").asText();
            var values = Nodes.strings(expr.path("values"));
            boolean has = labels.containsKey(key);
            boolean ok = switch (expr.path("operator").asText()) {
                case "In" -> has && values.contains(labels.get(key));
                case "NotIn" -> !has || !values.contains(labels.get(key));
                case "Exists" -> has;
                case "DoesNotExist" -> !has;
                default -> false;
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** A plain map selector (Service {@code spec.selector}, Istio {@code matchLabels}): every pair must be present. */
    public static boolean matchesMap(Map<String, String> selector, Map<String, String> labels) {
        return selector.entrySet().stream().allMatch(e -> e.getValue().equals(labels.get(e.getKey())));
    }
}
