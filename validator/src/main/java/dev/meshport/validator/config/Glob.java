package dev.meshport.validator.config;

import java.util.regex.Pattern;

/**
 * A path glob as .gitignore and pre-commit users write them: {@code *} and {@code ?} stay within one path segment,
 * {@code **} crosses segments, and a leading or inner {@code **}{@code /} also matches no directory at all
 * ({@code **}{@code /vendor/**} matches {@code vendor/x.yaml}). Paths are compared with '/' separators and without a
 * leading "./".
 */
public final class Glob {

    private final String text;
    private final Pattern pattern;

    private Glob(String text, Pattern pattern) {
        this.text = text;
        this.pattern = pattern;
    }

    public static Glob compile(String glob) {
        String g = normalize(glob);
        if (g.isEmpty()) {
            throw new IllegalArgumentException("an empty path glob matches nothing");
        }
        StringBuilder re = new StringBuilder();
        int i = 0;
        while (i < g.length()) {
            char c = g.charAt(i);
            if (c == '*' && g.startsWith("**/", i)) {
                re.append("(?:.*/)?");
                i += 3;
            } else if (c == '*' && g.startsWith("**", i)) {
                re.append(".*");
                i += 2;
            } else if (c == '*') {
                re.append("[^/]*");
                i++;
            } else if (c == '?') {
                re.append("[^/]");
                i++;
            } else {
                re.append(Pattern.quote(String.valueOf(c)));
                i++;
            }
        }
        // A glob naming a directory ("vendor" or "vendor/") covers everything below it.
        String base = re.toString();
        if (base.endsWith(Pattern.quote("/"))) {
            base = base.substring(0, base.length() - Pattern.quote("/").length());
        }
        return new Glob(glob, Pattern.compile(base + "(?:/.*)?"));
    }

    public boolean matches(String path) {
        return pattern.matcher(normalize(path)).matches();
    }

    /** '/' separators, no leading "./". */
    public static String normalize(String path) {
        String p = path.replace('\\', '/');
        while (p.startsWith("./")) {
            p = p.substring(2);
        }
        return p;
    }

    @Override
    public String toString() {
        return text;
    }
}
