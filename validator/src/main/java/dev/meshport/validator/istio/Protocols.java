package dev.meshport.validator.istio;

import java.util.Locale;
import java.util.Set;

/** Istio's port protocols (pkg/config/protocol Parse, case-insensitive). */
public final class Protocols {

    private static final Set<String> KNOWN = Set.of("TCP", "UDP", "GRPC", "GRPC-WEB", "HTTP", "HTTP_PROXY", "HTTP2",
            "HTTPS", "TLS", "MONGO", "REDIS", "MYSQL", "HBONE");

    private Protocols() {}

    public static String normalise(String protocol) {
        return protocol.toUpperCase(Locale.ROOT);
    }

    public static boolean isKnown(String protocol) {
        return KNOWN.contains(normalise(protocol));
    }

    /** HTTP-family protocols (protocol.IsHTTP). */
    public static boolean isHttp(String protocol) {
        return Set.of("HTTP", "HTTP2", "GRPC", "GRPC-WEB", "HTTP_PROXY").contains(normalise(protocol));
    }

    /** Protocols carried over TLS (protocol.IsTLS). */
    public static boolean isTls(String protocol) {
        return Set.of("HTTPS", "TLS").contains(normalise(protocol));
    }

    /** Plain TCP or unset, for which Istio cannot tell hosts apart (protocol.IsTCP, and "" sniffed as TCP). */
    public static boolean isTcpOrUnset(String protocol) {
        return protocol.isEmpty() || Set.of("TCP", "MONGO", "REDIS", "MYSQL").contains(normalise(protocol));
    }
}
