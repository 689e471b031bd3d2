package dev.meshport.cli.lint;

import dev.meshport.cli.UserException;
import dev.meshport.validator.RuleCatalog;
import dev.meshport.validator.config.ConfigException;
import dev.meshport.validator.config.ConfigParser;
import dev.meshport.validator.config.Glob;
import dev.meshport.validator.config.LintConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The {@code .meshport.yaml} a lint run uses: the one {@code --config} names, or the nearest one found upward from
 * the working directory. The search stops at the repository root (the directory holding {@code .git}) so that a
 * config outside the repository never changes what CI reports.
 *
 * @param path   the file (absolute), or null when there is none
 * @param config its content
 */
public record ConfigFile(Path path, LintConfig config) {

    public static final String NAME = ".meshport.yaml";

    static final ConfigFile NONE = new ConfigFile(null, LintConfig.EMPTY);

    /** The nearest {@value #NAME} at or above {@code start}, not above the repository root. */
    public static Optional<Path> discover(Path start) {
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(NAME);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
            if (Files.exists(dir.resolve(".git"))) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Loads {@code explicit} ({@code --config}), or else the discovered config; a bad one is a usage error. */
    public static ConfigFile load(String explicit, Path workingDirectory, RuleCatalog catalog) {
        Path file;
        String shownAs;
        if (explicit != null) {
            file = workingDirectory.resolve(explicit).toAbsolutePath().normalize();
            shownAs = explicit;
            if (!Files.isRegularFile(file)) {
                throw new UserException(explicit + ": no such config file");
            }
        } else {
            Optional<Path> found = discover(workingDirectory);
            if (found.isEmpty()) {
                return NONE;
            }
            file = found.get();
            shownAs = slashes(workingDirectory.toAbsolutePath().normalize().relativize(file));
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserException(shownAs + ": cannot read config: " + e.getMessage(), e);
        }
        try {
            return new ConfigFile(file, new ConfigParser(shownAs, id -> catalog.has(id)).parse(text));
        } catch (ConfigException e) {
            throw new UserException(e.getMessage(), e);
        }
    }

    /**
     * {@code file} (a finding's file, as given on the command line) as the config's globs see it: relative to the
     * config's directory, with '/'.
     */
    public String pathForGlobs(String file, Path workingDirectory) {
        if (path == null) {
            return Glob.normalize(file);
        }
        try {
            Path absolute = workingDirectory.toAbsolutePath().resolve(file).normalize();
            return slashes(path.getParent().relativize(absolute));
        } catch (IllegalArgumentException e) { // InvalidPathException, or a path on another root
            return Glob.normalize(file);
        }
    }

    private static String slashes(Path p) {
        return p.toString().replace('\\', '/');
    }
}
