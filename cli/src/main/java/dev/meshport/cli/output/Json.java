package dev.meshport.cli.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.meshport.model.ResourceId;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * Pretty JSON with LF line ends and two-space indents on every platform, written with Jackson's streaming generator
 * (no ObjectMapper: it costs start-up time and is not needed to write).
 */
public final class Json {

    /** Writes one JSON document. */
    public interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    private static final JsonFactory FACTORY = new JsonFactory();

    private Json() {}

    public static String render(Body body) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
            DefaultPrettyPrinter pp = new DefaultPrettyPrinter()
                    .withObjectIndenter(indenter)
                    .withArrayIndenter(indenter);
            g.setPrettyPrinter(pp);
            body.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + "\n";
    }

    /** The location fields of a finding or a gap: file, line, column, resource, field. */
    public static void location(JsonGenerator g, dev.meshport.model.Location location) throws IOException {
        g.writeStringField("file", location.file());
        g.writeNumberField("line", location.line());
        g.writeNumberField("column", location.column());
        resource(g, "resource", location.resource());
        g.writeStringField("field", location.field().toString());
    }

    public static void resource(JsonGenerator g, String field, ResourceId id) throws IOException {
        if (id == null) {
            g.writeNullField(field);
            return;
        }
        g.writeObjectFieldStart(field);
        g.writeStringField("apiVersion", id.apiVersion());
        g.writeStringField("kind", id.kind());
        g.writeStringField("namespace", id.namespace());
        g.writeStringField("name", id.name());
        g.writeEndObject();
    }
}
