package dev.meshport.cli.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshport.translator.GapCatalog;
import dev.meshport.translator.GapKind;
import dev.meshport.validator.Rule;
import dev.meshport.validator.RuleCatalog;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lint rules and gap kinds share one id space ({@code explain ID}, SARIF ruleIds): no id may mean two things. */
class CatalogIdsTest {

    @Test
    void ruleAndGapIdsAreDistinct() {
        List<String> ids = new ArrayList<>();
        for (Rule r : RuleCatalog.builtIn().rules()) {
            ids.add(r.meta().id());
        }
        for (GapKind g : GapCatalog.builtIn().kinds()) {
            ids.add(g.id());
        }
        assertThat(ids).doesNotHaveDuplicates();
        assertThat(ids).hasSizeGreaterThan(200);
    }
}
