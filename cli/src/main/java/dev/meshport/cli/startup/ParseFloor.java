package dev.meshport.cli.startup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * A start-up floor: the cost of a JVM that only parses its files with SnakeYAML. What {@code meshport lint} pays above
 * this is meshport's own start-up; see docs/performance.md.
 */
public final class ParseFloor {

    private ParseFloor() {}

    public static void main(String[] args) throws IOException {
        int documents = 0;
        for (String a : args) {
            if (a.startsWith("-")) {
                continue;
            }
            Path p = Path.of(a);
            if (!Files.isRegularFile(p)) {
                continue;
            }
            for (Object doc : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(Files.readString(p))) {
                documents += doc == null ? 0 : 1;
            }
        }
        System.out.println(documents + " documents");
    }
}
