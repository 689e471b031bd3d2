package dev.meshport.model.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SchemaDescriptionFileTest {

    /** The checked-in description, from the model module's directory (surefire's working directory). */
    private static final Path COMMITTED = Path.of("src/main/resources/" + SchemaDescription.RESOURCE);

    @Test
    void theCheckedInDescriptionIsCurrent() throws IOException {
        SchemaDescriptionGenerator generator = new SchemaDescriptionGenerator();
        if (Boolean.getBoolean("meshport.schema.write")) {
            generator.write(COMMITTED);
        }
        String committed = Files.exists(COMMITTED) ? Files.readString(COMMITTED, StandardCharsets.UTF_8) : "";
        assertThat(committed)
                .as("%s is stale; regenerate it from the repository root with:%n  %s", COMMITTED,
                        SchemaDescriptionGenerator.COMMAND)
                .isEqualTo(generator.generate());
    }
}
