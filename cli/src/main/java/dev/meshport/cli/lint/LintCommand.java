package dev.meshport.cli.lint;

import dev.meshport.cli.ExitCodes;
import dev.meshport.cli.Inputs;
import dev.meshport.cli.output.OutputTarget;
import dev.meshport.model.ManifestSet;
import dev.meshport.model.Severity;
import dev.meshport.validator.LintOptions;
import dev.meshport.validator.LintResult;
import dev.meshport.validator.Linter;
import dev.meshport.validator.RuleCatalog;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "lint", sortOptions = false, usageHelpAutoWidth = true,
        description = "Report problems in Istio and Linkerd manifests, with file:line:column.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:nothing at or above the --fail-on level",
            "1:findings at or above --fail-on (malformed YAML is a finding)",
            "2:usage error, unreadable input, unwritable output",
            "3:internal error (please report it)"})
public final class LintCommand implements Callable<Integer> {

    /** The output formats by name. */
    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @ParentCommand
    dev.meshport.cli.Main main;

    @Mixin
    Inputs inputs;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json.")
    Format format = Format.text;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE (default: standard output).")
    String output;

    @Option(names = "--fail-on", paramLabel = "LEVEL", description = "error (default), warning or info: exit 1 at this level or above.")
    String failOn = "error";

    @Option(names = "--disable", split = ",", paramLabel = "ID", description = "Rule ids not to run.")
    List<String> disable = List.of();

    @Option(names = "--enable", split = ",", paramLabel = "ID", description = "Rule ids to run although they are off by default.")
    List<String> enable = List.of();

    @Option(names = "--assume-complete", description = "The inputs hold every Service, ServiceEntry and Namespace of the mesh, so \"not found\" checks may fire.")
    boolean assumeComplete;

    @Override
    public Integer call() {
        Severity threshold = parseThreshold();
        RuleCatalog catalog = RuleCatalog.builtIn();
        checkRuleIds(catalog, disable, "--disable");
        checkRuleIds(catalog, enable, "--enable");
        ManifestSet manifests = inputs.load(main.stdin());
        LintOptions options = new LintOptions(assumeComplete, Set.copyOf(disable), Set.copyOf(enable), Map.of());
        LintResult result = new Linter(catalog).lint(manifests, options);
        LintFormat renderer = switch (format) {
            case text -> new TextFormat();
            case json -> new JsonFormat();
        };
        OutputTarget.write(output, renderer.render(result, catalog), spec.commandLine().getOut(), inputs.readFiles());
        return result.hasAtLeast(threshold) ? ExitCodes.FINDINGS : ExitCodes.OK;
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
        Set<String> unknown = new HashSet<>();
        for (String id : ids) {
            if (catalog.find(id.trim()).isEmpty()) {
                unknown.add(id);
            }
        }
        if (!unknown.isEmpty()) {
            throw new ParameterException(spec.commandLine(),
                    "Unknown rule id for " + option + ": " + String.join(", ", unknown.stream().sorted().toList())
                            + " (see 'meshport rules')");
        }
    }
}
