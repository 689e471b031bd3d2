package dev.meshport.translator.toistio;

import dev.meshport.model.CreationOrder;
import dev.meshport.model.FieldPath;
import dev.meshport.model.Manifest;
import dev.meshport.translator.TranslationContext;
import dev.meshport.translator.toistio.InboundRoutes.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Which inbound route of a Server authorizes a request. linkerd2-proxy hands a request to exactly one route: the
 * best-ranked match (matched path length, then the number of header matches, of query parameter matches, then whether
 * the method matched), on a tie the route that comes first, which the policy controller sorts by creationTimestamp, then
 * namespace and name (linkerd2-proxy {@code http/route/src/lib.rs} find, {@code http/match.rs} RequestMatch;
 * policy-controller {@code grpc/src/inbound/http.rs} to_route_list). Only that route's AuthorizationPolicies apply
 * (policy-controller {@code k8s/index/src/inbound/index.rs} route_client_authzs; linkerd2-proxy
 * {@code inbound/src/policy/http.rs}).
 *
 * <p>An Istio ALLOW rule written from one route's matches would also admit the requests another route takes first, and
 * that route may not authorize the client. So each route's operations leave out, with notPaths, notMethods or header
 * notValues, the requests of every match of another route of the Server that may win over them. Where the winner cannot
 * be written exactly (a regular expression, several conditions, an order the manifests do not tell) the exclusion is
 * wider than the winner's requests — the rule allows less, never more — and it is reported.
 */
final class InboundRouteOrder {

    enum PathKind { NONE, EXACT, PREFIX, REGEX }

    /**
     * One match of an inbound route as Linkerd ranks it. {@code path} is the Exact value, the PathPrefix without
     * trailing slashes, the regular expression, or null; a gRPC method is the path {@code /service/method} (EXACT) or
     * {@code /service} (PREFIX). {@code operation} is null when Istio authorization cannot express the match.
     */
    record Match(Manifest route, FieldPath at, PathKind kind, String path, String method, Map<String, String> exactHeaders,
                 int headerCount, int queryCount, Operation operation) {

        static Match any(Manifest route, FieldPath at) {
            return new Match(route, at, PathKind.NONE, null, null, Map.of(), 0, 0, Operation.ANY);
        }

        int[] rest() {
            return new int[] {headerCount, queryCount, method != null ? 1 : 0};
        }

        String describe() {
            return route.kind() + " " + route.id().name() + " " + at;
        }
    }

    /** How another match's path score compares with ours over the requests both match. */
    private enum PathOrder { DISJOINT, LESS, EQUAL, GREATER, GREATER_OR_EQUAL }

    private InboundRouteOrder() {}

    /**
     * The Istio operations under which {@code route} authorizes requests on a Server whose inbound routes are
     * {@code serverRoutes} (each with its matches); the exclusions that lose requests are reported on the route.
     */
    static List<Operation> operations(TranslationContext ctx, Manifest route, Map<Manifest, List<Match>> serverRoutes,
                                      String serverName) {
        List<Operation> out = new ArrayList<>();
        for (Match own : serverRoutes.get(route)) {
            if (own.operation() == null) {
                continue;
            }
            List<Operation> alternatives = List.of(own.operation());
            for (Map.Entry<Manifest, List<Match>> other : serverRoutes.entrySet()) {
                if (other.getKey() == route) {
                    continue;
                }
                boolean orderKnown = !CreationOrder.timestamp(route).isEmpty() && !CreationOrder.timestamp(other.getKey()).isEmpty();
                boolean otherFirst = CreationOrder.OLDEST_FIRST.compare(other.getKey(), route) < 0;
                for (Match theirs : other.getValue()) {
                    Tie tie = mayWin(theirs, own);
                    if (tie == Tie.NEVER || (tie == Tie.ON_EQUAL_RANK && orderKnown && !otherFirst)) {
                        continue;
                    }
                    Exclusion ex = exclude(alternatives, theirs, own);
                    alternatives = ex.alternatives();
                    boolean unknownOrder = tie == Tie.ON_EQUAL_RANK && !orderKnown;
                    if (!ex.exact() || unknownOrder) {
                        ctx.gap(IstioGap.INBOUND_ROUTE_PRECEDENCE, route, own.at(), "on Server " + serverName
                                + ", requests that match both this and " + theirs.describe() + " may go to "
                                + theirs.route().id().name() + (unknownOrder ? " (equal rank: Linkerd takes the older "
                                + "route, and the manifests carry no creationTimestamp)" : "") + ", whose authorizations "
                                + "apply instead; " + (alternatives.isEmpty() ? "this match authorizes nothing in Istio"
                                : "the Istio rule of this route leaves them out" + (ex.exact() ? ""
                                : ", and more: " + ex.lost())));
                    }
                }
            }
            for (Operation op : alternatives) {
                if (!out.contains(op)) {
                    out.add(op);
                }
            }
        }
        return out;
    }

