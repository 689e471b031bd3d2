package dev.meshport.validator.istio.security;

import java.util.Optional;
import java.util.regex.Pattern;

/** Value formats of the security kinds (pkg/config/security ValidateIPs, ValidatePorts). */
final class SecurityValues {

    private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4]\\d|1?\\d?\\d)(\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)){3}");
    /** RFC 3986 pchar, as Envoy's URI templates require. */
    private static final Pattern LITERAL = Pattern.compile("[a-zA-Z0-9-._~%!$&'()+,;:@=]+");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:.]*:[0-9a-fA-F:.]*");

    private SecurityValues() {}

    /** An IPv4 or IPv6 address, optionally with a prefix length within the address size. */
    static boolean isIpOrCidr(String v) {
        int slash = v.indexOf('/');
        String ip = slash < 0 ? v : v.substring(0, slash);
        int bits;
        if (IPV4.matcher(ip).matches()) {
            bits = 32;
        } else if (IPV6.matcher(ip).matches() && ip.chars().filter(c -> c == ':').count() >= 2) {
            bits = 128;
        } else {
            return false;
        }
        if (slash < 0) {
            return true;
        }
        String prefix = v.substring(slash + 1);
        return prefix.matches("\\d{1,3}") && Integer.parseInt(prefix) <= bits;
    }

    /** Why Istio rejects a path with a template (pkg/config/security CheckValidPathTemplate), if it does. */
    static Optional<String> pathTemplateProblem(String path) {
        boolean template = path.contains("{*}") || path.contains("{**}");
        boolean matchAny = false;
        for (String glob : path.replaceAll("^/+|/+$", "").split("/", -1)) {
            if ((glob.equals("{*}") || glob.equals("{**}")) && matchAny) {
                return Optional.of("invalid path " + path + ": {**} is not the last operator");
            }
            if (glob.equals("{*}") || glob.equals("{**}")) {
                matchAny = glob.equals("{**}");
                continue;
            }
            if (glob.contains("{") || glob.contains("}")) {
                return Optional.of("invalid path " + path + ": '{' or '}' beyond a supported path template");
            }
            if (template && !LITERAL.matcher(glob).matches()) {
                return Optional.of("invalid path " + path + ": segment " + glob + " is not a valid string literal");
            }
        }
        return Optional.empty();
    }

    /** A port number 0..65535 written as a decimal string. */
    static boolean isPort(String v) {
        return v.matches("\\d{1,5}") && Integer.parseInt(v) <= 65535;
    }
}
