package dev.meshport.cli.translate;

import dev.meshport.cli.Version;
import dev.meshport.cli.output.Json;
import dev.meshport.model.Gap;
import dev.meshport.translator.Output;
import dev.meshport.translator.Provenance;
import dev.meshport.translator.TranslationResult;

/** The JSON gap report of the CLI contract: tool, from, to, summary, gaps (sorted by file and position), outputs. */
final class JsonReport {

    private JsonReport() {}

    static String render(GapReport report) {
        TranslationResult r = report.result();
        return Json.render(g -> {
            g.writeStartObject();
            g.writeObjectFieldStart("tool");
            g.writeStringField("name", Version.NAME);
            g.writeStringField("version", Version.get());
            g.writeEndObject();
            g.writeStringField("from", r.from());
            g.writeStringField("to", r.to());
            TranslationResult.Summary s = r.summary();
            g.writeObjectFieldStart("summary");
            g.writeNumberField("resources", s.resources());
            g.writeNumberField("translated", s.translated());
            g.writeNumberField("features", s.features());
            g.writeNumberField("full", s.full());
            g.writeNumberField("partial", s.partial());
            g.writeNumberField("none", s.none());
            g.writeEndObject();
            g.writeArrayFieldStart("gaps");
            for (Gap gap : r.gaps()) {
                g.writeStartObject();
                g.writeStringField("gap", gap.gap());
                g.writeStringField("equivalence", gap.equivalence().label());
                g.writeStringField("severity", gap.severity().label());
                g.writeStringField("feature", gap.feature());
                g.writeStringField("message", gap.message());
                g.writeStringField("suggestion", gap.suggestion());
                Json.location(g, gap.location());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("outputs");
            for (Output o : r.outputs()) {
                g.writeStartObject();
                g.writeStringField("apiVersion", o.apiVersion());
                g.writeStringField("kind", o.kind());
                if (o.namespace().isEmpty()) {
                    g.writeNullField("namespace");
                } else {
                    g.writeStringField("namespace", o.namespace());
                }
                g.writeStringField("name", o.name());
                g.writeStringField("file", report.outputFiles().get(o));
                g.writeArrayFieldStart("from");
                for (String ref : o.from().stream().map(Provenance::reference).distinct().toList()) {
                    g.writeString(ref);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }
}
