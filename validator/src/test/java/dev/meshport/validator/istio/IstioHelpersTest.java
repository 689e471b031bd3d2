package dev.meshport.validator.istio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshport.validator.istio.schema.InvalidDuration;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The host, name and duration semantics the rules share, against the upstream behaviour they copy. */
class IstioHelpersTest {

    @Test
    void durationsParseAsGoDoes() {
        assertThat(InvalidDuration.parse("10s")).isEqualByComparingTo(BigDecimal.valueOf(10_000_000_000L));
        assertThat(InvalidDuration.parse("1m30s")).isEqualByComparingTo(BigDecimal.valueOf(90_000_000_000L));
        assertThat(InvalidDuration.parse("250ms")).isEqualByComparingTo(BigDecimal.valueOf(250_000_000L));
        assertThat(InvalidDuration.parse("1.5h")).isEqualByComparingTo(BigDecimal.valueOf(5_400_000_000_000L));
        assertThat(InvalidDuration.parse("0")).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(InvalidDuration.parse("-1s")).isNegative();
        assertThat(InvalidDuration.parse("10")).isNull();
        assertThat(InvalidDuration.parse("10sec")).isNull();
        assertThat(InvalidDuration.parse("s")).isNull();
        assertThat(InvalidDuration.parse("")).isNull();
    }

    @Test
    void shortNamesResolveInTheResourceNamespace() {
        assertThat(MeshFacts.fqdn("reviews", "shop")).isEqualTo("reviews.shop.svc.cluster.local");
        assertThat(MeshFacts.fqdn("reviews.shop", "default")).isEqualTo("reviews.shop");
        assertThat(MeshFacts.fqdn("*.example.com", "shop")).isEqualTo("*.example.com");
    }

    @Test
    void wildcardHostsMatchLikeIstio() {
        assertThat(MeshFacts.matches("*.example.com", "api.example.com")).isTrue();
        assertThat(MeshFacts.matches("*.example.com", "example.com")).isFalse();
        assertThat(MeshFacts.matches("*", "anything")).isTrue();
        assertThat(MeshFacts.matches("api.example.com", "*.example.com")).isFalse();
        assertThat(MeshFacts.overlap("api.example.com", "*.example.com")).isTrue();
        assertThat(MeshFacts.overlap("*.a.example.com", "*.example.com")).isTrue();
        assertThat(MeshFacts.overlap("a.example.org", "*.example.com")).isFalse();
    }

    @Test
    void gatewayReferencesResolveAsPilotDoes() {
        assertThat(Routes.resolve("ingress", "shop")).contains(new Routes.GatewayRef("shop", "ingress"));
        assertThat(Routes.resolve("istio-system/ingress", "shop")).contains(new Routes.GatewayRef("istio-system", "ingress"));
        assertThat(Routes.resolve("ingress.istio-system.svc.cluster.local", "shop"))
                .contains(new Routes.GatewayRef("istio-system", "ingress"));
        assertThat(Routes.resolve("mesh", "shop")).isEmpty();
    }

    @Test
    void dnsLabels() {
        assertThat(MeshFacts.isDns1123Label("v1")).isTrue();
        assertThat(MeshFacts.isDns1123Label("version-1")).isTrue();
        assertThat(MeshFacts.isDns1123Label("V1")).isFalse();
        assertThat(MeshFacts.isDns1123Label("v_1")).isFalse();
        assertThat(MeshFacts.isDns1123Label("-v1")).isFalse();
        assertThat(MeshFacts.isDns1123Label("a".repeat(64))).isFalse();
    }
}
