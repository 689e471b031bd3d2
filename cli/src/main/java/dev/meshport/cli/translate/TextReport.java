package dev.meshport.cli.translate;

import dev.meshport.model.Gap;
import dev.meshport.translator.TranslationResult;

/** One line per gap ({@code file:line:column: severity gap-id: message [field]}), then the summary. */
final class TextReport {

    private TextReport() {}

    static String render(GapReport report) {
        StringBuilder out = new StringBuilder();
        for (Gap g : report.result().gaps()) {
            out.append(g.location().file()).append(':').append(g.location().line()).append(':')
                    .append(g.location().column()).append(": ").append(g.severity().label()).append(' ')
                    .append(g.gap()).append(": ").append(g.message()).append(" [").append(g.location().resource().display())
                    .append(' ').append(g.location().field()).append("]\n");
        }
        TranslationResult.Summary s = report.result().summary();
        out.append(String.format("%d resources, %d translated; %d features: %d full, %d partial, %d none; %d gaps%n",
                s.resources(), s.translated(), s.features(), s.full(), s.partial(), s.none(),
                report.result().gaps().size()));
        return out.toString();
    }
}
