package dev.meshport.cli.lint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Workflow-command escaping as actions/toolkit does it (packages/core/src/command.ts). */
class GithubFormatTest {

    @Test
    void dataEscapesPercentAndLineBreaks() {
        assertThat(GithubFormat.data("100% a\r\nb:c,d")).isEqualTo("100%25 a%0D%0Ab:c,d");
    }

    @Test
    void propertiesAlsoEscapeColonAndComma() {
        assertThat(GithubFormat.property("100% a\nb:c,d")).isEqualTo("100%25 a%0Ab%3Ac%2Cd");
    }

    @Test
    void percentIsEscapedFirst() {
        // Escaping '%' after the others would turn %0A into %250A.
        assertThat(GithubFormat.property("\n")).isEqualTo("%0A");
    }
}
