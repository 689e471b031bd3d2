package dev.meshport.cli.rules;

import dev.meshport.validator.RuleCatalog;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;

@Command(name = "rules", description = "List the lint rules.")
public final class RulesCommand implements Callable<Integer> {

    enum Format { text, markdown, json }

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default), markdown or json.")
    Format format = Format.text;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        java.io.PrintWriter out = spec.commandLine().getOut();
        RuleCatalog catalog = RuleCatalog.builtIn();
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
