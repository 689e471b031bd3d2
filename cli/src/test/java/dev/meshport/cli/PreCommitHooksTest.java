package dev.meshport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The repository's .pre-commit-hooks.yaml against pre-commit's manifest schema (pre_commit/clientlib.py). */
class PreCommitHooksTest {

    @Test
    @SuppressWarnings("unchecked")
    void everyHookIsRunnable() throws IOException {
        Object doc = new Yaml(new SafeConstructor(new LoaderOptions()))
                .load(Files.readString(Path.of("../.pre-commit-hooks.yaml")));
        List<Map<String, Object>> hooks = (List<Map<String, Object>>) doc;
        assertThat(hooks).extracting(h -> h.get("id")).containsExactly("meshport-lint", "meshport-lint-files");
        for (Map<String, Object> hook : hooks) {
            assertThat(hook).containsKeys("id", "name", "entry", "language");
            // pre-commit has no java language; system runs meshport from PATH.
            assertThat(hook.get("language")).isEqualTo("system");
            assertThat(hook.get("require_serial")).isEqualTo(true);
            assertThat((List<String>) hook.get("types_or")).containsExactly("yaml", "json");
            String entry = (String) hook.get("entry");
            assertThat(entry).isEqualTo("meshport lint");
            List<String> args = (List<String>) hook.getOrDefault("args", List.of());
            // The hook's command line must parse: "meshport lint <args> <a file>" with --help stops before reading.
            String[] line = java.util.stream.Stream.concat(java.util.stream.Stream.of("lint", "--help"), args.stream())
                    .toArray(String[]::new);
            assertThat(CliRun.of(line).code()).isZero();
        }
        assertThat(hooks.get(0).get("pass_filenames")).isEqualTo(false);
        assertThat((List<String>) hooks.get(0).get("args")).containsExactly(".");
    }
}
