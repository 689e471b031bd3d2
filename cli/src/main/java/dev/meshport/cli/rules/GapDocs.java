package dev.meshport.cli.rules;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.meshport.translator.GapCatalog;
import dev.meshport.translator.GapKind;
import java.io.IOException;

/** The translation gap kinds in the catalog formats, from their metadata (GapCatalog). */
public final class GapDocs {

    private GapDocs() {}

    static String text(GapCatalog catalog) {
        StringBuilder out = new StringBuilder("\nTranslation gap kinds:\n");
        int width = catalog.kinds().stream().mapToInt(k -> k.id().length()).max().orElse(10);
        for (GapKind k : catalog.kinds()) {
            out.append(String.format("%-" + width + "s  %-7s  %-7s  %s%n", k.id(), k.equivalence().label(),
                    k.severity().label(), k.feature()));
        }
        return out.toString();
    }

    static String markdown(GapCatalog catalog) {
        StringBuilder out = new StringBuilder("\n# meshport translation gap kinds\n\n");
        out.append("| id | equivalence | severity | feature | versions | feature map |\n|---|---|---|---|---|---|\n");
        for (GapKind k : catalog.kinds()) {
            out.append("| [`").append(k.id()).append("`](#").append(k.id()).append(") | ").append(k.equivalence().label())
                    .append(" | ").append(k.severity().label()).append(" | ").append(k.feature()).append(" | ")
                    .append(k.versions()).append(" | ").append(k.featureRow()).append(" |\n");
        }
        for (GapKind k : catalog.kinds()) {
            out.append('\n').append(explain(k));
        }
        return out.toString();
    }

    /** One gap kind in full, as {@code meshport explain ID} prints it (Markdown). */
    public static String explain(GapKind k) {
        return "## " + k.id() + "\n\n" + k.feature() + ": a translation gap.\n\n"
                + "- Equivalence: " + k.equivalence().label() + "\n"
                + "- Severity: " + k.severity().label() + "\n"
                + "- Applies to Linkerd " + k.versions() + "\n"
                + "- Feature map rows: " + k.featureRow() + "\n\n"
                + k.docs().strip() + "\n\n"
                + "What to do: " + k.suggestion().strip() + "\n";
    }

    static void json(GapCatalog catalog, JsonGenerator g) throws IOException {
        for (GapKind k : catalog.kinds()) {
            g.writeStartObject();
            g.writeStringField("id", k.id());
            g.writeStringField("type", "gap");
            g.writeStringField("severity", k.severity().label());
            g.writeStringField("equivalence", k.equivalence().label());
            g.writeStringField("summary", k.feature());
            g.writeStringField("mesh", k.sourceMesh());
            g.writeStringField("versions", k.versions());
            g.writeStringField("featureMap", k.featureRow());
            g.writeStringField("suggestion", k.suggestion());
            g.writeStringField("docs", k.docs());
            g.writeEndObject();
        }
    }
}
