package dev.meshport.simulator.istio;

import java.util.List;
import java.util.Locale;

/**
 * String matching in AuthorizationPolicy fields (principals, namespaces, methods, paths, hosts, ports, values).
 * Source: istio/api {@code security/v1beta1/authorization_policy.proto} (Rule): "Exact match: abc will match on value
 * abc. Prefix match: abc* will match on value abc and abcd. Suffix match: *abc will match on value abc and xabc.
 * Presence match: * will match when value is not empty." These are not regular expressions, and the prefix is a plain
 * string prefix ({@code /admin*} matches {@code /administrator}).
 */
final class IstioValueMatch {

    private IstioValueMatch() {}

    static boolean matches(String pattern, String value, boolean ignoreCase) {
        if (value == null) {
            return false;
        }
        if (ignoreCase) {
            pattern = pattern.toLowerCase(Locale.ROOT);
            value = value.toLowerCase(Locale.ROOT);
        }
        if (pattern.equals("*")) {
            return !value.isEmpty();
        }
        if (pattern.endsWith("*")) {
            return value.startsWith(pattern.substring(0, pattern.length() - 1));
        }
        if (pattern.startsWith("*")) {
            return value.endsWith(pattern.substring(1));
        }
        return pattern.equals(value);
    }

    static boolean any(List<String> patterns, String value, boolean ignoreCase) {
        return patterns.stream().anyMatch(p -> matches(p, value, ignoreCase));
    }
}
