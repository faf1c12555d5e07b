package vn.cchc.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cchc.catalog.Catalog;

/** Past a limit the report is cut and one finding says what was cut; the values before it are read as ever. */
class BoundedTextTest {

    private static final InputLimits LIMITS = new InputLimits(1 << 20, 1 << 20, 1 << 20, 2_000, 1 << 20, 1_000, 16,
            300, 60, Duration.ofSeconds(30));
    private static final ReportParser PARSER = new ReportParser(Catalog.bundled(), SeedAssertions.REFERENCE, LIMITS);

    private static ParsedReport parse(String appended) throws ReportReadException {
        String seed = new String(SeedDocuments.text("004"), StandardCharsets.UTF_8);
        return PARSER.parse("004.txt", (seed + appended).getBytes(StandardCharsets.UTF_8));
    }

    private static List<Finding> cuts(ParsedReport report) {
        return report.findings().stream().filter(f -> f.rule().equals("input_truncated")).toList();
    }

    @Test
    void aLineLongerThanTheLimitIsCutWithOneFinding() throws ReportReadException {
        ParsedReport report = parse("\n" + "Ghi chú ".repeat(2_000) + "\n" + "x".repeat(5_000));
        assertThat(cuts(report)).singleElement().satisfies(f -> assertThat(f.message())
                .startsWith("2 line(s) longer than 1,000 characters were cut there").contains("max-line-chars"));
        assertThat(SeedAssertions.values(report)).containsExactlyElementsOf(SeedAssertions.values(SeedAssertions.seed("004")));
    }

    @Test
    void aRowOfTooManyCellsLosesTheCellsPastTheLimitWithOneFinding() throws ReportReadException {
        ParsedReport report = parse("\n9.9.\tDòng rất rộng\tcái\t1" + "\tô".repeat(100));
        assertThat(cuts(report)).singleElement().satisfies(f -> assertThat(f.message())
                .startsWith("1 table row(s) had more than 16 cells").contains("max-cells-per-row"));
    }

    @Test
    void rowsPastTheLimitAndFindingsPastTheLimitAreCountedNotStored() throws ReportReadException {
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            rows.append("\n99.").append(i).append(".\tDòng lạ số ").append(i).append(" không thuộc mẫu nào\tcái\t1\t");
        }
        ParsedReport report = parse(rows.toString());
        assertThat(report.findings()).hasSize(60);
        assertThat(cuts(report)).hasSize(2);
        assertThat(cuts(report).getFirst().message()).contains("over the limit of 300").contains("were not read");
        assertThat(report.findings().getLast().message()).contains("more findings were not stored").contains("unmatched_row=");
    }

    @Test
    void moreLinesThanTheLimitRefuseTheFile() {
        assertThatThrownBy(() -> parse("\n".repeat(3_000))).isInstanceOf(ReportReadException.class)
                .hasMessageContaining("over the limit of 2,000").hasMessageContaining("max-lines");
    }

    @Test
    void aParsePastItsTimeLimitEndsWithAClearReasonInEveryFormat() {
        InputLimits instant = new InputLimits(1 << 20, 1 << 20, 1 << 20, 2_000, 1 << 20, 1_000, 16, 300, 60,
                Duration.ofNanos(1));
        ReportParser hurried = new ReportParser(Catalog.bundled(), SeedAssertions.REFERENCE, instant);
        for (byte[] file : List.of(SeedDocuments.text("004"), SeedDocuments.docx("004"), SeedDocuments.xlsx("004"))) {
            assertThatThrownBy(() -> hurried.parse("r", file)).isInstanceOf(ReportReadException.class)
                    .hasMessage("stopped: reading took longer than 0 ms (setting cchc.limits.max-parse-seconds)");
        }
    }
}
