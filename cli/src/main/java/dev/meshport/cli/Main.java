package dev.meshport.cli;

import dev.meshport.cli.lint.LintCommand;
import dev.meshport.cli.rules.ExplainCommand;
import dev.meshport.cli.rules.RulesCommand;
import java.io.InputStream;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The meshport command. The only class that exits the process. */
@Command(name = "meshport", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Lint Istio and Linkerd configuration, translate it between the meshes, and report what does not carry over.",
        subcommands = {LintCommand.class, dev.meshport.cli.translate.TranslateCommand.class,
            dev.meshport.cli.simulate.SimulateCommand.class, RulesCommand.class, ExplainCommand.class, WarmupCommand.class,
            CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT, description = "Show stack traces of internal errors.")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Standard input, for the '-' path; tests give their own. */
    private final InputStream stdin;

    Main(InputStream stdin) {
        this.stdin = stdin;
    }

    public InputStream stdin() {
        return stdin;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: lint, rules or explain");
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, java.nio.charset.StandardCharsets.UTF_8));
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, java.nio.charset.StandardCharsets.UTF_8), true);
        System.exit(run(args, System.in, out, err));
    }

    /** Runs one command line and returns its exit code; tests call this. */
    public static int run(String[] args, InputStream stdin, PrintWriter out, PrintWriter err) {
        return run(args, stdin, out, err, CommandLine.defaultFactory());
    }

    /** As {@link #run(String[], InputStream, PrintWriter, PrintWriter)}, with the commands {@code factory} makes. */
    static int run(String[] args, InputStream stdin, PrintWriter out, PrintWriter err, CommandLine.IFactory factory) {
        CommandLine cli = new CommandLine(new Main(stdin), factory);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExitCodeExceptionMapper(e -> ExitCodes.INTERNAL);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof UserException) {
                commandLine.getErr().println("meshport: " + e.getMessage());
                return ExitCodes.USAGE;
            }
            if (e instanceof CommandLine.ParameterException pe) {
                throw pe;
            }
            boolean showTrace = parseResult.hasMatchedOption("--debug")
                    || parseResult.subcommands().stream().anyMatch(s -> s.hasMatchedOption("--debug"));
            commandLine.getErr().println("meshport: internal error: " + e
                    + " — please report it with the input that caused it (--debug shows the stack trace)");
            if (showTrace) {
                e.printStackTrace(commandLine.getErr());
            }
            return ExitCodes.INTERNAL;
        });
        cli.setParameterExceptionHandler((e, a) -> {
            CommandLine c = e.getCommandLine();
            c.getErr().println("meshport: " + e.getMessage());
            c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
            return ExitCodes.USAGE;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
