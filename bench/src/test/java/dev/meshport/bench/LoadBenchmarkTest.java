package dev.meshport.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark itself must work: a small run loads the same documents on both sides. */
class LoadBenchmarkTest {

    @Test
    void aSmallRunLoadsEveryDocumentOnBothSides(@TempDir Path dir) throws Exception {
        LoadBenchmark.Result r = LoadBenchmark.run(Path.of("../samples"), dir, 200, 2);

        assertThat(r.documents()).isEqualTo(200);
        assertThat(r.files()).isEqualTo(10);
        assertThat(r.loadWarmSeconds()).isPositive();
    }
}
