package dev.meshport.translator.tolinkerd;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.meshport.translator.TranslationContext;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One translatable Istio HTTPMatchRequest (path, method, headers, query parameters), with what the first-match
 * analysis needs: the intersection of two matches, and how Linkerd ranks a match.
 *
 * <p>Linkerd's proxy ranks a matched rule by the matched path length (the whole path for Exact and RegularExpression,
 * the prefix for PathPrefix, 1 for no path), then the number of header matches, of query parameter matches, then
 * whether the method matched; on a tie the first rule wins (linkerd2-proxy http-route match.rs RequestMatch::cmp,
 * match/path.rs PathMatch::cmp, lib.rs find). meshport writes every path condition except "everything" as Exact or
 * RegularExpression, so a match with a path condition always outranks one without.
 */
record HttpMatch(StringMatch path, boolean ignoreCase, String method, Map<String, StringMatch> headers,
                 Map<String, StringMatch> queryParams) {

    static final HttpMatch EVERYTHING = new HttpMatch(null, false, null, Map.of(), Map.of());

    boolean hasPath() {
        return path != null && !path.matchesEverything(true);
    }

    /** Linkerd's rank of the match, for a request path longer than "/": compare lexicographically. */
    int[] rank() {
        return new int[] {hasPath() ? 1 : 0, headers.size(), queryParams.size(), method != null ? 1 : 0};
    }

    static int compareRank(HttpMatch a, HttpMatch b) {
        int[] ra = a.rank();
        int[] rb = b.rank();
        for (int i = 0; i < ra.length; i++) {
            if (ra[i] != rb[i]) {
                return Integer.compare(ra[i], rb[i]);
            }
        }
        return 0;
    }

    /**
     * True when {@code exact} is an exact "/" and {@code other} has no path condition: Linkerd 2.18's proxy ranks by
     * matched path length alone, so the two tie there (linkerd2-proxy {@code http/match/path.rs}), though later
     * proxies rank the exact match higher (linkerd2-proxy#4604). Match ordering must hold under both.
     */
    static boolean exactRootMayTie(HttpMatch exact, HttpMatch other) {
        return exact.path != null && exact.path.type() == StringMatch.Type.EXACT && exact.path.value().equals("/")
                && !other.hasPath();
    }

    /** {@link #compareRank} without the path component: headers, query parameters, method. */
    static int compareRankIgnoringPath(HttpMatch a, HttpMatch b) {
        int[] ra = a.rank();
        int[] rb = b.rank();
        for (int i = 1; i < ra.length; i++) {
            if (ra[i] != rb[i]) {
                return Integer.compare(ra[i], rb[i]);
            }
        }
        return 0;
    }

    /** The outcome of intersecting two matches. */
    sealed interface Meet permits Both, Disjoint, Unknown {}

    record Both(HttpMatch match) implements Meet {}

    record Disjoint() implements Meet {}

    record Unknown() implements Meet {}

    /** The requests both matches select, as one match when it can be written as one. */
    Meet meet(HttpMatch o) {
        if (method != null && o.method != null && !method.equals(o.method)) {
            return new Disjoint();
        }
        StringMatch p;
        boolean ic;
        if (!hasPath()) {
            p = o.path;
            ic = o.ignoreCase;
        } else if (!o.hasPath()) {
            p = path;
            ic = ignoreCase;
        } else {
            ic = ignoreCase;
            if (ignoreCase != o.ignoreCase) {
                return new Unknown();
            }
            // ignoreUriCase applies to exact and prefix (virtual_service.proto HTTPMatchRequest.ignore_uri_case): compare
            // them case-folded; the regex analysis is case-sensitive only.
            if (ic && (path.type() == StringMatch.Type.REGEX || o.path.type() == StringMatch.Type.REGEX)) {
                return new Unknown();
            }
            StringMatch.Meet m = ic ? path.folded().meet(o.path.folded()) : path.meet(o.path);
            if (m instanceof StringMatch.Disjoint) {
                return new Disjoint();
            }
            if (m instanceof StringMatch.Unknown) {
                return new Unknown();
            }
            p = ((StringMatch.Both) m).match();
        }
        Optional<Map<String, StringMatch>> h = meetAll(headers, o.headers);
        Optional<Map<String, StringMatch>> q = meetAll(queryParams, o.queryParams);
        if (h == null || q == null) {
            return new Disjoint();
        }
        if (h.isEmpty() || q.isEmpty()) {
            return new Unknown();
        }
        return new Both(new HttpMatch(p, ic, method != null ? method : o.method, h.get(), q.get()));
    }

    /** null when disjoint, empty when unknown. */
    private static Optional<Map<String, StringMatch>> meetAll(Map<String, StringMatch> a, Map<String, StringMatch> b) {
        Map<String, StringMatch> out = new TreeMap<>(a);
        for (Map.Entry<String, StringMatch> e : b.entrySet()) {
            StringMatch mine = out.get(e.getKey());
            if (mine == null) {
                out.put(e.getKey(), e.getValue());
                continue;
            }
            StringMatch.Meet m = mine.meet(e.getValue());
            if (m instanceof StringMatch.Disjoint) {
                return null;
            }
            if (m instanceof StringMatch.Unknown) {
                return Optional.empty();
            }
            out.put(e.getKey(), ((StringMatch.Both) m).match());
        }
        return Optional.of(out);
    }

    /** The Gateway API HTTPRouteMatch. */
    ObjectNode toGatewayApi() {
        ObjectNode m = TranslationContext.object();
        ObjectNode p = m.putObject("path");
        if (!hasPath()) {
            p.put("type", "PathPrefix").put("value", "/");
        } else if (path.type() == StringMatch.Type.EXACT && !ignoreCase) {
            p.put("type", "Exact").put("value", path.value());
        } else {
            p.put("type", "RegularExpression").put("value", path.asAnchoredRegex(ignoreCase));
        }
        if (!headers.isEmpty()) {
            ArrayNode hs = m.putArray("headers");
            headers.forEach((name, cond) -> hs.add(valueMatch(name, cond)));
        }
        if (!queryParams.isEmpty()) {
            ArrayNode qs = m.putArray("queryParams");
            queryParams.forEach((name, cond) -> qs.add(valueMatch(name, cond)));
        }
        if (method != null) {
            m.put("method", method);
        }
        return m;
    }

    /** A Gateway API header or query parameter match (Exact, or the anchored RegularExpression of the condition). */
    static ObjectNode valueMatch(String name, StringMatch cond) {
        ObjectNode n = TranslationContext.object();
        if (cond.type() == StringMatch.Type.EXACT) {
            n.put("type", "Exact").put("name", name).put("value", cond.value());
        } else {
            n.put("type", "RegularExpression").put("name", name).put("value", cond.asAnchoredRegex(false));
        }
        return n;
    }
}
