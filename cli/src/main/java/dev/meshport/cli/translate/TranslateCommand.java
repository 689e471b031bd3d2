package dev.meshport.cli.translate;

import dev.meshport.cli.ExitCodes;
import dev.meshport.cli.Inputs;
import dev.meshport.cli.UserException;
import dev.meshport.cli.output.OutputTarget;
import dev.meshport.model.Equivalence;
import dev.meshport.model.Finding;
import dev.meshport.model.ManifestSet;
import dev.meshport.model.Severity;
import dev.meshport.translator.Output;
import dev.meshport.translator.TranslationOptions;
import dev.meshport.translator.TranslationResult;
import dev.meshport.translator.YamlOutput;
import dev.meshport.translator.tolinkerd.IstioToLinkerd;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "translate", sortOptions = false, usageHelpAutoWidth = true,
        description = "Translate Istio configuration into Linkerd manifests, with a report of every feature that does not carry over.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every feature carried over (or only partly, without --fail-on partial)",
            "1:a feature has no equivalent (with --fail-on partial: or only a partial one); malformed input",
            "2:usage error, unreadable input, unwritable output",
            "3:internal error (please report it)"})
public final class TranslateCommand implements Callable<Integer> {

    /** Report formats by name. */
    enum ReportFormat { markdown, json, sarif, html, text }

    @Spec
    CommandSpec spec;

    @ParentCommand
    dev.meshport.cli.Main main;

    @Option(names = "--to", required = true, paramLabel = "MESH", description = "Target mesh: linkerd (istio: not yet).")
    String to;

    @Mixin
    Inputs inputs;

    @Option(names = {"-o", "--output-dir"}, paramLabel = "DIR",
            description = "Write the manifests under DIR, mirroring the inputs' layout (default: YAML on standard output).")
    String outputDir;

    @Option(names = "--report", paramLabel = "FILE",
            description = "Write the gap report to FILE ('-': standard output); the format follows the extension "
                    + "(.md, .json, .sarif, .html, .txt).")
    String report;

    @Option(names = "--report-format", paramLabel = "FORMAT",
            description = "markdown, json, sarif, html or text, for --report - or an unknown extension.")
    ReportFormat reportFormat;

    @Option(names = "--dry-run", description = "Write no manifests, only the report.")
    boolean dryRun;

    @Option(names = "--fail-on", paramLabel = "LEVEL", description = "none (default): exit 1 when a feature has no "
            + "equivalent; partial: also when one carries over only partly.")
    String failOn = "none";

    @Option(names = "--trust-domain", paramLabel = "DOMAIN", description = "Identity trust domain (default: cluster.local).")
    String trustDomain = TranslationOptions.DEFAULT_TRUST_DOMAIN;

    @Option(names = "--linkerd-namespace", paramLabel = "NS", description = "Linkerd control-plane namespace (default: linkerd).")
    String linkerdNamespace = TranslationOptions.DEFAULT_LINKERD_NAMESPACE;

    @Option(names = "--linkerd-version", paramLabel = "VERSION", description = "Target Linkerd version (default: 2.18).")
    String linkerdVersion = TranslationOptions.DEFAULT_LINKERD_VERSION;

