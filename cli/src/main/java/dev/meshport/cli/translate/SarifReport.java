package dev.meshport.cli.translate;

import dev.meshport.cli.Version;
import dev.meshport.cli.output.Json;
import dev.meshport.model.Gap;
import dev.meshport.translator.GapCatalog;
import dev.meshport.translator.GapKind;
import java.util.List;

/** SARIF 2.1.0: one rule per gap kind of the catalog, one result per gap at its source line. */
final class SarifReport {

    private SarifReport() {}

    static String render(GapReport report) {
        List<GapKind> kinds = GapCatalog.builtIn().kinds();
        return Json.render(g -> {
            g.writeStartObject();
            g.writeStringField("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            g.writeStringField("version", "2.1.0");
            g.writeArrayFieldStart("runs");
            g.writeStartObject();
            g.writeObjectFieldStart("tool");
            g.writeObjectFieldStart("driver");
            g.writeStringField("name", Version.NAME);
            g.writeStringField("version", Version.get());
            g.writeStringField("informationUri", "https://github.com/meshport/meshport");
            g.writeArrayFieldStart("rules");
            for (GapKind k : kinds) {
                g.writeStartObject();
                g.writeStringField("id", k.id());
                g.writeObjectFieldStart("shortDescription");
                g.writeStringField("text", k.feature() + " (" + k.equivalence().label() + ")");
                g.writeEndObject();
                g.writeObjectFieldStart("fullDescription");
                g.writeStringField("text", k.docs());
                g.writeEndObject();
                g.writeObjectFieldStart("help");
                g.writeStringField("text", k.suggestion());
                g.writeEndObject();
                g.writeObjectFieldStart("defaultConfiguration");
                g.writeStringField("level", level(k.severity()));
                g.writeEndObject();
                g.writeObjectFieldStart("properties");
                g.writeStringField("equivalence", k.equivalence().label());
                g.writeStringField("versions", k.versions());
                g.writeStringField("featureMapRows", k.featureRow());
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
            g.writeArrayFieldStart("results");
            for (Gap gap : report.result().gaps()) {
                g.writeStartObject();
                g.writeStringField("ruleId", gap.gap());
                g.writeNumberField("ruleIndex", indexOf(kinds, gap.gap()));
                g.writeStringField("level", level(gap.severity()));
                g.writeObjectFieldStart("message");
                g.writeStringField("text", gap.message() + " — " + gap.suggestion());
                g.writeEndObject();
                g.writeArrayFieldStart("locations");
                g.writeStartObject();
                g.writeObjectFieldStart("physicalLocation");
                g.writeObjectFieldStart("artifactLocation");
                g.writeStringField("uri", gap.location().file().replace('\\', '/'));
                g.writeEndObject();
                g.writeObjectFieldStart("region");
                g.writeNumberField("startLine", gap.location().line());
                g.writeNumberField("startColumn", gap.location().column());
                g.writeEndObject();
                g.writeEndObject();
                g.writeArrayFieldStart("logicalLocations");
                g.writeStartObject();
                g.writeStringField("fullyQualifiedName", gap.location().resource().display() + "/" + gap.location().field());
                g.writeStringField("kind", "member");
                g.writeEndObject();
                g.writeEndArray();
                g.writeEndObject();
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    private static int indexOf(List<GapKind> kinds, String id) {
        for (int i = 0; i < kinds.size(); i++) {
            if (kinds.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private static String level(dev.meshport.model.Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            default -> "note";
        };
    }
}
