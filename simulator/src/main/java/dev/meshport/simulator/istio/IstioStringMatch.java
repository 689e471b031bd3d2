package dev.meshport.simulator.istio;

import com.fasterxml.jackson.databind.JsonNode;
import dev.meshport.simulator.support.Re2;
import java.util.Locale;

/**
 * Istio's StringMatch for VirtualService matches. Source: istio/api {@code networking/v1alpha3/virtual_service.proto}
 * StringMatch: {@code exact} (exact string match), {@code prefix} (prefix-based match: a plain string prefix, so
 * {@code /foo} matches {@code /foobar}), {@code regex} (RE2, translated by Istio to Envoy {@code safe_regex}, which must
 * match the whole value). An empty StringMatch on a header means "the header is present" (istio
 * {@code pilot/pkg/networking/core/route/route.go} translateHeaderMatch → Envoy present_match).
 * {@code ignoreUriCase} applies to exact and prefix only ("the case will be ignored only in the case of exact and
 * prefix URI matches").
 */
final class IstioStringMatch {

    private IstioStringMatch() {}

    /** True when {@code value} (null: absent) satisfies {@code match}. */
    static boolean matches(JsonNode match, String value, boolean ignoreCase) {
        if (value == null) {
            return false;
        }
        if (match.has("exact")) {
            String exact = match.path("exact").asText();
            return ignoreCase ? exact.equalsIgnoreCase(value) : exact.equals(value);
        }
        if (match.has("prefix")) {
            String prefix = match.path("prefix").asText();
            return ignoreCase ? value.toLowerCase(Locale.ROOT).startsWith(prefix.toLowerCase(Locale.ROOT)) : value.startsWith(prefix);
        }
        if (match.has("regex")) {
            return Re2.fullMatch(match.path("regex").asText(), value);
        }
        return true;
    }
}
