package dev.meshport.cli;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.meshport.model.testing.SharedFolder;
import java.nio.file.Path;
import java.util.List;

/**
 * The OASIS SARIF 2.1.0 schema from shared/schemas (the test skips when it is absent). Its id is mapped to the local
 * file so that validation never goes to the network.
 */
public final class SarifSchema {

    private static final String ID = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    private SarifSchema() {}

    /** The schema's complaints about {@code sarif}, sorted; empty when it is a valid SARIF log. */
    public static List<String> problems(String sarif) {
        Path file = SharedFolder.require("schemas/sarif-schema-2.1.0.json");
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4,
                b -> b.schemaMappers(m -> m.mapPrefix(ID, file.toUri().toString())));
        JsonSchema schema = factory.getSchema(SchemaLocation.of(ID));
        return schema.validate(sarif, InputFormat.JSON, c -> c.getExecutionConfig().setFormatAssertionsEnabled(true))
                .stream().map(ValidationMessage::toString).sorted().toList();
    }
}
