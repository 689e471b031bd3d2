package dev.meshport.validator.istio.security;

import java.util.regex.Pattern;

/** Value formats of the security kinds (pkg/config/security ValidateIPs, ValidatePorts). */
final class SecurityValues {

    private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4]\\d|1?\\d?\\d)(\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)){3}");
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

    /** A port number 0..65535 written as a decimal string. */
    static boolean isPort(String v) {
        return v.matches("\\d{1,5}") && Integer.parseInt(v) <= 65535;
    }
}
