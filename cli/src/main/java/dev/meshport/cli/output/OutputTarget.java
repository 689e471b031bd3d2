package dev.meshport.cli.output;

import dev.meshport.cli.UserException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;

/**
 * Where a report goes: standard output, or a file written whole or not at all (a temporary file moved into place),
 * never one of the inputs.
 */
public final class OutputTarget {

    private OutputTarget() {}

    /** Writes {@code text} to {@code file} ("-" or null: {@code stdout}). */
    public static void write(String file, String text, PrintWriter stdout, Set<Path> inputs) {
        if (file == null || file.equals("-")) {
            stdout.print(text);
            stdout.flush();
            return;
        }
        Path target = Path.of(file).toAbsolutePath().normalize();
        if (inputs.contains(target)) {
            throw new UserException(file + ": is one of the inputs; refusing to overwrite it");
        }
        if (Files.isDirectory(target)) {
            throw new UserException(file + ": is a directory");
        }
        Path dir = target.getParent();
        try {
            if (dir != null) {
                Files.createDirectories(dir);
            }
            Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
            try {
                try (OutputStream out = Files.newOutputStream(tmp)) {
                    out.write(text.getBytes(StandardCharsets.UTF_8));
                }
                try {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UserException(file + ": cannot write: " + e.getMessage(), e);
        }
    }
}
