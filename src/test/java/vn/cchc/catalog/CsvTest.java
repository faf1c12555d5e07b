package vn.cchc.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CsvTest {

    private static List<Map<String, String>> read(String text) {
        return Csv.read(stream(text), "test.csv");
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsRowsAsMapsKeyedByTheHeaderInColumnOrder() {
        List<Map<String, String>> rows = read("""
                generation,section,label
                2021,1,Công tác chỉ đạo điều hành CCHC
                2023,3,Biểu mẫu 3
                """);

        assertThat(rows).hasSize(2);
        assertThat(rows.getFirst()).containsExactly(entry("generation", "2021"), entry("section", "1"),
                entry("label", "Công tác chỉ đạo điều hành CCHC"));
        assertThat(rows.get(1)).containsEntry("label", "Biểu mẫu 3");
    }

    @Test
    void keepsCommasInsideAQuotedField() {
        // A real row of catalog/indicators.csv: both the name and the unit hold commas.
        List<Map<String, String>> rows = read("""
                id,area,name_vi,name_en,unit,kind
                direction.inspected.dept,1,"Số sở, ngành (cơ quan, đơn vị trực thuộc) đã kiểm tra",Departments / subordinate units inspected,"Cơ quan, đơn vị",count
                """);

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row).containsEntry("name_vi", "Số sở, ngành (cơ quan, đơn vị trực thuộc) đã kiểm tra");
            assertThat(row).containsEntry("unit", "Cơ quan, đơn vị");
            assertThat(row).containsEntry("kind", "count");
            assertThat(row).hasSize(6);
        });
    }

    @Test
    void readsADoubledQuoteAsOneQuote() {
        List<Map<String, String>> rows = read("""
                slug,aliases
                x,"Sở ""Thông tin"" và Truyền thông, cũ"
                """);

        assertThat(rows.getFirst()).containsEntry("aliases", "Sở \"Thông tin\" và Truyền thông, cũ");
    }

    @Test
    void keepsALineBreakInsideAQuotedField() {
        List<Map<String, String>> rows = read("id,note\na,\"dòng 1\ndòng 2\"\nb,x\n");

        assertThat(rows).extracting(r -> r.get("note")).containsExactly("dòng 1\ndòng 2", "x");
    }

    @Test
    void readsCrlfLinesAsLfLines() {
        String lf = "slug,name\nha-giang,Hà Giang\nthua-thien-hue,Thừa Thiên Huế\n";

        List<Map<String, String>> crlf = read(lf.replace("\n", "\r\n"));

        assertThat(crlf).isEqualTo(read(lf));
        assertThat(crlf.get(1)).containsExactly(entry("slug", "thua-thien-hue"), entry("name", "Thừa Thiên Huế"));
    }

    @Test
    void dropsAByteOrderMarkBeforeTheHeader() {
        List<Map<String, String>> rows = read("\uFEFFslug,name\r\nhue-2025,Huế\r\n");

        assertThat(rows.getFirst()).containsExactly(entry("slug", "hue-2025"), entry("name", "Huế"));
    }

    @Test
    void skipsBlankLines() {
        List<Map<String, String>> rows = read("unit\n\nNhiệm vụ\n\r\n\"Cơ quan, đơn vị\"\n\n\n");

        assertThat(rows).extracting(r -> r.get("unit")).containsExactly("Nhiệm vụ", "Cơ quan, đơn vị");
    }

    @Test
    void readsALastLineWithoutLineBreak() {
        assertThat(read("a,b\n1,2")).containsExactly(Map.of("a", "1", "b", "2"));
    }

    @Test
    void fillsMissingTrailingFieldsWithEmptyText() {
        List<Map<String, String>> rows = read("slug,name,aliases,places\nha-giang,Hà Giang\n");

        assertThat(rows.getFirst()).containsExactly(entry("slug", "ha-giang"), entry("name", "Hà Giang"),
                entry("aliases", ""), entry("places", ""));
    }

    @Test
    void trimsHeaderNamesAndFields() {
        List<Map<String, String>> rows = read(" slug , name \n  ha-giang ,  Hà Giang  \n");

        assertThat(rows.getFirst()).containsExactly(entry("slug", "ha-giang"), entry("name", "Hà Giang"));
    }

    @Test
    void rejectsARecordWithMoreFieldsThanTheHeaderNamingTheSource() {
        // An unquoted unit with a comma: the classic editing mistake the README warns about.
        String text = "unit\nNhiệm vụ\nCơ quan, đơn vị\n";

        assertThatThrownBy(() -> Csv.read(stream(text), "catalog/units.csv"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("catalog/units.csv: ")
                .hasMessageContaining("record 3 has 2 fields, the header has 1");
    }

    @Test
    void rejectsAnUnterminatedQuoteNamingTheSource() {
        assertThatThrownBy(() -> Csv.read(stream("unit\n\"Cơ quan, đơn vị\n"), "/tmp/fix/units.csv"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("/tmp/fix/units.csv: unterminated quoted field");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "slug,name", "slug,name\n", "\uFEFF", "slug,name\n\n\n"})
    void readsNoRowsFromAnEmptyFileOrAHeaderAlone(String text) {
        assertThat(read(text)).isEmpty();
    }

    @Test
    void closesTheStream() {
        AtomicBoolean closed = new AtomicBoolean();
        InputStream in = new ByteArrayInputStream("a\n1\n".getBytes(StandardCharsets.UTF_8)) {
            @Override
            public void close() {
                closed.set(true);
            }
        };

        Csv.read(in, "test.csv");

        assertThat(closed).isTrue();
    }

    @ParameterizedTest(name = "[{0}]")
    @CsvSource(delimiter = ';', textBlock = """
            TP.HCM|TP HCM|Sài Gòn     ; TP.HCM,TP HCM,Sài Gòn
            SKHĐT                     ; SKHĐT
            Thừa Thiên - Huế| TT Huế  ; Thừa Thiên - Huế,TT Huế
            a||b|                     ; a,b
            """)
    void splitsAListFieldAtBars(String field, String expected) {
        assertThat(Csv.list(field)).containsExactly(expected.split(","));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "|", " | "})
    void readsABlankListFieldAsNone(String field) {
        assertThat(Csv.list(field)).isEmpty();
    }
}
