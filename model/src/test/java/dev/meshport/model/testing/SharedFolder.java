package dev.meshport.model.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The shared reference folder beside the repository (CRDs, corpus, schemas). Tests that need it skip, with a message
 * saying so, when it is absent; they never copy it into the repository.
 */
public final class SharedFolder {

    private SharedFolder() {}

    /** The folder, from -Dmeshport.shared (set by the build) or ../shared, ../../shared. */
    public static Path root() {
        String configured = System.getProperty("meshport.shared");
        if (configured != null && Files.isDirectory(Path.of(configured))) {
            return Path.of(configured).normalize();
        }
        for (String candidate : List.of("../shared", "../../shared")) {
            if (Files.isDirectory(Path.of(candidate))) {
                return Path.of(candidate).toAbsolutePath().normalize();
            }
        }
        return null;
    }

    /** {@code relative} below the shared folder; skips the calling test when it is not there. */
    public static Path require(String relative) {
        Path root = root();
        assumeTrue(root != null, "shared/ reference folder not found beside the repository; skipping");
        Path p = root.resolve(relative);
        assumeTrue(Files.exists(p), "shared/" + relative + " not found; skipping");
        return p;
    }

    /** Every *.yaml, *.yml and *.json file below {@code dir}, sorted. */
    public static List<Path> manifestFiles(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> {
                        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                        return n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json");
                    })
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
