package dev.meshport.cli;

import dev.meshport.model.ManifestSet;
import dev.meshport.model.load.InputException;
import dev.meshport.model.load.InputFiles;
import dev.meshport.model.load.ManifestLoader;
import dev.meshport.model.load.SourceInput;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Parameters;

/** The PATH... arguments every manifest-reading command takes; "-" is standard input. */
public final class Inputs {

    /** The name findings carry for standard input. */
    public static final String STDIN_NAME = "<stdin>";

    private static final String PATHS_ARITY = "1..*";
    private static final String PATHS_LABEL = "PATH";
    private static final String PATHS_DESCRIPTION = "Files or directories (walked for *.yaml, *.yml, *.json); '-' reads standard input.";

    @Parameters(arity = PATHS_ARITY, paramLabel = PATHS_LABEL, description = PATHS_DESCRIPTION)
    List<String> paths = new ArrayList<>();

    /** The PATH... parameters as {@link #paths} declares them, for a command whose model is built in code. */
    public static PositionalParamSpec pathsParameter() {
        return PositionalParamSpec.builder().arity(PATHS_ARITY).required(true).paramLabel(PATHS_LABEL).description(PATHS_DESCRIPTION)
                .type(List.class).auxiliaryTypes(String.class).build();
    }

    private final Set<Path> readFiles = new LinkedHashSet<>();
    private final Set<Path> skipped = new LinkedHashSet<>();

    /** Never read {@code file} (the config, the baseline), even when a walk or the file list reaches it. */
    public void skip(Path file) {
        skipped.add(file.toAbsolutePath().normalize());
    }

    /** Sets the paths for inputs that do not come from positional parameters (such as {@code simulate --compare}). */
    public void paths(List<String> given) {
        paths = new ArrayList<>(given);
    }

    public List<SourceInput> resolve(InputStream stdin) {
        List<SourceInput> inputs = new ArrayList<>();
        boolean stdinRead = false;
        for (String p : paths) {
            if (p.equals("-")) {
                if (!stdinRead) {
                    inputs.add(SourceInput.text(STDIN_NAME, readStdin(stdin)));
                    stdinRead = true;
                }
                continue;
            }
            try {
                for (SourceInput in : InputFiles.expand(Path.of(p), p)) {
                    if (in instanceof SourceInput.FileInput f) {
                        Path absolute = f.path().toAbsolutePath().normalize();
                        if (skipped.contains(absolute)) {
                            continue;
                        }
                        readFiles.add(absolute);
                    }
                    inputs.add(in);
                }
            } catch (InputException e) {
                throw new UserException(e.getMessage(), e);
            }
        }
        return inputs;
    }

    public ManifestSet load(InputStream stdin) {
        try {
            return new ManifestLoader().load(resolve(stdin));
        } catch (InputException e) {
            throw new UserException(e.getMessage(), e);
        }
    }

    /** The paths as given on the command line. */
    public List<String> paths() {
        return paths;
    }

    /** The files read, so that no output ever overwrites an input. */
    public Set<Path> readFiles() {
        return readFiles;
    }

    private static String readStdin(InputStream stdin) {
        try {
            return new String(stdin.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserException("cannot read standard input: " + e.getMessage(), e);
        }
    }
}
