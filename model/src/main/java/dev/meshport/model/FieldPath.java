package dev.meshport.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A path to a field inside one document: dotted names with list indexes, such as
 * {@code spec.http[1].route[0].weight}. Immutable; {@link #toString()} gives the canonical form,
 * which is also the key of a manifest's position index.
 */
public final class FieldPath implements Comparable<FieldPath> {

    /** One step: a mapping key or a list index. */
    public sealed interface Segment permits Key, Index {}

    public record Key(String name) implements Segment {
        public Key {
            Objects.requireNonNull(name);
        }
    }

    public record Index(int index) implements Segment {}

    public static final FieldPath ROOT = new FieldPath(List.of(), "");

    private final List<Segment> segments;
    private final String text;

    private FieldPath(List<Segment> segments, String text) {
        this.segments = segments;
        this.text = text;
    }

    /** Parses the canonical form. Keys that contain dots or brackets are written as {@code ["a.b"]}. */
    public static FieldPath parse(String path) {
        FieldPath result = ROOT;
        int i = 0;
        int n = path.length();
        while (i < n) {
            char c = path.charAt(i);
            if (c == '.') {
                i++;
            } else if (c == '[') {
                int close = path.indexOf(']', i);
                if (close < 0) {
                    throw new IllegalArgumentException("unclosed '[' in field path: " + path);
                }
                String inside = path.substring(i + 1, close);
                if (inside.startsWith("\"")) {
                    int end = path.indexOf("\"]", i + 2);
                    if (end < 0) {
                        throw new IllegalArgumentException("unclosed quoted key in field path: " + path);
                    }
                    result = result.key(path.substring(i + 2, end));
                    i = end + 2;
                } else {
                    try {
                        result = result.index(Integer.parseInt(inside));
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("bad index '" + inside + "' in field path: " + path, e);
                    }
                    i = close + 1;
                }
            } else {
                int end = i;
                while (end < n && path.charAt(end) != '.' && path.charAt(end) != '[') {
                    end++;
                }
                result = result.key(path.substring(i, end));
                i = end;
            }
        }
        return result;
    }

    public static FieldPath of(String... keys) {
        FieldPath p = ROOT;
        for (String k : keys) {
            p = p.key(k);
        }
        return p;
    }

    public FieldPath key(String name) {
        return new FieldPath(append(new Key(name)), appendKey(text, name));
    }

    public FieldPath index(int index) {
        return new FieldPath(append(new Index(index)), appendIndex(text, index));
    }

    /** The canonical text of {@code base} followed by key {@code name}; the loader indexes positions by it. */
    public static String appendKey(String base, String name) {
        boolean plain = !name.isEmpty() && name.chars().noneMatch(ch -> ch == '.' || ch == '[' || ch == ']' || ch == '"');
        if (!plain) {
            return base + "[\"" + name + "\"]";
        }
        return base.isEmpty() ? name : base + "." + name;
    }

    /** The canonical text of {@code base} followed by list index {@code index}. */
    public static String appendIndex(String base, int index) {
        return base + "[" + index + "]";
    }

    /** This path followed by all the segments of {@code rest}. */
    public FieldPath resolve(FieldPath rest) {
        FieldPath p = this;
        for (Segment s : rest.segments) {
            p = s instanceof Key k ? p.key(k.name()) : p.index(((Index) s).index());
        }
        return p;
    }

    private List<Segment> append(Segment s) {
        List<Segment> copy = new ArrayList<>(segments.size() + 1);
        copy.addAll(segments);
        copy.add(s);
        return Collections.unmodifiableList(copy);
    }

    public List<Segment> segments() {
        return segments;
    }

    public boolean isRoot() {
        return segments.isEmpty();
    }

    public int size() {
        return segments.size();
    }

    /** The enclosing path; the root is its own parent. */
    public FieldPath parent() {
        if (segments.isEmpty()) {
            return this;
        }
        FieldPath p = ROOT;
        for (int i = 0; i < segments.size() - 1; i++) {
            Segment s = segments.get(i);
            p = s instanceof Key k ? p.key(k.name()) : p.index(((Index) s).index());
        }
        return p;
    }

    public Segment last() {
        return segments.isEmpty() ? null : segments.get(segments.size() - 1);
    }

    public boolean startsWith(FieldPath prefix) {
        return prefix.segments.size() <= segments.size()
                && segments.subList(0, prefix.segments.size()).equals(prefix.segments);
    }

    @Override
    public int compareTo(FieldPath o) {
        return text.compareTo(o.text);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FieldPath other && other.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