    @Override
    public Integer call() {
        if (!to.equals("linkerd")) {
            if (to.equals("istio")) {
                throw new UserException("translate --to istio is not available yet; only --to linkerd is");
            }
            throw new ParameterException(spec.commandLine(), "Invalid value for option '--to': '" + to + "' (expected linkerd)");
        }
        Equivalence threshold = switch (failOn) {
            case "none" -> Equivalence.NONE;
            case "partial" -> Equivalence.PARTIAL;
            default -> throw new ParameterException(spec.commandLine(),
                    "Invalid value for option '--fail-on': '" + failOn + "' (expected none or partial)");
        };
        if (!linkerdVersion.matches("2\\.\\d+(\\.\\d+)?")) {
            throw new ParameterException(spec.commandLine(),
                    "Invalid value for option '--linkerd-version': '" + linkerdVersion + "' (expected like 2.18)");
        }
        ReportFormat format = reportFormat();
        PrintWriter out = spec.commandLine().getOut();
        if ("-".equals(report) && outputDir == null && !dryRun) {
            throw new ParameterException(spec.commandLine(),
                    "--report - and the manifests would both go to standard output: add -o DIR or --dry-run");
        }
        ManifestSet manifests = inputs.load(main.stdin());
        TranslationResult result = IstioToLinkerd.translator().translate(manifests,
                new TranslationOptions(trustDomain, linkerdNamespace, linkerdVersion));
        Map<Output, String> files = new LinkedHashMap<>();
        if (!dryRun) {
            if (outputDir == null) {
                OutputTarget.write(null, YamlOutput.write(result.outputs()), out, inputs.readFiles());
            } else {
                writeTree(result, files);
            }
        }
        if (report != null) {
            GapReport data = new GapReport(manifests, result, files);
            String text = switch (format) {
                case markdown -> MarkdownReport.render(data);
                case json -> JsonReport.render(data);
                case sarif -> SarifReport.render(data);
                case html -> HtmlReport.render(data);
                case text -> TextReport.render(data);
            };
            OutputTarget.write(report, text, out, inputs.readFiles());
        }
        PrintWriter err = spec.commandLine().getErr();
        for (Finding f : manifests.loadFindings()) {
            err.println(f.location().file() + ":" + f.location().line() + ":" + f.location().column() + ": "
                    + f.severity().label() + " " + f.rule() + ": " + f.message());
        }
        boolean failing = result.gaps().stream().anyMatch(g -> g.equivalence().compareTo(threshold) >= 0
                && (g.equivalence() == Equivalence.NONE || g.severity() != Severity.INFO));
        return failing || !manifests.loadFindings().isEmpty() ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    private ReportFormat reportFormat() {
        if (reportFormat != null || report == null) {
            return reportFormat == null ? ReportFormat.text : reportFormat;
        }
        String name = report.toLowerCase(Locale.ROOT);
        if (name.endsWith(".md") || name.endsWith(".markdown")) {
            return ReportFormat.markdown;
        }
        if (name.endsWith(".json")) {
            return ReportFormat.json;
        }
        if (name.endsWith(".sarif") || name.endsWith(".sarif.json")) {
            return ReportFormat.sarif;
        }
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return ReportFormat.html;
        }
        if (name.endsWith(".txt") || report.equals("-")) {
            return ReportFormat.text;
        }
        throw new ParameterException(spec.commandLine(), "Cannot tell the report format of '" + report
                + "' from its extension: use .md, .json, .sarif, .html or .txt, or --report-format");
    }

    /** Each output goes to DIR/<its first source file, relative to the input path it was found under>. */
    private void writeTree(TranslationResult result, Map<Output, String> files) {
        Map<String, List<Output>> byFile = new TreeMap<>();
        for (Output o : result.outputs()) {
            String relative = relative(o.from().get(0).file());
            String file = Path.of(outputDir).resolve(relative).normalize().toString();
            byFile.computeIfAbsent(file, f -> new ArrayList<>()).add(o);
            files.put(o, file);
        }
        for (Map.Entry<String, List<Output>> e : byFile.entrySet()) {
            OutputTarget.write(e.getKey(), YamlOutput.write(e.getValue()), spec.commandLine().getOut(), inputs.readFiles());
        }
    }

    private String relative(String file) {
        if (file.equals(Inputs.STDIN_NAME)) {
            return "stdin.yaml";
        }
        Path f = Path.of(file).normalize();
        for (String p : inputs.paths()) {
            Path root = Path.of(p).normalize();
            if (f.equals(root)) {
                return f.getFileName().toString();
            }
            if (f.startsWith(root) && !root.toString().isEmpty()) {
                return root.relativize(f).toString();
            }
        }
        return f.getFileName().toString();
    }
}
