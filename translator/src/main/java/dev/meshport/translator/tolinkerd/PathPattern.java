package dev.meshport.translator.tolinkerd;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.meshport.translator.TranslationContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A set of request paths an authorization rule selects: any path, Istio's exact, {@code prefix*}, {@code *suffix}
 * forms (security/v1beta1 authorization_policy.proto Operation.paths), or a regular expression meshport built (the
 * complement of denied prefixes). Each knows its Linkerd inbound route match.
 */
record PathPattern(Kind kind, String value) {

    enum Kind { ANY, EXACT, PREFIX, SUFFIX, REGEX }

    static final PathPattern ANY = new PathPattern(Kind.ANY, "");

    /** An Istio authorization path; empty for forms meshport does not translate (path templates). */
    static Optional<PathPattern> istio(String path) {
        if (path.equals("*")) {
            return Optional.of(ANY);
        }
        if (path.contains("{")) {
            return Optional.empty();
        }
        if (path.endsWith("*") && path.indexOf('*') == path.length() - 1) {
            return Optional.of(new PathPattern(Kind.PREFIX, path.substring(0, path.length() - 1)));
        }
        if (path.startsWith("*") && path.lastIndexOf('*') == 0) {
            return Optional.of(new PathPattern(Kind.SUFFIX, path.substring(1)));
        }
        return path.contains("*") ? Optional.empty() : Optional.of(new PathPattern(Kind.EXACT, path));
    }

    boolean test(String path) {
        return switch (kind) {
            case ANY -> true;
            case EXACT -> path.equals(value);
            case PREFIX -> path.startsWith(value);
            case SUFFIX -> path.endsWith(value);
            case REGEX -> java.util.regex.Pattern.compile(value).matcher(path).matches();
        };
    }

    /** True when every path this pattern selects is also selected by {@code wider}. */
    boolean within(PathPattern wider) {
        if (wider.kind == Kind.ANY || this.equals(wider)) {
            return true;
        }
        return switch (kind) {
            case EXACT -> wider.test(value);
            case PREFIX -> wider.kind == Kind.PREFIX && value.startsWith(wider.value);
            case SUFFIX -> wider.kind == Kind.SUFFIX && value.endsWith(wider.value);
            default -> false;
        };
    }

    /** The paths both select, when meshport can write them as one pattern; empty result = disjoint or unknown. */
    Optional<PathPattern> meet(PathPattern o) {
        if (kind == Kind.ANY) {
            return Optional.of(o);
        }
        if (o.kind == Kind.ANY) {
            return Optional.of(this);
        }
        if (within(o)) {
            return Optional.of(this);
        }
        if (o.within(this)) {
            return Optional.of(o);
        }
        return Optional.empty();
    }

    /** The Linkerd inbound HTTPRoute path match (Linkerd requires a regex match to span the whole path). */
    ObjectNode toRouteMatch() {
        ObjectNode p = TranslationContext.object();
        switch (kind) {
            case ANY -> p.put("type", "PathPrefix").put("value", "/");
            case EXACT -> p.put("type", "Exact").put("value", value);
            case PREFIX -> p.put("type", "RegularExpression").put("value", "^" + StringMatch.quote(value) + ".*$");
            case SUFFIX -> p.put("type", "RegularExpression").put("value", "^.*" + StringMatch.quote(value) + "$");
            case REGEX -> p.put("type", "RegularExpression").put("value", value);
        }
        return p;
    }

    /**
     * The paths this pattern selects that none of {@code denied} selects, as one pattern; empty when meshport cannot
     * write it (the caller then drops the allowance: narrower, never wider).
     */
    Optional<PathPattern> minus(List<PathPattern> denied) {
        List<PathPattern> relevant = new ArrayList<>();
        for (PathPattern d : denied) {
            if (d.kind == Kind.ANY || within(d)) {
                return Optional.empty();
            }
            if (overlaps(d)) {
                relevant.add(d);
            }
        }
        if (relevant.isEmpty()) {
            return Optional.of(this);
        }
        if (kind != Kind.ANY) {
            return Optional.empty();
        }
        Trie root = new Trie();
        for (PathPattern d : relevant) {
            if (d.kind != Kind.EXACT && d.kind != Kind.PREFIX) {
                return Optional.empty();
            }
            Trie node = root;
            for (char c : d.value.toCharArray()) {
                node = node.children.computeIfAbsent(c, x -> new Trie());
            }
            if (d.kind == Kind.EXACT) {
                node.exactDenied = true;
            } else {
                node.prefixDenied = true;
            }
        }
        String complement = root.complement();
        return complement == null ? Optional.empty()
                : Optional.of(new PathPattern(Kind.REGEX, "^(?:" + complement + ")$"));
    }

    private boolean overlaps(PathPattern d) {
        return switch (kind) {
            case ANY -> true;
            case EXACT -> d.test(value);
            case PREFIX -> d.kind != Kind.EXACT || d.value.startsWith(value);
            default -> true;
        };
    }

    /** Denied paths by character, to build the regex of the paths not denied. */
    private static final class Trie {
        final Map<Character, Trie> children = new TreeMap<>();
        boolean exactDenied;
        boolean prefixDenied;

        /** A regex for the suffixes that, after this node's prefix, are not denied; null for none. */
        String complement() {
            if (prefixDenied) {
                return null;
            }
            List<String> alternatives = new ArrayList<>();
            if (children.isEmpty()) {
                return exactDenied ? ".+" : ".*";
            }
            if (!exactDenied) {
                alternatives.add("");
            }
            StringBuilder cls = new StringBuilder("[^");
            for (char c : children.keySet()) {
                cls.append(c == ']' || c == '\\' || c == '^' || c == '-' || c == '[' ? "\\" + c : String.valueOf(c));
            }
            alternatives.add(cls.append("].*").toString());
            for (Map.Entry<Character, Trie> e : children.entrySet()) {
                String sub = e.getValue().complement();
                if (sub != null) {
                    alternatives.add(StringMatch.quote(String.valueOf(e.getKey())) + "(?:" + sub + ")");
                }
            }
            return String.join("|", alternatives);
        }
    }
}
