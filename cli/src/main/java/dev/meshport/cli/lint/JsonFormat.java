package dev.meshport.cli.lint;

import dev.meshport.cli.Version;
import dev.meshport.cli.output.Json;
import dev.meshport.model.Finding;
import dev.meshport.model.Severity;
import dev.meshport.validator.LintResult;
import dev.meshport.validator.RuleCatalog;

/** The JSON of the CLI contract: tool, summary, findings sorted by file, line, column and rule. */
public final class JsonFormat implements LintFormat {

    @Override
    public String render(LintResult result, RuleCatalog catalog) {
        return Json.render(g -> {
            g.writeStartObject();
            g.writeObjectFieldStart("tool");
            g.writeStringField("name", Version.NAME);
            g.writeStringField("version", Version.get());
            g.writeEndObject();
            g.writeObjectFieldStart("summary");
            g.writeNumberField("files", result.manifests().files());
            g.writeNumberField("resources", result.manifests().all().size());
            g.writeNumberField("errors", result.count(Severity.ERROR));
            g.writeNumberField("warnings", result.count(Severity.WARNING));
            g.writeNumberField("infos", result.count(Severity.INFO));
            g.writeNumberField("suppressed", result.suppressed());
            g.writeNumberField("baselined", result.baselined());
            g.writeEndObject();
            g.writeArrayFieldStart("findings");
            for (Finding f : result.findings()) {
                g.writeStartObject();
                g.writeStringField("rule", f.rule());
                g.writeStringField("severity", f.severity().label());
                g.writeStringField("message", f.message());
                Json.location(g, f.location());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }
}
