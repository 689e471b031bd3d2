package dev.meshport.cli.rules;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "rules", mixinStandardHelpOptions = true, versionProvider = dev.meshport.cli.Version.class, description = "List the lint rules (docs/rules.md is the markdown output).")
public final class RulesCommand implements Callable<Integer> {

    enum Format { text, markdown, json }

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default), markdown or json.")
    Format format = Format.text;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        java.io.PrintWriter out = spec.commandLine().getOut();
        DocCatalog catalog = DocCatalog.builtIn();
        String text = switch (format) {
            case text -> RuleDocs.text(catalog);
            case markdown -> RuleDocs.markdown(catalog);
            case json -> RuleDocs.json(catalog);
        };
        out.print(text);
        out.flush();
        return 0;
    }
}
