package vn.cchc.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Only the document's own formatting tags are taken out; any other markup is part of what the report wrote. */
class RawMarkupTest {

    @Test
    void formattingTagsGoOtherMarkupStays() {
        assertThat(VietnameseText.stripMarkup("<b>Tỷ lệ</b> <i>(%)</i> H<sub>2</sub>O<br/>x<u>y</u><sup>1</sup>"))
                .isEqualTo("Tỷ lệ (%) H2Oxy");
        assertThat(VietnameseText.stripMarkup("<script>alert(1)</script>")).isEqualTo("<script>alert(1)</script>");
        assertThat(VietnameseText.stripMarkup("<img src=x onerror=alert(1)> <a href=\"u\">link</a>"))
                .isEqualTo("<img src=x onerror=alert(1)> <a href=\"u\">link</a>");
    }

    @Test
    void aScriptWrittenAsAValueIsStoredVerbatimAsText() {
        String seed = new String(SeedDocuments.text("004"), StandardCharsets.UTF_8);
        String row = "\tVăn bản\t17\t";
        ParsedReport report = SeedAssertions.parse("r.txt", seed.replace(row, "\tVăn bản\t<script>alert(1)</script>\t")
                .getBytes(StandardCharsets.UTF_8));
        ValueDraft value = report.values().stream().filter(v -> v.indicatorId().equals("direction.directive_docs"))
                .findFirst().orElseThrow();
        assertThat(value.value().raw()).isEqualTo("<script>alert(1)</script>");
        assertThat(value.value().isText()).isTrue();
        assertThat(value.number()).isNull();
    }
}