    /** Whether another route's match can take requests of ours: never, only when ranks are equal, or by rank. */
    enum Tie { NEVER, ON_EQUAL_RANK, BY_RANK }

    static Tie mayWin(Match theirs, Match own) {
        if (theirs.method() != null && own.method() != null && !theirs.method().equals(own.method())) {
            return Tie.NEVER;
        }
        for (Map.Entry<String, String> h : theirs.exactHeaders().entrySet()) {
            String mine = own.exactHeaders().get(h.getKey());
            if (mine != null && !mine.equals(h.getValue())) {
                return Tie.NEVER;
            }
        }
        return switch (pathOrder(theirs, own)) {
            case DISJOINT, LESS -> Tie.NEVER;
            case GREATER, GREATER_OR_EQUAL -> Tie.BY_RANK;
            case EQUAL -> {
                int cmp = java.util.Arrays.compare(theirs.rest(), own.rest());
                yield cmp > 0 ? Tie.BY_RANK : cmp < 0 ? Tie.NEVER : Tie.ON_EQUAL_RANK;
            }
        };
    }

    /**
     * Their matched path length against ours, over the requests both paths match (linkerd2-proxy {@code
     * http/match/path.rs}: Exact and RegularExpression score the whole path, PathPrefix its prefix, "/" and no path 1;
     * a prefix matches whole segments after trailing slashes are trimmed).
     */
    private static PathOrder pathOrder(Match theirs, Match own) {
        int ownLength = own.kind() == PathKind.NONE ? 1 : own.path() == null ? 0 : own.path().length();
        return switch (own.kind()) {
            case NONE -> switch (theirs.kind()) {
                case NONE -> PathOrder.EQUAL;
                case EXACT -> theirs.path().length() == 1 ? PathOrder.EQUAL : PathOrder.GREATER;
                case PREFIX -> PathOrder.GREATER;
                case REGEX -> PathOrder.GREATER_OR_EQUAL;
            };
            case EXACT -> switch (theirs.kind()) {
                case NONE -> ownLength == 1 ? PathOrder.EQUAL : PathOrder.LESS;
                case EXACT -> theirs.path().equals(own.path()) ? PathOrder.EQUAL : PathOrder.DISJOINT;
                case PREFIX -> !underPrefix(own.path(), theirs.path()) ? PathOrder.DISJOINT
                        : theirs.path().length() == ownLength ? PathOrder.EQUAL : PathOrder.LESS;
                case REGEX -> mayMatch(theirs.path(), own.path()) ? PathOrder.EQUAL : PathOrder.DISJOINT;
            };
            case PREFIX -> switch (theirs.kind()) {
                case NONE -> PathOrder.LESS;
                case EXACT -> !underPrefix(theirs.path(), own.path()) ? PathOrder.DISJOINT
                        : theirs.path().length() == ownLength ? PathOrder.EQUAL : PathOrder.GREATER;
                case PREFIX -> theirs.path().equals(own.path()) ? PathOrder.EQUAL
                        : underPrefix(theirs.path(), own.path()) ? PathOrder.GREATER
                        : underPrefix(own.path(), theirs.path()) ? PathOrder.LESS : PathOrder.DISJOINT;
                case REGEX -> {
                    String literal = literalPrefix(theirs.path());
                    yield literal.startsWith(own.path()) || own.path().startsWith(literal)
                            ? PathOrder.GREATER_OR_EQUAL : PathOrder.DISJOINT;
                }
            };
            // Our match is never written when its path is a regular expression: nothing to leave out of it.
            case REGEX -> PathOrder.DISJOINT;
        };
    }

    /** Linkerd's segment-wise PathPrefix: the path without trailing slashes is the prefix or continues with '/'. */
    static boolean underPrefix(String path, String prefix) {
        String trimmed = path.replaceAll("/+$", "");
        if (!trimmed.startsWith(prefix)) {
            return false;
        }
        String rest = trimmed.substring(prefix.length());
        return rest.isEmpty() || rest.startsWith("/");
    }

