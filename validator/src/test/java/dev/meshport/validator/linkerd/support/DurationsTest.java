package dev.meshport.validator.linkerd.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DurationsTest {

    @Test
    void linkerdAnnotationDurationsAreOneIntegerAndOneUnit() {
        assertThat(Durations.linkerd("90m")).hasValue(5_400_000);
        assertThat(Durations.linkerd("1500ms")).hasValue(1500);
        assertThat(Durations.linkerd("2d")).hasValue(172_800_000);
        assertThat(Durations.linkerd("0")).hasValue(0);
        assertThat(Durations.linkerd("1h30m")).isEmpty();
        assertThat(Durations.linkerd("1.5s")).isEmpty();
        assertThat(Durations.linkerd("10")).as("a bare number lacks its unit").isEmpty();
        assertThat(Durations.linkerd("-1s")).isEmpty();
    }

    @Test
    void gatewayDurationsFollowGep2257() {
        assertThat(Durations.gateway("1m30s")).hasValue(90_000);
        assertThat(Durations.gateway("10s")).hasValue(10_000);
        assertThat(Durations.gateway("1h1m1s1ms")).hasValue(3_661_001);
        assertThat(Durations.gateway("1.5s")).isEmpty();
        assertThat(Durations.gateway("1d")).isEmpty();
        assertThat(Durations.gateway("1h1m1s1ms1h")).as("at most four parts").isEmpty();
    }

    @Test
    void goDurationsAcceptFractionsAndCompounds() {
        assertThat(Durations.isGoDuration("1.5s")).isTrue();
        assertThat(Durations.isGoDuration("1m30s")).isTrue();
        assertThat(Durations.isGoDuration("300us")).isTrue();
        assertThat(Durations.isGoDuration("0")).isTrue();
        assertThat(Durations.isGoDuration("one-second")).isFalse();
        assertThat(Durations.isGoDuration("10")).isFalse();
    }
}
