package vn.cchc.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VisibleTextTest {

    @Test
    void ordinaryVietnameseNamesStayAsTheyAre() {
        assertThat(VisibleText.of("Báo cáo Sở Nội vụ quý I (bản 2).docx")).isEqualTo("Báo cáo Sở Nội vụ quý I (bản 2).docx");
    }

    @Test
    void controlCharactersBecomeEscapesSoANameCannotForgeAnOutputLine() {
        assertThat(VisibleText.of("a\nFAILED b.txt")).isEqualTo("a\\u000AFAILED b.txt");
        assertThat(VisibleText.of("red\u001B[31m.txt")).isEqualTo("red\\u001B[31m.txt");
        assertThat(VisibleText.of("tab\there")).isEqualTo("tab\\u0009here");
    }

    @Test
    void bidirectionalOverridesAndInvisibleFormatCharactersAreShown() {
        assertThat(VisibleText.of("report_\u202Etxt.pdf")).isEqualTo("report_\\u202Etxt.pdf");
        assertThat(VisibleText.of("a\u200Fb\u2066c\u2069")).isEqualTo("a\\u200Fb\\u2066c\\u2069");
    }

    @Test
    void aBackslashIsDoubledSoThatEveryEscapeInTheOutputIsOurs() {
        assertThat(VisibleText.of("a\\u000Ab")).isEqualTo("a\\\\u000Ab");
    }
}
