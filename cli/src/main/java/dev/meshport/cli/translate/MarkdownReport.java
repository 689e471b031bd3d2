package dev.meshport.cli.translate;

import dev.meshport.model.Gap;
import dev.meshport.model.Severity;
import dev.meshport.translator.TranslationResult;
import java.util.List;

/** A pull-request comment: the summary table, features by kind, then each resource with its gaps folded. */
final class MarkdownReport {

    private MarkdownReport() {}

    static String render(GapReport report) {
        TranslationResult r = report.result();
        TranslationResult.Summary s = r.summary();
        StringBuilder out = new StringBuilder();
        out.append("## meshport: ").append(r.from()).append(" → ").append(r.to()).append("\n\n");
        long errors = r.gaps().stream().filter(g -> g.severity() == Severity.ERROR).count();
        long warnings = r.gaps().stream().filter(g -> g.severity() == Severity.WARNING).count();
        long infos = r.gaps().stream().filter(g -> g.severity() == Severity.INFO).count();
        out.append("| resources | translated | features | full | partial | none | errors | warnings | infos |\n");
        out.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        out.append("| ").append(s.resources()).append(" | ").append(s.translated()).append(" | ").append(s.features())
                .append(" | ").append(s.full()).append(" | ").append(s.partial()).append(" | ").append(s.none())
                .append(" | ").append(errors).append(" | ").append(warnings).append(" | ").append(infos).append(" |\n\n");
        out.append("| kind | full | partial | none |\n|---|---:|---:|---:|\n");
        for (GapReport.KindCounts k : report.byKind()) {
            out.append("| ").append(k.kind()).append(" | ").append(k.full()).append(" | ").append(k.partial())
                    .append(" | ").append(k.none()).append(" |\n");
        }
        out.append('\n');
        for (GapReport.Resource res : report.resources()) {
            List<Gap> gaps = res.gaps();
            String icon = gaps.stream().anyMatch(g -> g.severity() == Severity.ERROR) ? "❌"
                    : gaps.stream().anyMatch(g -> g.severity() == Severity.WARNING) ? "⚠️" : "✅";
            out.append("<details><summary>").append(icon).append(" <code>").append(escape(res.id().display()))
                    .append("</code> (").append(escape(res.file())).append(':').append(res.line()).append(") — ")
                    .append(gaps.size()).append(gaps.size() == 1 ? " gap" : " gaps").append(", ")
                    .append(res.outputs().size()).append(" Linkerd objects</summary>\n\n");
            if (!gaps.isEmpty()) {
                out.append("| line | severity | gap | field | what is lost | what to do |\n|---:|---|---|---|---|---|\n");
                for (Gap g : gaps) {
                    out.append("| ").append(g.location().line()).append(" | ").append(g.severity().label())
                            .append(" | `").append(g.gap()).append("` | `").append(g.location().field()).append("` | ")
                            .append(cell(g.message())).append(" | ").append(cell(g.suggestion())).append(" |\n");
                }
                out.append('\n');
            }
            if (!res.outputs().isEmpty()) {
                out.append("Written: ").append(String.join(", ", res.outputs().stream()
                        .map(o -> "`" + o.display() + "`").toList())).append("\n\n");
            }
            out.append("</details>\n\n");
        }
        return out.toString();
    }

    private static String cell(String text) {
        return escape(text).replace("|", "\\|").replace("\n", " ");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