    /**
     * Can the Linkerd regular expression match the path? Java's full match accepts every path that Linkerd's
     * leftmost-first match spanning the whole path accepts, so "no" is certain; an unreadable pattern may match.
     */
    private static boolean mayMatch(String regex, String path) {
        if (regex == null) {
            return true;
        }
        try {
            return Pattern.compile(regex).matcher(path).matches();
        } catch (PatternSyntaxException e) {
            return true;
        }
    }

    /**
     * The literal text every match of the pattern starts with ("" when unsure): the leading characters up to the first
     * meta character, less the last one when a quantifier follows it; nothing when the pattern has an alternation.
     */
    static String literalPrefix(String regex) {
        if (regex == null || regex.indexOf('|') >= 0) {
            return "";
        }
        String r = regex.startsWith("^") ? regex.substring(1) : regex;
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < r.length(); i++) {
            char c = r.charAt(i);
            if ("?*{".indexOf(c) >= 0) {
                if (out.length() > 0) {
                    out.setLength(out.length() - 1);
                }
                break;
            }
            if ("\\.+()[]^$".indexOf(c) >= 0) {
                break;
            }
            out.append(c);
        }
        return out.toString();
    }

    /** At most this many alternative operations per match; beyond, the rest are dropped (the rule allows less). */
    private static final int MAX_ALTERNATIVES = 16;

    /** Our alternatives less their requests; exact when nothing else is left out, otherwise what else is lost. */
    private record Exclusion(List<Operation> alternatives, boolean exact, String lost) {}

    /**
     * Our operations less the requests of their match: not (c1 and c2 …) is (not c1) or (not c2) …, one alternative
     * per condition of theirs that our match does not already imply (the same method or header value). A condition
     * Istio cannot negate (a regular expression, a query parameter) contributes no alternative, and a regular path
     * is negated by its literal prefix: both leave out more than they take.
     */
    private static Exclusion exclude(List<Operation> ours, Match theirs, Match own) {
        List<java.util.function.UnaryOperator<Operation>> negations = new ArrayList<>();
        List<String> lost = new ArrayList<>();
        switch (theirs.kind()) {
            case EXACT -> negations.add(op -> op.withNotPaths(List.of(theirs.path())));
            case PREFIX -> negations.add(op -> op.withNotPaths(List.of(theirs.path(), theirs.path() + "/*")));
            case REGEX -> {
                String literal = literalPrefix(theirs.path());
                if (!literal.isEmpty()) {
                    negations.add(op -> op.withNotPaths(List.of(literal + "*")));
                }
                lost.add("every path starting with '" + literal + "'");
            }
            case NONE -> { }
        }
        if (theirs.method() != null && !theirs.method().equals(own.method())) {
            negations.add(op -> op.withNotMethod(theirs.method()));
        }
        theirs.exactHeaders().forEach((name, value) -> {
            if (!value.equals(own.exactHeaders().get(name))) {
                negations.add(op -> op.withNotHeader(name, value));
            }
        });
        if (theirs.headerCount() > theirs.exactHeaders().size()) {
            lost.add("requests whatever their headers");
        }
        if (theirs.queryCount() > 0) {
            lost.add("requests whatever their query parameters");
        }
        List<Operation> out = new ArrayList<>();
        for (Operation op : ours) {
            for (java.util.function.UnaryOperator<Operation> negation : negations) {
                Operation narrowed = negation.apply(op);
                if (!narrowed.isEmpty() && !out.contains(narrowed)) {
                    out.add(narrowed);
                }
            }
        }
        if (out.size() > MAX_ALTERNATIVES) {
            out = new ArrayList<>(out.subList(0, MAX_ALTERNATIVES));
            lost.add("some requests of this match, to keep the rule short");
        }
        return new Exclusion(out, lost.isEmpty(), String.join(", ", lost));
    }

    /**
     * Does the Istio path pattern {@code outer} ({@code x}, {@code x*}, {@code *}) cover every path of {@code inner}
     * (authorization_policy.proto Operation.paths: exact, prefix, suffix or presence)?
     */
    static boolean covers(String outer, String inner) {
        if (outer.equals("*")) {
            return true;
        }
        if (outer.endsWith("*")) {
            String base = inner.endsWith("*") ? inner.substring(0, inner.length() - 1) : inner;
            return !inner.startsWith("*") && base.startsWith(outer.substring(0, outer.length() - 1));
        }
        return outer.equals(inner);
    }
}
