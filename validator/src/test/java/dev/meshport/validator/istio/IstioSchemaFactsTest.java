package dev.meshport.validator.istio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshport.validator.core.NewerSchemaFields;
import dev.meshport.validator.istio.schema.IstioSchemaFacts;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The hand-written schema tables agree with the Istio CRD file, both ways. */
class IstioSchemaFactsTest {

    private static final List<String> KINDS = List.of("VirtualService", "DestinationRule", "Gateway", "ServiceEntry",
            "Sidecar", "AuthorizationPolicy", "PeerAuthentication", "RequestAuthentication", "EnvoyFilter",
            "WasmPlugin", "Telemetry");

    private static IstioCrdSchema crd;

    @BeforeAll
    static void load() throws IOException {
        crd = new IstioCrdSchema();
    }

    @Test
    void durationFieldsAreExactlyThoseTheCrdChecksWithCel() {
        for (String kind : KINDS) {
            assertThat(new TreeSet<>(IstioSchemaFacts.DURATION_FIELDS.getOrDefault(kind, List.of())))
                    .as("duration fields of %s", kind)
                    .isEqualTo(crd.withCel(kind, "duration(self)"));
        }
    }

    @Test
    void webhookOnlyDurationsAreStringFieldsOfTheCrdWithoutCel() {
        for (Map.Entry<String, List<String>> kind : IstioSchemaFacts.WEBHOOK_DURATION_FIELDS.entrySet()) {
            assertThat(crd.fields(kind.getKey())).containsAll(kind.getValue());
            assertThat(crd.withCel(kind.getKey(), "duration(self)")).doesNotContainAnyElementsOf(kind.getValue());
        }
    }

    @Test
    void requiredFieldsAreExactlyThoseTheCrdRequires() {
        for (String kind : KINDS) {
            assertThat(new TreeSet<>(IstioSchemaFacts.REQUIRED_FIELDS.getOrDefault(kind, List.of())))
                    .as("required fields of %s", kind)
                    .isEqualTo(crd.required(kind));
        }
    }

    @Test
    void fieldsAllowedBeyondTheModelExistInTheCrd() {
        for (Map.Entry<String, Set<String>> e : NewerSchemaFields.BY_KIND.entrySet()) {
            assertThat(crd.fields(e.getKey())).as("fields of %s", e.getKey()).containsAll(e.getValue());
        }
    }
}
