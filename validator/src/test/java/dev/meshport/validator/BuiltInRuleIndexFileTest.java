package dev.meshport.validator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshport.validator.core.CoreRules;
import dev.meshport.validator.istio.IstioRules;
import dev.meshport.validator.linkerd.LinkerdRules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code BuiltInRuleIndex} is generated from the rule lists and their {@code @RuleMeta}; this keeps it current. */
class BuiltInRuleIndexFileTest {

    /** The checked-in index, from the validator module's directory (surefire's working directory). */
    private static final Path COMMITTED = Path.of("src/main/java/dev/meshport/validator/BuiltInRuleIndex.java");

    private static final String COMMAND = "mvn -B -o -q test -pl validator -am -Dtest=BuiltInRuleIndexFileTest"
            + " -Dsurefire.failIfNoSpecifiedTests=false -Dmeshport.rules.write=true";

    @Test
    void theCheckedInIndexIsCurrent() throws IOException {
        String generated = generate();
        if (Boolean.getBoolean("meshport.rules.write")) {
            Files.writeString(COMMITTED, generated, StandardCharsets.UTF_8);
        }
        String committed = Files.exists(COMMITTED) ? Files.readString(COMMITTED, StandardCharsets.UTF_8) : "";
        assertThat(committed)
                .as("%s is stale (a rule was added, removed or its @RuleMeta changed); regenerate it from the repository root with:%n  %s",
                        COMMITTED, COMMAND)
                .isEqualTo(generated);
    }

    @Test
    void theBuiltInCatalogMakesTheRuleEachInfoDescribes() {
        RuleCatalog builtIn = RuleCatalog.builtIn();
        List<Rule> listed = listed().rules();
        assertThat(builtIn.infos()).hasSize(listed.size());
        for (int i = 0; i < listed.size(); i++) {
            Rule made = builtIn.rule(i);
            assertThat(made).isExactlyInstanceOf(listed.get(i).getClass()).isSameAs(builtIn.rule(i));
            assertThat(builtIn.infos().get(i)).isEqualTo(RuleInfo.of(made.meta()));
        }
        assertThat(builtIn.has("unknown-field")).isTrue();
        assertThat(builtIn.has("no-such-rule")).isFalse();
        assertThat(builtIn.find("unknown-field")).containsSame(builtIn.rule(builtIn.infos().indexOf(
                builtIn.infos().stream().filter(r -> r.id().equals("unknown-field")).findFirst().orElseThrow())));
    }

    /** The rule lists, the registry a new rule is added to. */
    private static RuleCatalog listed() {
        List<Rule> all = new ArrayList<>();
        all.addAll(CoreRules.all());
        all.addAll(IstioRules.all());
        all.addAll(LinkerdRules.all());
        return new RuleCatalog(all);
    }

    private static String generate() {
        List<Rule> rules = listed().rules();
        StringBuilder infos = new StringBuilder();
        StringBuilder cases = new StringBuilder();
        for (int i = 0; i < rules.size(); i++) {
            RuleInfo info = RuleInfo.of(rules.get(i).meta());
            List<String> kinds = info.kinds().stream().map(BuiltInRuleIndexFileTest::literal).toList();
            infos.append("                new RuleInfo(").append(literal(info.id())).append(", Severity.")
                    .append(info.severity().name()).append(", ").append(literal(info.mesh())).append(", List.of(")
                    .append(String.join(", ", kinds)).append("), ").append(info.needsCompleteInputs()).append(')')
                    .append(i + 1 < rules.size() ? "," : "").append('\n');
            cases.append("            case ").append(i).append(" -> new ").append(rules.get(i).getClass().getName())
                    .append("();\n");
        }
        return """
                package dev.meshport.validator;

                import dev.meshport.model.Severity;
                import java.util.List;

                // GENERATED from CoreRules, IstioRules and LinkerdRules and their rules' @RuleMeta by BuiltInRuleIndexFileTest;
                // do not edit. After adding a rule or changing its @RuleMeta, regenerate it with:
                //   %s
                /** The built-in rules' {@link RuleInfo}, sorted by id, and a factory of each: a lint reads no annotation. */
                final class BuiltInRuleIndex {

                    private BuiltInRuleIndex() {}

                    static List<RuleInfo> rules() {
                        return List.of(
                %s        );
                    }

                    /** A new instance of the rule at {@code index} of {@link #rules()}. */
                    static Rule create(int index) {
                        return switch (index) {
                %s            default -> throw new IndexOutOfBoundsException(index);
                        };
                    }
                }
                """.formatted(COMMAND, infos, cases);
    }

    private static String literal(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
