package dev.meshport.cli.lint;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.meshport.cli.Version;
import dev.meshport.cli.output.Json;
import dev.meshport.cli.rules.DocEntry;
import dev.meshport.cli.rules.RuleDocs;
import dev.meshport.model.Finding;
import dev.meshport.model.Severity;
import dev.meshport.validator.LintResult;
import dev.meshport.validator.Rule;
import dev.meshport.validator.RuleCatalog;
import dev.meshport.validator.RuleMeta;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * SARIF 2.1.0 as GitHub code scanning takes it (docs: "SARIF support for code scanning"): one run whose driver lists
 * every rule of the catalog (sorted, so ruleIndex is stable), a results array even when empty (kube-linter #213:
 * upload-sarif rejects a run without it), relative artifact URIs with '/', the real start line and column (never a
 * placeholder line 1), and a line-independent partial fingerprint.
 */
public final class SarifFormat implements LintFormat {

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    private final ArtifactUris uris;

    public SarifFormat(ArtifactUris uris) {
        this.uris = uris;
    }

    @Override
    public String render(LintResult result, RuleCatalog catalog) {
        List<Rule> rules = catalog.rules();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < rules.size(); i++) {
            index.put(rules.get(i).meta().id(), i);
        }
        return Json.render(g -> {
            g.writeStartObject();
            g.writeStringField("$schema", SCHEMA);
            g.writeStringField("version", "2.1.0");
            g.writeArrayFieldStart("runs");
            g.writeStartObject();
            g.writeObjectFieldStart("tool");
            g.writeObjectFieldStart("driver");
            g.writeStringField("name", Version.NAME);
            g.writeStringField("version", Version.get());
            g.writeStringField("semanticVersion", Version.get());
            g.writeArrayFieldStart("rules");
            for (Rule r : rules) {
                descriptor(g, r.meta());
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
            // SnakeYAML counts columns in code points, so say so: consumers default to UTF-16 code units.
            g.writeStringField("columnKind", "unicodeCodePoints");
            g.writeArrayFieldStart("results");
            for (Finding f : result.findings()) {
                result(g, f, index.get(f.rule()));
            }
            g.writeEndArray();
            g.writeObjectFieldStart("properties");
            g.writeNumberField("suppressed", result.suppressed());
            g.writeNumberField("baselined", result.baselined());
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    private static void descriptor(JsonGenerator g, RuleMeta m) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", m.id());
        g.writeObjectFieldStart("shortDescription");
        g.writeStringField("text", m.summary());
        g.writeEndObject();
        g.writeObjectFieldStart("fullDescription");
        g.writeStringField("text", unwrap(m.docs()));
        g.writeEndObject();
        g.writeObjectFieldStart("help");
        g.writeStringField("text", m.summary() + ". " + unwrap(m.docs()) + " Run 'meshport explain " + m.id() + "' for examples.");
        g.writeStringField("markdown", RuleDocs.explain(DocEntry.of(m)));
        g.writeEndObject();
        g.writeObjectFieldStart("defaultConfiguration");
        g.writeStringField("level", level(m.severity()));
        g.writeEndObject();
        g.writeObjectFieldStart("properties");
        g.writeArrayFieldStart("tags");
        for (String mesh : m.mesh().equals("both") ? List.of("istio", "linkerd") : List.of(m.mesh())) {
            g.writeString(mesh);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("equivalents");
        for (String e : m.equivalents()) {
            g.writeString(e);
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
    }

    private void result(JsonGenerator g, Finding f, Integer ruleIndex) throws IOException {
        g.writeStartObject();
        g.writeStringField("ruleId", f.rule());
        if (ruleIndex != null) {
            g.writeNumberField("ruleIndex", ruleIndex);
        }
        g.writeStringField("level", level(f.severity()));
        g.writeObjectFieldStart("message");
        String resource = Fingerprint.resource(f);
        g.writeStringField("text", resource == null ? f.message() : f.message() + " (" + resource + ")");
        g.writeEndObject();
        g.writeArrayFieldStart("locations");
        g.writeStartObject();
        g.writeObjectFieldStart("physicalLocation");
        g.writeObjectFieldStart("artifactLocation");
        g.writeStringField("uri", uris.uri(f.location().file()));
        g.writeEndObject();
        g.writeObjectFieldStart("region");
        g.writeNumberField("startLine", f.location().line());
        g.writeNumberField("startColumn", f.location().column());
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndArray();
        g.writeObjectFieldStart("partialFingerprints");
        g.writeStringField(Fingerprint.SARIF_KEY, Fingerprint.of(f));
        g.writeEndObject();
        g.writeObjectFieldStart("properties");
        if (resource != null) {
            g.writeStringField("resource", resource);
        }
        g.writeStringField("field", f.location().field().toString());
        g.writeEndObject();
        g.writeEndObject();
    }

    /** Plain text has no use for the source's line wrapping: paragraphs become single lines. */
    static String unwrap(String markdown) {
        return markdown.strip().replaceAll("(?<!\n)\n(?!\n)", " ");
    }

    static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }
}
