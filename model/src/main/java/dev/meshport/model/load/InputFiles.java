package dev.meshport.model.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Turns the paths a user names into the files to read: directories are walked for *.yaml, *.yml and *.json. */
public final class InputFiles {

    private InputFiles() {}

    /**
     * The files under {@code path} (or the file itself), in a stable order. Display names keep the user's spelling
     * of {@code path}, joined with '/' to the relative path below it. Hidden directories below a named directory
     * (.git, .github) are not walked.
     */
    public static List<SourceInput> expand(Path path, String spelledAs) throws InputException {
        if (!Files.exists(path)) {
            throw new InputException(spelledAs + ": no such file or directory");
        }
        if (!Files.isReadable(path)) {
            throw new InputException(spelledAs + ": permission denied");
        }
        if (!Files.isDirectory(path)) {
            return List.of(SourceInput.file(path, spelledAs));
        }
        List<Path> found = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(path)) {
            walk.filter(p -> !isHiddenBelow(path, p))
                    .filter(Files::isRegularFile)
                    .filter(InputFiles::isManifestFile)
                    .forEach(found::add);
        } catch (IOException | UncheckedIOException e) {
            throw new InputException(spelledAs + ": cannot read directory: " + e.getMessage(), e);
        }
        // Sort by the '/'-joined relative path so the order, and so the output, is the same on every file system.
        List<String> relative = new ArrayList<>();
        for (Path p : found) {
            relative.add(slashes(path.relativize(p)));
        }
        relative.sort(null);
        String prefix = spelledAs.endsWith("/") ? spelledAs : spelledAs + "/";
        if (spelledAs.equals(".")) {
            prefix = "";
        }
        List<SourceInput> inputs = new ArrayList<>(relative.size());
        for (String rel : relative) {
            inputs.add(SourceInput.file(path.resolve(rel), prefix + rel));
        }
        return inputs;
    }

    private static boolean isHiddenBelow(Path root, Path p) {
        for (Path part : root.relativize(p)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    static boolean isManifestFile(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
    }

    private static String slashes(Path relative) {
        StringBuilder sb = new StringBuilder();
        for (Path part : relative) {
            if (sb.length() > 0) {
                sb.append('/');
            }
            sb.append(part);
        }
        return sb.toString();
    }
}
