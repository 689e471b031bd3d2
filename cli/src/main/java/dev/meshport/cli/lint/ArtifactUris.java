package dev.meshport.cli.lint;

import dev.meshport.cli.Inputs;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * SARIF artifact URIs: a file below the working directory becomes a relative URI with '/' (what GitHub resolves
 * against the checkout), any other file an absolute file: URI. Unsafe characters are percent-encoded.
 */
public final class ArtifactUris {

    private final Path workingDirectory;

    public ArtifactUris(Path workingDirectory) {
        this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
    }

    public String uri(String file) {
        if (file.equals(Inputs.STDIN_NAME)) {
            return "stdin";
        }
        Path absolute;
        try {
            absolute = workingDirectory.resolve(file).normalize();
        } catch (InvalidPathException e) {
            return encode(file.replace('\\', '/'));
        }
        if (absolute.startsWith(workingDirectory)) {
            String relative = workingDirectory.relativize(absolute).toString().replace('\\', '/');
            // A first segment with ':' would read as a URI scheme.
            return encode(relative.contains(":") ? "./" + relative : relative);
        }
        return absolute.toUri().toASCIIString();
    }

    private static String encode(String path) {
        try {
            return new URI(null, null, path, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("cannot make a URI of " + path, e);
        }
    }
}
