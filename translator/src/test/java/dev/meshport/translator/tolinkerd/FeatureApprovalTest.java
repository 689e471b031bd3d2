package dev.meshport.translator.tolinkerd;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.approvaltests.Approvals;
import org.approvaltests.core.Options;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One before/after approval per row of the feature map (reference/feature-map.md): the Istio input, the Linkerd
 * manifests meshport writes for it, its gaps and summary. Each input sits beside a Service and a Deployment "web" in
 * namespace "shop"; the approved files are under src/test/resources.
 */
class FeatureApprovalTest {

    private static final String CONTEXT = Translate.SHOP_WEB_SERVICE + Translate.SHOP_WEB_DEPLOYMENT;

    static Stream<String> features() throws IOException, URISyntaxException {
        Path dir = Path.of(FeatureApprovalTest.class.getResource("features").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            List<String> names = files.map(p -> p.getFileName().toString().replace(".yaml", "")).sorted().toList();
            assertThat(names).hasSizeGreaterThan(90);
            return names.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("features")
    void translates(String feature) throws IOException, URISyntaxException {
        String input = Files.readString(Path.of(FeatureApprovalTest.class.getResource("features/" + feature + ".yaml").toURI()));
        dev.meshport.model.ManifestSet set = Translate.load(CONTEXT + input);
        assertThat(set.loadFindings()).as("the fixture parses").isEmpty();
        String text = "# Istio (beside Service and Deployment web in namespace shop)\n" + input + "\n"
                + Translate.render(Translate.run(set));
        Approvals.verify(text, new Options().forFile().withAdditionalInformation(feature));
    }
}
