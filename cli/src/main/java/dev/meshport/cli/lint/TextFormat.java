package dev.meshport.cli.lint;

import dev.meshport.model.Finding;
import dev.meshport.model.Severity;
import dev.meshport.validator.LintResult;
import dev.meshport.validator.RuleCatalog;

/** Compiler-style lines, {@code file:line:column: severity: message [rule-id]}, then a one-line summary and the count of resources by kind. */
public final class TextFormat implements LintFormat {

    @Override
    public String render(LintResult result, RuleCatalog catalog) {
        StringBuilder out = new StringBuilder();
        for (Finding f : result.findings()) {
            out.append(f.location().file()).append(':')
                    .append(f.location().line()).append(':')
                    .append(f.location().column()).append(": ")
                    .append(f.severity().label()).append(": ")
                    .append(f.message());
            if (f.location().resource() != null) {
                out.append(" (").append(f.location().resource().display()).append(')');
            }
            out.append(" [").append(f.rule()).append("]\n");
        }
        out.append(summary(result)).append('\n');
        if (!result.manifests().all().isEmpty()) {
            out.append("resources by kind: ");
            String sep = "";
            for (java.util.Map.Entry<String, Integer> e : result.manifests().countByKind().entrySet()) {
                out.append(sep).append(e.getKey()).append(' ').append(e.getValue());
                sep = ", ";
            }
            out.append('\n');
        }
        return out.toString();
    }

    static String summary(LintResult r) {
        StringBuilder s = new StringBuilder();
        s.append(plural(r.count(Severity.ERROR), "error")).append(", ")
                .append(plural(r.count(Severity.WARNING), "warning")).append(", ")
                .append(plural(r.count(Severity.INFO), "info"))
                .append(" in ").append(plural(r.manifests().files(), "file"))
                .append(" (").append(plural(r.manifests().all().size(), "resource"));
        if (r.manifests().skipped() > 0) {
            s.append(", ").append(r.manifests().skipped()).append(" other documents skipped");
        }
        s.append(')');
        if (r.suppressed() > 0) {
            s.append("; ").append(r.suppressed()).append(" suppressed");
        }
        if (r.baselined() > 0) {
            s.append("; ").append(r.baselined()).append(" in the baseline");
        }
        return s.toString();
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 || word.equals("info") ? "" : "s");
    }
}
