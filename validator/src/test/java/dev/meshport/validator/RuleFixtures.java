package dev.meshport.validator;

import dev.meshport.model.Finding;
import dev.meshport.model.ManifestSet;
import dev.meshport.model.load.ManifestLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a rule on its own fixtures: the {@code failing} example must produce exactly the marked findings, the
 * {@code passing} example none. Markers are comment lines whose {@code ^} stands under the expected column of the
 * nearest line above that is not a marker; {@code ^@1} means column 1.
 */
public final class RuleFixtures {

    private static final Pattern MARKER = Pattern.compile("^(\\s*#\\s*)\\^(@1)?\\s+(\\S+)\\s*$");

    /** An expected or actual finding position: {@code line:column rule}. */
    public record Mark(int line, int column, String rule) implements Comparable<Mark> {
        @Override
        public int compareTo(Mark o) {
            return toString().compareTo(o.toString());
        }

        @Override
        public String toString() {
            return String.format("%04d:%03d %s", line, column, rule);
        }
    }

    private RuleFixtures() {}

    /** The positions marked in a fixture. */
    public static Set<Mark> expected(String fixture) {
        Set<Mark> marks = new TreeSet<>();
        String[] lines = fixture.split("\n", -1);
        int target = 0;
        for (int i = 0; i < lines.length; i++) {
            Matcher m = MARKER.matcher(lines[i]);
            if (m.matches()) {
                if (target == 0) {
                    throw new IllegalArgumentException("marker on line " + (i + 1) + " has no line above it");
                }
                int column = m.group(2) != null ? 1 : lines[i].indexOf('^') + 1;
                marks.add(new Mark(target, column, m.group(3)));
            } else {
                target = i + 1;
            }
        }
        return marks;
    }

    /** Lints {@code fixture} with the whole built-in catalog (the rule under test is there too). */
    public static List<Finding> lint(String fixture, String fileName) {
        ManifestSet set = new ManifestLoader().loadText(fileName, fixture);
        LintOptions options = LintOptions.DEFAULT.withAssumeComplete(true);
        return new Linter(RuleCatalog.builtIn()).lint(set, options).findings();
    }

    /** The positions at which {@code rule} reported on {@code fixture}. */
    public static Set<Mark> actual(String fixture, String rule) {
        Set<Mark> marks = new TreeSet<>();
        for (Finding f : lint(fixture, "fixture.yaml")) {
            if (f.rule().equals(rule)) {
                marks.add(new Mark(f.location().line(), f.location().column(), f.rule()));
            }
        }
        return marks;
    }

    /** Findings of {@code rules} on {@code fixture}, as text, for failure messages. */
    public static List<String> describe(String fixture, Set<String> rules) {
        List<String> out = new ArrayList<>();
        for (Finding f : lint(fixture, "fixture.yaml")) {
            if (rules.contains(f.rule())) {
                out.add(f.location().line() + ":" + f.location().column() + " " + f.rule() + ": " + f.message());
            }
        }
        return out;
    }
}
