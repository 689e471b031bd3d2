package dev.meshport.translator.tolinkerd;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.meshport.translator.TranslationContext;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Istio http matches on a gRPC port as GRPCRoute matches: an exact path {@code /pkg.Service/Method} is a method match,
 * a prefix {@code /pkg.Service/} a service match, headers stay headers. Linkerd matches gRPC routes on POST requests
 * only and ranks them by the matched service and method lengths, then header matches (linkerd2-proxy grpc-route
 * match.rs RpcMatch, RouteMatch).
 */
final class GrpcMatches {

    private static final Pattern METHOD = Pattern.compile("^/([^/]+)/([^/]+)$");
    private static final Pattern SERVICE = Pattern.compile("^/([^/]+)/$");

    private GrpcMatches() {}

    /** True when every rule and match can be written as a GRPCRoute (no redirect, rpc paths, POST, no query). */
    static boolean convertible(List<ObjectNode> rules, List<List<HttpMatch>> matches) {
        for (ObjectNode rule : rules) {
            for (JsonNode f : rule.path("filters")) {
                if (f.path("type").asText().equals("RequestRedirect")) {
                    return false;
                }
            }
        }
        for (List<HttpMatch> ms : matches) {
            for (HttpMatch m : ms) {
                boolean ok = rpc(m).isPresent() && (m.method() == null || m.method().equals("POST"))
                        && m.queryParams().isEmpty() && !m.ignoreCase();
                if (!ok) {
                    return false;
                }
            }
        }
        return true;
    }

    /** {service, method} (either null for "any"), or empty when the path is not an rpc path. */
    private static Optional<String[]> rpc(HttpMatch m) {
        if (!m.hasPath()) {
            return Optional.of(new String[] {null, null});
        }
        if (m.path().type() == StringMatch.Type.EXACT) {
            Matcher x = METHOD.matcher(m.path().value());
            return x.matches() ? Optional.of(new String[] {x.group(1), x.group(2)}) : Optional.empty();
        }
        if (m.path().type() == StringMatch.Type.PREFIX) {
            Matcher x = SERVICE.matcher(m.path().value());
            return x.matches() ? Optional.of(new String[] {x.group(1), null}) : Optional.empty();
        }
        return Optional.empty();
    }

    static int compareRank(HttpMatch a, HttpMatch b) {
        int[] ra = rank(a);
        int[] rb = rank(b);
        for (int i = 0; i < ra.length; i++) {
            if (ra[i] != rb[i]) {
                return Integer.compare(ra[i], rb[i]);
            }
        }
        return 0;
    }

    private static int[] rank(HttpMatch m) {
        String[] rpc = rpc(m).orElse(new String[] {null, null});
        return new int[] {rpc[0] == null ? 0 : rpc[0].length(), rpc[1] == null ? 0 : rpc[1].length(), m.headers().size()};
    }

    /** The Gateway API GRPCRouteMatch. */
    static ObjectNode toGatewayApi(HttpMatch m) {
        ObjectNode out = TranslationContext.object();
        String[] rpc = rpc(m).orElseThrow();
        if (rpc[0] != null) {
            ObjectNode method = out.putObject("method").put("type", "Exact").put("service", rpc[0]);
            if (rpc[1] != null) {
                method.put("method", rpc[1]);
            }
        }
        if (!m.headers().isEmpty()) {
            ArrayNode headers = out.putArray("headers");
            m.headers().forEach((name, cond) -> headers.add(HttpMatch.valueMatch(name, cond)));
        }
        return out;
    }
}
