package dev.meshport.cli.rules;

import dev.meshport.cli.UserException;
import dev.meshport.validator.Rule;
import dev.meshport.validator.RuleCatalog;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Parameters;

@Command(name = "explain", description = "Explain one rule in full, with a failing and a passing example.")
public final class ExplainCommand implements Callable<Integer> {

    @Parameters(paramLabel = "ID", description = "A rule id, as 'meshport rules' lists them.")
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
        Rule rule = RuleCatalog.builtIn().find(id)
                .orElseThrow(() -> new UserException("no rule with id '" + id + "' (see 'meshport rules')"));
        out.print(RuleDocs.explain(rule.meta()));
        out.flush();
        return 0;
    }
}
