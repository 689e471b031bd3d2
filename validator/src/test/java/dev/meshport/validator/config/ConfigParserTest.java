package dev.meshport.validator.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meshport.model.FieldPath;
import dev.meshport.model.Finding;
import dev.meshport.model.Location;
import dev.meshport.model.ResourceId;
import dev.meshport.model.Severity;
import dev.meshport.model.SourcePosition;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConfigParserTest {

    private static final Set<String> RULES = Set.of("unknown-field", "not-a-manifest", "yaml-syntax");

    private static LintConfig parse(String text) throws ConfigException {
        return new ConfigParser(".meshport.yaml", RULES::contains).parse(text);
    }

    private static Finding finding(String rule, String file, ResourceId on) {
        return new Finding(rule, Severity.ERROR, "m", new Location(file, 0, new SourcePosition(3, 5), FieldPath.parse("spec.x"), on));
    }

    @Test
    void readsEveryKey() throws ConfigException {
        LintConfig c = parse("""
                rules:
                  unknown-field: {severity: warning}
                  yaml-syntax:
                    severity: off
                ignore:
                  - rule: not-a-manifest
                    paths: ["charts/**"]
                    reason: values files
                  - rule: '*'
                    resources: ["VirtualService/legacy/*"]
                failOn: info
                assumeComplete: true
                """);
        assertThat(c.severities()).containsExactlyEntriesOf(java.util.Map.of("unknown-field", Severity.WARNING));
        assertThat(c.off()).containsExactly("yaml-syntax");
        assertThat(c.failOn()).contains(Severity.INFO);
        assertThat(c.assumeComplete()).contains(true);
        assertThat(c.ignores()).hasSize(2);
        ResourceId legacy = new ResourceId("networking.istio.io/v1", "VirtualService", "legacy", "reviews");
        ResourceId current = new ResourceId("networking.istio.io/v1", "VirtualService", "prod", "reviews");
        assertThat(c.suppresses(finding("not-a-manifest", "charts/a/values.yaml", null), "charts/a/values.yaml")).isTrue();
        assertThat(c.suppresses(finding("not-a-manifest", "k8s/values.yaml", null), "k8s/values.yaml")).isFalse();
        assertThat(c.suppresses(finding("unknown-field", "k8s/vs.yaml", legacy), "k8s/vs.yaml")).isTrue();
        assertThat(c.suppresses(finding("unknown-field", "k8s/vs.yaml", current), "k8s/vs.yaml")).isFalse();
    }

    @Test
    void anEmptyConfigChangesNothing() throws ConfigException {
        assertThat(parse("")).isEqualTo(LintConfig.EMPTY);
        assertThat(parse("# only a comment\n")).isEqualTo(LintConfig.EMPTY);
        assertThat(parse("ignore: []\n").failOn()).isEqualTo(Optional.empty());
        assertThat(parse("rules:\n#  unknown-field: {severity: off}\nignore:\n")).isEqualTo(LintConfig.EMPTY);
    }

    @Test
    void errorsSayWhere() {
        assertThatThrownBy(() -> parse("rules:\n  unknown-field: {severity: warning}\nfailon: error\n"))
                .hasMessage(".meshport.yaml:3:1: unknown key 'failon' in the config (expected one of assumeComplete, failOn, ignore, rules)");
        assertThatThrownBy(() -> parse("rules:\n  unknown-feild: {severity: warning}\n"))
                .hasMessage(".meshport.yaml:2:3: unknown rule id 'unknown-feild' (see 'meshport rules')");
        assertThatThrownBy(() -> parse("rules:\n  unknown-field: {severity: fatal}\n"))
                .hasMessage(".meshport.yaml:2:29: rules.unknown-field.severity must be error, warning, info or off, not 'fatal'");
        assertThatThrownBy(() -> parse("ignore:\n  - paths: [a]\n"))
                .hasMessage(".meshport.yaml:2:5: an ignore entry needs 'rule' (a rule id, or '*' for every rule)");
        assertThatThrownBy(() -> parse("ignore:\n  - rule: '*'\n    resources: [VirtualService/x]\n"))
                .hasMessageStartingWith(".meshport.yaml:3:17: a resource is written Kind/namespace/name");
        assertThatThrownBy(() -> parse("failOn: warning\nfailOn: error\n"))
                .hasMessage(".meshport.yaml:2:1: duplicate key 'failOn'");
        assertThatThrownBy(() -> parse("rules: [a, b]\n"))
                .hasMessage(".meshport.yaml:1:8: rules must be a mapping");
        assertThatThrownBy(() -> parse("rules:\n  x: [\n"))
                .hasMessageStartingWith(".meshport.yaml:3:1: invalid YAML:");
        assertThatThrownBy(() -> parse("assumeComplete: yes\n"))
                .hasMessage(".meshport.yaml:1:17: assumeComplete must be true or false, not 'yes'");
    }

    @Test
    void tagsAreNeverConstructed() {
        // SnakeYAML 2's default tag inspector refuses global tags even when only composing; a local tag is composed
        // but never constructed, so it is just a value of the wrong shape.
        assertThatThrownBy(() -> parse("failOn: !!javax.script.ScriptEngineManager [x]\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(".meshport.yaml:1:9: invalid YAML: Global tag is not allowed");
        assertThatThrownBy(() -> parse("failOn: !local [x]\n"))
                .hasMessage(".meshport.yaml:1:9: failOn must be a single value");
    }

    @Test
    void globsFollowGitignoreHabits() {
        assertThat(Glob.compile("charts/**").matches("charts/a/b/c.yaml")).isTrue();
        assertThat(Glob.compile("charts").matches("./charts/a.yaml")).isTrue();
        assertThat(Glob.compile("**/vendor/**").matches("vendor/x.yaml")).isTrue();
        assertThat(Glob.compile("**/vendor/**").matches("a/vendor/x.yaml")).isTrue();
        assertThat(Glob.compile("*.yaml").matches("a/x.yaml")).isFalse();
        assertThat(Glob.compile("a/*.yaml").matches("a\\x.yaml")).isTrue();
        assertThat(Glob.compile("a/?.yaml").matches("a/xy.yaml")).isFalse();
        assertThat(Glob.compile("a.b/[x].yaml").matches("a.b/[x].yaml")).isTrue();
        assertThat(Glob.compile("a.b/*.yaml").matches("aXb/c.yaml")).isFalse();
    }

    @Test
    void resourcePatternsMatchDocumentsWithoutNamespace() {
        ResourceId noNamespace = new ResourceId("v1", "Service", null, "reviews");
        assertThat(ResourcePattern.parse("Service/*/reviews").matches(noNamespace)).isTrue();
        assertThat(ResourcePattern.parse("Service/default/reviews").matches(noNamespace)).isFalse();
        assertThat(ResourcePattern.parse("*/bookinfo/rev*").matches(new ResourceId("v1", "Service", "bookinfo", "reviews"))).isTrue();
        assertThat(ResourcePattern.parse("Service/*/*").matches(null)).isFalse();
    }
}
