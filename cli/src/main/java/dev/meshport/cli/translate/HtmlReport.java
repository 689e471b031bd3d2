package dev.meshport.cli.translate;

import dev.meshport.model.Gap;
import dev.meshport.translator.TranslationResult;
import dev.meshport.translator.YamlOutput;
import java.util.List;

/**
 * One self-contained page: the summary, a chart of full / partial / none features by kind (inline SVG), then each
 * resource with its gaps and its source and translated YAML side by side.
 */
final class HtmlReport {

    private static final String STYLE = """
            body{font-family:system-ui,sans-serif;margin:2rem;color:#222}
            table{border-collapse:collapse;margin:1rem 0}td,th{border:1px solid #ccc;padding:.3rem .6rem;text-align:left;vertical-align:top}
            .pair{display:grid;grid-template-columns:1fr 1fr;gap:1rem}pre{background:#f6f8fa;padding:.8rem;overflow:auto;font-size:.85rem;margin:0}
            .error{color:#b00020}.warning{color:#a15c00}.info{color:#555}section{border-top:1px solid #ddd;margin-top:1.5rem}
            """;

    private HtmlReport() {}

    static String render(GapReport report) {
        TranslationResult r = report.result();
        TranslationResult.Summary s = r.summary();
        StringBuilder out = new StringBuilder();
        out.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>meshport ")
                .append(r.from()).append(" → ").append(r.to()).append("</title><style>").append(STYLE)
                .append("</style></head><body>\n");
        out.append("<h1>meshport: ").append(r.from()).append(" → ").append(r.to()).append("</h1>\n");
        out.append("<p>").append(s.resources()).append(" resources, ").append(s.translated()).append(" translated; ")
                .append(s.features()).append(" features: ").append(s.full()).append(" full, ").append(s.partial())
                .append(" partial, ").append(s.none()).append(" none; ").append(r.gaps().size()).append(" gaps.</p>\n");
        out.append(chart(report.byKind()));
        for (GapReport.Resource res : report.resources()) {
            out.append("<section><h2>").append(esc(res.id().display())).append("</h2><p>").append(esc(res.file()))
                    .append(':').append(res.line()).append("</p>\n");
            if (!res.gaps().isEmpty()) {
                out.append("<table><tr><th>line</th><th>severity</th><th>gap</th><th>field</th><th>what is lost</th>"
                        + "<th>what to do</th></tr>\n");
                for (Gap g : res.gaps()) {
                    out.append("<tr><td>").append(g.location().line()).append("</td><td class=\"")
                            .append(g.severity().label()).append("\">").append(g.severity().label()).append("</td><td><code>")
                            .append(esc(g.gap())).append("</code></td><td><code>").append(esc(g.location().field().toString()))
                            .append("</code></td><td>").append(esc(g.message())).append("</td><td>")
                            .append(esc(g.suggestion())).append("</td></tr>\n");
                }
                out.append("</table>\n");
            }
            out.append("<div class=\"pair\"><div><h3>Source</h3><pre>").append(esc(YamlOutput.write(res.manifest().tree())))
                    .append("</pre></div><div><h3>Translated</h3><pre>")
                    .append(esc(res.outputs().isEmpty() ? "(nothing)" : YamlOutput.write(res.outputs())))
                    .append("</pre></div></div></section>\n");
        }
        out.append("</body></html>\n");
        return out.toString();
    }

    /** Horizontal stacked bars, one per kind: full (green), partial (orange), none (red). */
    private static String chart(List<GapReport.KindCounts> kinds) {
        int max = kinds.stream().mapToInt(k -> k.full() + k.partial() + k.none()).max().orElse(1);
        int rowHeight = 22;
        int labelWidth = 190;
        int barWidth = 500;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(labelWidth + barWidth + 120)
                .append("\" height=\"").append(rowHeight * kinds.size() + 30).append("\" role=\"img\" aria-label=\"features by kind\">\n");
        int y = 0;
        for (GapReport.KindCounts k : kinds) {
            svg.append("<text x=\"0\" y=\"").append(y + 15).append("\" font-size=\"13\">").append(esc(k.kind())).append("</text>");
            int x = labelWidth;
            int[] values = {k.full(), k.partial(), k.none()};
            String[] colours = {"#2e7d32", "#ef6c00", "#c62828"};
            for (int i = 0; i < 3; i++) {
                int w = max == 0 ? 0 : Math.round((float) values[i] * barWidth / max);
                if (w > 0) {
                    svg.append("<rect x=\"").append(x).append("\" y=\"").append(y + 3).append("\" width=\"").append(w)
                            .append("\" height=\"16\" fill=\"").append(colours[i]).append("\"><title>")
                            .append(new String[] {"full", "partial", "none"}[i]).append(": ").append(values[i])
                            .append("</title></rect>");
                }
                x += w;
            }
            svg.append("<text x=\"").append(x + 6).append("\" y=\"").append(y + 15).append("\" font-size=\"12\">")
                    .append(k.full()).append(" / ").append(k.partial()).append(" / ").append(k.none()).append("</text>\n");
            y += rowHeight;
        }
        svg.append("<text x=\"").append(labelWidth).append("\" y=\"").append(y + 18)
                .append("\" font-size=\"12\">full (green) / partial (orange) / none (red)</text></svg>\n");
        return svg.toString();
    }

    private static String esc(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
