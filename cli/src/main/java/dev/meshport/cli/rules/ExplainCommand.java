package dev.meshport.cli.rules;

import dev.meshport.cli.UserException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "explain", mixinStandardHelpOptions = true, versionProvider = dev.meshport.cli.Version.class, description = "Explain one lint rule (with a failing and a passing example) or one translation gap kind in full.")
public final class ExplainCommand implements Callable<Integer> {

    @Parameters(paramLabel = "ID", description = "A rule or gap id, as 'meshport rules' lists them.")
    String id;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        java.io.PrintWriter out = spec.commandLine().getOut();
        java.util.Optional<dev.meshport.translator.GapKind> gap = dev.meshport.translator.GapCatalog.builtIn().find(id);
        if (gap.isPresent()) {
            out.print(GapDocs.explain(gap.get()));
            out.flush();
            return 0;
        }
        DocCatalog catalog = DocCatalog.builtIn();
        DocEntry entry = catalog.find(id).orElseThrow(() -> unknown(catalog));
        out.print(RuleDocs.explain(entry));
        out.flush();
        return 0;
    }

    private UserException unknown(DocCatalog catalog) {
        List<String> close = catalog.closeTo(id);
        String hint = close.isEmpty() ? "" : "; did you mean " + String.join(", ", close) + "?";
        return new UserException("no rule with id '" + id + "'" + hint + " (see 'meshport rules')");
    }
}
