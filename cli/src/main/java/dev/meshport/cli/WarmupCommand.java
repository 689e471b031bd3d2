package dev.meshport.cli;

import static dev.meshport.cli.Main.run;

import dev.meshport.cli.lint.ArtifactUris;
import dev.meshport.cli.lint.GithubFormat;
import dev.meshport.cli.lint.JsonFormat;
import dev.meshport.cli.lint.LintFormat;
import dev.meshport.cli.lint.SarifFormat;
import dev.meshport.cli.lint.TextFormat;
import dev.meshport.model.ManifestSet;
import dev.meshport.model.load.ManifestLoader;
import dev.meshport.validator.LintOptions;
import dev.meshport.validator.LintResult;
import dev.meshport.validator.Linter;
import dev.meshport.validator.RuleCatalog;
import dev.meshport.validator.config.ConfigException;
import dev.meshport.validator.config.ConfigParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * Lints a built-in manifest of every kind and prints nothing. The launcher runs it once to record a class-data
 * sharing archive, so that the classes of every kind, not only those of the first real run, start fast.
 */
@Command(name = "warmup", hidden = true, description = "Exercise every kind once (used to build the start-up archive).")
public final class WarmupCommand implements Callable<Integer> {

    @Override
    public Integer call() throws IOException {
        String text;
        try (InputStream in = WarmupCommand.class.getResourceAsStream("warmup.yaml")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        ManifestSet manifests = new ManifestLoader().loadText("warmup.yaml", text);
        RuleCatalog catalog = RuleCatalog.builtIn();
        try {
            // A pre-commit run usually reads a .meshport.yaml: its parser's classes belong in the archive too.
            new ConfigParser("warmup", id -> true).parse("rules:\n  unknown-field: {severity: warning}\nignore:\n"
                    + "  - rule: '*'\n    paths: [x/**]\n    resources: [A/b/c]\nfailOn: error\n");
        } catch (ConfigException e) {
            throw new IllegalStateException(e);
        }
        LintResult result = new Linter(catalog).lint(manifests, LintOptions.DEFAULT.withAssumeComplete(true));
        int length = 0;
        for (LintFormat format : List.of(new TextFormat(), new JsonFormat(), new GithubFormat(),
                new SarifFormat(new ArtifactUris(Path.of(""))))) {
            length += format.render(result, catalog).length();
        }
        // And the command line a pre-commit hook runs, through picocli: its lambdas and method handle forms are
        // archived only if this run makes them (each one spun at run time costs up to a few ms).
        PrintWriter discard = new PrintWriter(Writer.nullWriter());
        run(new String[] {"lint", "--fail-on", "info", "-"}, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), discard, discard);
        return length > 0 ? 0 : 1;
    }
}
