package dev.meshport.cli;

import dev.meshport.cli.lint.LintCommand;
import dev.meshport.cli.rules.ExplainCommand;
import dev.meshport.cli.rules.RulesCommand;
import java.io.InputStream;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The meshport command. The only class that exits the process.
 *
 * <p>Its picocli model, and the lint command's, are built in code rather than from annotations: reading picocli's
 * annotations (one dynamic proxy class per annotation type, which no class-data archive of JDK 17 keeps) cost ~40 ms
 * of a pre-commit lint. The other commands keep their annotations: they are registered only when they run.
 */
public final class Main implements Runnable {

    static final String DESCRIPTION =
            "Lint Istio and Linkerd configuration, translate it between the meshes, and report what does not carry over.";

    /**
     * The subcommands, by name, in the order help lists them. Picocli builds the model of every registered command
     * up front (reflection over its annotations: ~60 ms of a pre-commit lint), so a command line that starts with a
     * subcommand's name registers that one only; anything else (help, no command, a misspelt one) registers all.
     */
    private static final java.util.Map<String, Class<?>> SUBCOMMANDS = subcommands();

    private static java.util.Map<String, Class<?>> subcommands() {
        java.util.Map<String, Class<?>> m = new java.util.LinkedHashMap<>();
        m.put("lint", LintCommand.class);
        m.put("translate", dev.meshport.cli.translate.TranslateCommand.class);
        m.put("simulate", dev.meshport.cli.simulate.SimulateCommand.class);
        m.put("rules", RulesCommand.class);
        m.put("explain", ExplainCommand.class);
        m.put("warmup", WarmupCommand.class);
        m.put("help", CommandLine.HelpCommand.class);
        return java.util.Collections.unmodifiableMap(m);
    }

    /** Standard input, for the '-' path; tests give their own. */
    private final InputStream stdin;

    private final CommandSpec spec;

    Main(InputStream stdin) {
        this.stdin = stdin;
        this.spec = CommandSpec.wrapWithoutInspection(this).name(Version.NAME).versionProvider(new Version());
        spec.usageMessage().description(DESCRIPTION);
        spec.addOption(OptionSpec.builder("--debug").type(boolean.class).scopeType(CommandLine.ScopeType.INHERIT)
                .description("Show stack traces of internal errors.").build());
        addStandardHelpOptions(spec);
    }

    /**
     * Adds -h/--help and -V/--version as picocli's {@code mixinStandardHelpOptions} does, without reading the
     * annotations of its mixin class.
     */
    public static void addStandardHelpOptions(CommandSpec command) {
        command.addOption(OptionSpec.builder("-h", "--help").type(boolean.class).usageHelp(true)
                .descriptionKey("mixinStandardHelpOptions.help").description("Show this help message and exit.").build());
        command.addOption(OptionSpec.builder("-V", "--version").type(boolean.class).versionHelp(true)
                .descriptionKey("mixinStandardHelpOptions.version").description("Print version information and exit.").build());
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
        CommandLine cli = new CommandLine(new Main(stdin).spec, factory);
        boolean oneCommand = args.length > 0 && SUBCOMMANDS.containsKey(args[0]) && !args[0].equals("help");
        SUBCOMMANDS.forEach((name, type) -> {
            if (!oneCommand || name.equals(args[0])) {
                cli.addSubcommand(name, subcommand(type, factory));
            }
        });
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

    private static CommandLine subcommand(Class<?> type, CommandLine.IFactory factory) {
        if (type != LintCommand.class) {
            return new CommandLine(type, factory);
        }
        try {
            return new CommandLine(factory.create(LintCommand.class).commandSpec(), factory);
        } catch (Exception e) {
            throw new CommandLine.InitializationException("cannot make the lint command: " + e, e);
        }
    }
}
