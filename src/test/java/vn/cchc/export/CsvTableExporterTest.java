package vn.cchc.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTableExporterTest {

    private static final List<ExportColumn> COLUMNS = List.of(
            ExportColumn.text("Cơ quan", "Agency", 30),
            ExportColumn.of("Số hồ sơ", "Dossiers", ColumnType.INTEGER, 12),
            ExportColumn.of("Tỷ lệ (%)", "Rate (%)", ColumnType.PERCENT, 12),
            ExportColumn.text("Nguyên văn", "Raw", 20));

    private static String csv(List<List<Object>> rows, ExportLanguage lang) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long n = new CsvTableExporter().write(new ExportTable(COLUMNS, rows.iterator()), lang, out);
        assertThat(n).isEqualTo(rows.size());
        byte[] bytes = out.toByteArray();
        assertThat(Arrays.copyOf(bytes, 3)).as("UTF-8 byte-order mark for Excel")
                .containsExactly((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }

    @Test
    void headersNumbersAndEmptyForNotReported() throws IOException {
        String text = csv(List.of(Arrays.asList("Sở Xây dựng", 45700.0, 99.62, "99,62% (523/525)"),
                Arrays.asList("Sở Tư pháp", null, null, "-")), ExportLanguage.VI);
        assertThat(text).isEqualTo("Cơ quan,Số hồ sơ,Tỷ lệ (%),Nguyên văn\r\n"
                + "Sở Xây dựng,45700,99.62,\"99,62% (523/525)\"\r\n"
                + "Sở Tư pháp,,,'-\r\n");
    }

    @Test
    void englishHeaders() throws IOException {
        assertThat(csv(List.of(), ExportLanguage.EN)).isEqualTo("Agency,Dossiers,Rate (%),Raw\r\n");
    }

    @Test
    void formulaLookingTextGetsALeadingApostropheAndQuotesAreEscaped() throws IOException {
        String text = csv(List.of(Arrays.asList("=HYPERLINK(\"http://x\",\"y\")", -5, -1.5, "+84"),
                Arrays.asList("@SUM(A1)", 1, 1, "\tTab"), Arrays.asList("-2+3", 1, 1, "\rCR"),
                Arrays.asList("Sở \"A\"", 1, 1, "line\nbreak")), ExportLanguage.VI);
        List<String> lines = List.of(text.split("\r\n", -1));
        assertThat(lines.get(1)).as("numbers in numeric columns are not text: no apostrophe")
                .isEqualTo("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",-5,-1.5,'+84");
        assertThat(lines.get(2)).isEqualTo("'@SUM(A1),1,1,'\tTab");
        assertThat(lines.get(3)).isEqualTo("'-2+3,1,1,\"'\rCR\"");
        assertThat(text).contains("\"Sở \"\"A\"\"\",1,1,\"line\nbreak\"");
    }

    @Test
    void numbersAreWrittenExactlyWithoutExponent() {
        assertThat(CsvTableExporter.number(1234567890123.0)).isEqualTo("1234567890123");
        assertThat(CsvTableExporter.number(0.000001)).isEqualTo("0.000001");
        assertThat(CsvTableExporter.number(6786.875)).isEqualTo("6786.875");
        assertThat(CsvTableExporter.number(7L)).isEqualTo("7");
    }
}
