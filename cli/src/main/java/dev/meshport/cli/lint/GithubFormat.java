package dev.meshport.cli.lint;

import dev.meshport.model.Finding;
import dev.meshport.validator.LintResult;
import dev.meshport.validator.RuleCatalog;

/**
 * GitHub Actions workflow commands, one annotation per finding:
 * {@code ::error file=F,line=L,col=C,title=RULE::message}; info findings are notices. Escaping follows
 * actions/toolkit {@code packages/core/src/command.ts} ({@code escapeData}, {@code escapeProperty}). The summary
 * line follows as plain log text.
 */
public final class GithubFormat implements LintFormat {

    @Override
    public String render(LintResult result, RuleCatalog catalog) {
        StringBuilder out = new StringBuilder();
        for (Finding f : result.findings()) {
            String command = switch (f.severity()) {
                case ERROR -> "error";
                case WARNING -> "warning";
                case INFO -> "notice";
            };
            String resource = Fingerprint.resource(f);
            String message = f.message() + (resource == null ? "" : " (" + resource + ")")
                    + (f.location().field().isRoot() ? "" : " at " + f.location().field());
            out.append("::").append(command)
                    .append(" file=").append(property(f.location().file().replace('\\', '/')))
                    .append(",line=").append(f.location().line())
                    .append(",col=").append(f.location().column())
                    .append(",title=").append(property(f.rule()))
                    .append("::").append(data(message)).append('\n');
        }
        out.append(TextFormat.summary(result)).append('\n');
        return out.toString();
    }

    static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
