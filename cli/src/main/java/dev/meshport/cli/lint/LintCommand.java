package dev.meshport.cli.lint;

import dev.meshport.cli.ExitCodes;
import dev.meshport.cli.Inputs;
import dev.meshport.cli.Main;
import dev.meshport.cli.UserException;
import dev.meshport.cli.Version;
import dev.meshport.cli.output.OutputTarget;
import dev.meshport.model.ManifestSet;
import dev.meshport.model.Severity;
import dev.meshport.validator.LintOptions;
import dev.meshport.validator.LintResult;
import dev.meshport.validator.Linter;
import dev.meshport.validator.RuleCatalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/** {@code meshport lint}. Its picocli model is built in code, as {@link dev.meshport.cli.Main} says why. */
public final class LintCommand implements Callable<Integer> {

    /** The output formats by name. */
    enum Format { text, json, sarif, github }

    private CommandSpec spec;
    private final Inputs inputs = new Inputs();
    private Format format;
    private String output;
    private String failOn;
    private String config;
    private List<String> disable;
    private List<String> enable;
    private String baseline;
    private Boolean assumeComplete;

    private final Supplier<RuleCatalog> catalogs;

    public LintCommand() {
        this(RuleCatalog::builtIn);
    }

    /** A lint command running {@code catalogs}' rules instead of the built-in ones. */
    public LintCommand(Supplier<RuleCatalog> catalogs) {
        this.catalogs = catalogs;
    }

    /** The lint command's model; its options are read back when it runs. */
    public CommandSpec commandSpec() {
        spec = CommandSpec.wrapWithoutInspection(this).name("lint").versionProvider(new Version());
        spec.usageMessage().sortOptions(false).autoWidth(true)
                .description("Report problems in Istio and Linkerd manifests, with file:line:column.")
                .exitCodeListHeading("%nExit codes:%n")
                .exitCodeList(exitCodes());
        spec.addPositional(Inputs.pathsParameter());
        spec.addOption(option(Format.class, "--format").paramLabel("FORMAT")
                .description("text (default), json, sarif (SARIF 2.1.0 for GitHub code scanning) or github (workflow annotations).").build());
        spec.addOption(option(String.class, "-o", "--output").paramLabel("FILE")
                .description("Write the report to FILE (default: standard output).").build());
        spec.addOption(option(String.class, "--fail-on").paramLabel("LEVEL")
                .description("error (default), warning or info: exit 1 at this level or above.").build());
        spec.addOption(option(String.class, "--config").paramLabel("FILE")
                .description("The config (default: the nearest .meshport.yaml from the working directory up to the repository root).").build());
        spec.addOption(option(List.class, "--disable").auxiliaryTypes(String.class).splitRegex(",").paramLabel("ID")
                .description("Rule ids not to run.").build());
        spec.addOption(option(List.class, "--enable").auxiliaryTypes(String.class).splitRegex(",").paramLabel("ID")
                .description("Rule ids to run although they are off by default or in the config.").build());
        spec.addOption(option(String.class, "--baseline").paramLabel("FILE")
                .description("Report only findings not in FILE; when FILE does not exist, record today's findings in it and exit 0.").build());
        spec.addOption(option(Boolean.class, "--assume-complete").negatable(true)
                .description("The inputs hold every Service, ServiceEntry and Namespace of the mesh, so \"not found\" checks may fire.").build());
        Main.addStandardHelpOptions(spec);
        return spec;
    }

    private static OptionSpec.Builder option(Class<?> type, String... names) {
        return OptionSpec.builder(names).type(type);
    }

    private static Map<String, String> exitCodes() {
        Map<String, String> codes = new LinkedHashMap<>();
        codes.put("0", "nothing at or above the --fail-on level");
        codes.put("1", "findings at or above --fail-on (malformed YAML is a finding)");
        codes.put("2", "usage error, unreadable input, bad config, unwritable output");
        codes.put("3", "internal error (please report it)");
        return codes;
    }

