package dev.meshport.model.load;

import java.nio.file.Path;

/**
 * One input to load: a file on disk, or text already read (standard input). {@code displayName} is the name findings
 * carry: the path as the user spelled it.
 */
public sealed interface SourceInput {

    String displayName();

    record FileInput(Path path, String displayName) implements SourceInput {}

    record TextInput(String displayName, String text) implements SourceInput {}

    static SourceInput file(Path path, String displayName) {
        return new FileInput(path, displayName);
    }

    static SourceInput text(String displayName, String text) {
        return new TextInput(displayName, text);
    }
}
