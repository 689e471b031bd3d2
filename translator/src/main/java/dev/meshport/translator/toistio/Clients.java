package dev.meshport.translator.toistio;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The clients a Linkerd authorization admits, as alternatives (OR) of Istio sources (fields AND-ed, values OR-ed,
 * authorization_policy.proto Source). No alternative admits nobody; one unconstrained alternative admits everyone.
 */
record Clients(List<Source> alternatives) {

    /** One Istio source; a null field does not constrain. */
    record Source(List<String> principals, List<String> namespaces, List<String> ipBlocks, List<String> notIpBlocks) {

        static final Source ANY = new Source(null, null, null, null);

        boolean unconstrained() {
            return principals == null && namespaces == null && ipBlocks == null && notIpBlocks == null;
        }

        /** Both sources at once, or empty when no client can satisfy both (or Istio cannot say it). */
        Optional<Source> and(Source o) {
            List<String> p = intersectPrincipals(principals, o.principals);
            List<String> n = intersect(namespaces, o.namespaces);
            if (p != null && p.isEmpty() || n != null && n.isEmpty()) {
                return Optional.empty();
            }
            if (ipBlocks != null && o.ipBlocks != null && !ipBlocks.equals(o.ipBlocks)) {
                // Two networks both required: Istio ipBlocks are an OR; leaving the pair out never allows more.
                return Optional.empty();
            }
            List<String> ip = ipBlocks != null ? ipBlocks : o.ipBlocks;
            List<String> notIp = union(notIpBlocks, o.notIpBlocks);
            return Optional.of(new Source(p, n, ip, notIp));
        }

        ObjectNode toJson() {
            ObjectNode s = JsonNodeFactory.instance.objectNode();
            put(s, "principals", principals);
            put(s, "namespaces", namespaces);
            put(s, "ipBlocks", ipBlocks);
            put(s, "notIpBlocks", notIpBlocks);
            return s;
        }

        private static void put(ObjectNode s, String field, List<String> values) {
            if (values != null) {
                ArrayNode a = s.putArray(field);
                values.forEach(a::add);
            }
        }
    }

    static final Clients NOBODY = new Clients(List.of());
    static final Clients ANYONE = new Clients(List.of(Source.ANY));
    static final Clients AUTHENTICATED = new Clients(List.of(new Source(List.of("*"), null, null, null)));

    static Clients of(Source... sources) {
        return new Clients(List.of(sources));
    }

    boolean admitsAnyone() {
        return alternatives.stream().anyMatch(Source::unconstrained);
    }

    /** Clients admitted by both (Linkerd requiredAuthenticationRefs are AND-ed). */
    Clients and(Clients o) {
        List<Source> out = new ArrayList<>();
        for (Source a : alternatives) {
            for (Source b : o.alternatives) {
                a.and(b).ifPresent(out::add);
            }
        }
        return new Clients(List.copyOf(new LinkedHashSet<>(out)));
    }

    Clients or(Clients o) {
        Set<Source> out = new LinkedHashSet<>(alternatives);
        out.addAll(o.alternatives);
        return new Clients(List.copyOf(out));
    }

    private static List<String> intersect(List<String> a, List<String> b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return a.stream().filter(b::contains).distinct().toList();
    }

    private static List<String> intersectPrincipals(List<String> a, List<String> b) {
        if (a != null && a.equals(List.of("*"))) {
            return b == null ? a : b;
        }
        if (b != null && b.equals(List.of("*"))) {
            return a == null ? b : a;
        }
        return intersect(a, b);
    }

    private static List<String> union(List<String> a, List<String> b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        Set<String> out = new LinkedHashSet<>(a);
        out.addAll(b);
        return List.copyOf(out);
    }
}