    /** Reads what picocli parsed into the model back into the fields. */
    private void readOptions() {
        inputs.paths(spec.positionalParameters().get(0).getValue());
        format = valueOf("--format", Format.text);
        output = valueOf("-o", null);
        failOn = valueOf("--fail-on", null);
        config = valueOf("--config", null);
        disable = valueOf("--disable", List.of());
        enable = valueOf("--enable", List.of());
        baseline = valueOf("--baseline", null);
        assumeComplete = valueOf("--assume-complete", null);
    }

    private <T> T valueOf(String option, T absent) {
        T value = spec.findOption(option).getValue();
        return value == null ? absent : value;
    }

    @Override
    public Integer call() {
        readOptions();
        Path workingDirectory = Path.of("").toAbsolutePath();
        RuleCatalog catalog = catalogs.get();
        Severity cliThreshold = failOn == null ? null : parseThreshold();
        checkRuleIds(catalog, disable, "--disable");
        checkRuleIds(catalog, enable, "--enable");
        ConfigFile configFile = ConfigFile.load(config, workingDirectory, catalog);
        Severity threshold = cliThreshold != null ? cliThreshold : configFile.config().failOn().orElse(Severity.ERROR);

        // Flags win over the config: --enable turns a rule the config set off back on, --disable always wins.
        Set<String> disabled = new HashSet<>(configFile.config().off());
        disabled.removeAll(enable);
        disabled.addAll(disable);
        boolean complete = assumeComplete != null ? assumeComplete : configFile.config().assumeComplete().orElse(false);
        LintOptions options = new LintOptions(complete, Set.copyOf(disabled), Set.copyOf(enable), configFile.config().severities());

        // The config and the baseline are YAML/JSON files too; a directory walk or a pre-commit file list must not lint them.
        if (configFile.path() != null) {
            inputs.skip(configFile.path());
        }
        if (baseline != null) {
            inputs.skip(workingDirectory.resolve(baseline));
        }
        ManifestSet manifests = inputs.load(((Main) spec.parent().userObject()).stdin());
        LintResult result = new Linter(catalog).lint(manifests, options)
                .suppress(f -> configFile.config().suppresses(f, configFile.pathForGlobs(f.location().file(), workingDirectory)));
        if (baseline != null) {
            result = applyBaseline(result, workingDirectory.resolve(baseline));
        }
        LintFormat renderer = switch (format) {
            case text -> new TextFormat();
            case json -> new JsonFormat();
            case sarif -> new SarifFormat(new ArtifactUris(workingDirectory));
            case github -> new GithubFormat();
        };
        OutputTarget.write(output, renderer.render(result, catalog), spec.commandLine().getOut(), inputs.readFiles());
        return result.hasAtLeast(threshold) ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    private LintResult applyBaseline(LintResult result, Path file) {
        if (!Files.exists(file)) {
            OutputTarget.write(baseline, Baseline.render(result.findings()), spec.commandLine().getOut(), inputs.readFiles());
            spec.commandLine().getErr().println("meshport: recorded " + result.findings().size() + " findings in "
                    + baseline + "; later runs with --baseline " + baseline + " report only new ones");
            return result.keepNew(List.of());
        }
        Baseline accepted;
        try {
            accepted = Baseline.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UserException(baseline + ": cannot read baseline: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new UserException(baseline + ": not a meshport baseline (" + e.getMessage()
                    + "); delete it to record a new one", e);
        }
        return result.keepNew(accepted.newFindings(result.findings()));
    }

    private Severity parseThreshold() {
        try {
            return Severity.parse(failOn);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(),
                    "Invalid value for option '--fail-on': '" + failOn + "' (expected error, warning or info)");
        }
    }

    private void checkRuleIds(RuleCatalog catalog, List<String> ids, String option) {
        Set<String> unknown = new TreeSet<>();
        for (String id : ids) {
            if (!catalog.has(id.trim())) {
                unknown.add(id);
            }
        }
        if (!unknown.isEmpty()) {
            throw new ParameterException(spec.commandLine(),
                    "Unknown rule id for " + option + ": " + String.join(", ", unknown) + " (see 'meshport rules')");
        }
    }
}
