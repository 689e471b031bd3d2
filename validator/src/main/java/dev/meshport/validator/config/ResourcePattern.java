package dev.meshport.validator.config;

import dev.meshport.model.ResourceId;
import java.util.regex.Pattern;

/**
 * {@code Kind/namespace/name}, each part a literal or a pattern with {@code *} wildcards. A resource whose document
 * names no namespace has the empty namespace, which {@code *} matches.
 */
public final class ResourcePattern {

    private final String text;
    private final Pattern kind;
    private final Pattern namespace;
    private final Pattern name;

    private ResourcePattern(String text, Pattern kind, Pattern namespace, Pattern name) {
        this.text = text;
        this.kind = kind;
        this.namespace = namespace;
        this.name = name;
    }

    public static ResourcePattern parse(String text) {
        String[] parts = text.split("/", -1);
        if (parts.length != 3 || parts[0].isEmpty() || parts[2].isEmpty()) {
            throw new IllegalArgumentException("a resource is written Kind/namespace/name (with * wildcards), not '" + text + "'");
        }
        return new ResourcePattern(text, wildcard(parts[0]), wildcard(parts[1]), wildcard(parts[2]));
    }

    public boolean matches(ResourceId id) {
        return id != null
                && kind.matcher(nullToEmpty(id.kind())).matches()
                && namespace.matcher(nullToEmpty(id.namespace())).matches()
                && name.matcher(nullToEmpty(id.name())).matches();
    }

    private static Pattern wildcard(String part) {
        StringBuilder re = new StringBuilder();
        for (String literal : part.split("\\*", -1)) {
            if (re.length() > 0) {
                re.append(".*");
            }
            re.append(Pattern.quote(literal));
        }
        return Pattern.compile(re.toString());
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    @Override
    public String toString() {
        return text;
    }
}
