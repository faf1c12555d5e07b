package vn.cchc.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.warehouse.SeedReports;

/**
 * The export command as a scheduled job runs it: the five real seeds loaded into a real DuckDB file
 * by the load command, exported, and the files reopened with POI. Expected values come from
 * seeds/expected.csv, the same truth the loader is tested against.
 */
class ExportCommandIT {

    private static final String RATE = "tthc.ontime_rate.dept";
    private static final List<String> SEEDS = SeedReports.FILES;

    @TempDir
    static Path shared;
    static Path db;
    /** seed file → key → expected value (NULL as null). */
    static Map<String, Map<String, String>> expected = new HashMap<>();

    @TempDir
    Path tmp;

    @BeforeAll
    static void loadSeeds() throws IOException {
        Path reports = SeedReports.copyTo(shared.resolve("reports"));
        db = shared.resolve("w.duckdb");
        CliRun load = CliRun.of("load", "--db", db.toString(), reports.toString());
        assertThat(load.exit()).as(load.err()).isZero();
        SeedReports.expected().forEach(r -> expected.computeIfAbsent(r.get("seed"), k -> new HashMap<>())
                .put(r.get("key"), "NULL".equals(r.get("expected")) ? null : r.get("expected")));
    }

    private static Double expectedNumber(String seed, String key) {
        String v = expected.get(seed).get(key);
        return v == null ? null : Double.valueOf(v);
    }

    private static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static String filterValue(XSSFSheet filters, String label) {
        for (Row r : filters) {
            if (r.getCell(0) != null && label.equals(r.getCell(0).getStringCellValue())) {
                return r.getCell(1) == null ? null : r.getCell(1).toString();
            }
        }
        throw new AssertionError("no line " + label);
    }

    /** Source file names listed under the heading at the end of the filters sheet. */
    private static List<String> sourceFiles(XSSFSheet filters) {
        List<String> files = new ArrayList<>();
        boolean under = false;
        for (Row r : filters) {
            Cell a = r.getCell(0);
            if (under && r.getCell(1) != null) {
                files.add(r.getCell(1).getStringCellValue());
            }
            if (a != null && a.getStringCellValue().startsWith("Báo cáo nguồn")) {
                under = true;
            }
        }
        return files;
    }

    private CliRun export(String... args) {
        List<String> all = new ArrayList<>(List.of("export", "--db", db.toString()));
        all.addAll(List.of(args));
        return CliRun.of(all.toArray(String[]::new));
    }

    @Test
    void exportsEveryValueOfAnIndicatorWithTheFiltersSheet() throws IOException {
        Path file = tmp.resolve("rate.xlsx");
        CliRun run = export("--indicator", RATE, "--out", file.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("Đã xuất 5 dòng (xlsx)");

        try (XSSFWorkbook wb = open(file)) {
            XSSFSheet data = wb.getSheet("Dữ liệu");
            assertThat(data.getRow(0).getCell(6).getStringCellValue()).isEqualTo("Giá trị (%)");
            assertThat(data.getLastRowNum()).isEqualTo(5);
            for (int r = 1; r <= 5; r++) {
                XSSFRow row = data.getRow(r);
                String seed = row.getCell(8).getStringCellValue();
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo(expected.get(seed).get("meta.province"));
                assertThat(row.getCell(2).getStringCellValue()).isEqualTo(expected.get(seed).get("meta.agency"));
                assertThat(row.getCell(4).getStringCellValue()).isEqualTo(expected.get(seed).get("meta.period"));
                assertThat(row.getCell(5).getStringCellValue()).isEqualTo(RATE);
                Cell value = row.getCell(6);
                assertThat(value.getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(value.getCellStyle().getDataFormatString()).isEqualTo("0.00\\ %");
                assertThat(value.getNumericCellValue() * 100).isCloseTo(expectedNumber(seed, RATE), within(1e-9));
                assertThat(row.getCell(7).getCellType()).as("raw text kept").isEqualTo(CellType.STRING);
                assertThat(row.getCell(9).getNumericCellValue()).as("source line").isPositive();
            }
            assertThat(data.getPaneInformation().isFreezePane()).isTrue();
            assertThat(data.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:J6");

            XSSFSheet filters = wb.getSheetAt(1);
            assertThat(filters.getSheetName()).isEqualTo("Bộ lọc");
            assertThat(filterValue(filters, "Chỉ tiêu")).isEqualTo(RATE);
            assertThat(filterValue(filters, "Kỳ báo cáo")).isEqualTo("Tất cả các kỳ");
            assertThat(filterValue(filters, "Người xuất")).isEqualTo(System.getProperty("user.name"));
            assertThat(filterValue(filters, "Kho dữ liệu")).isEqualTo("w.duckdb");
            assertThat(sourceFiles(filters)).containsExactlyElementsOf(new TreeSet<>(SEEDS));
        }
    }

    @Test
    void aNotReportedValueIsAnEmptyCellNeverZero() throws IOException {
        String seed = SEEDS.get(0);
        assertThat(expected.get(seed)).containsEntry("tthc.ontime_rate.district", null);
        Path file = tmp.resolve("district.xlsx");
        CliRun run = export("--indicator", "tthc.ontime_rate.district", "--province", "tuyen-quang", "--out", file.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        try (XSSFWorkbook wb = open(file)) {
            XSSFRow row = wb.getSheetAt(0).getRow(1);
            assertThat(row.getCell(8).getStringCellValue()).isEqualTo(seed);
            assertThat(row.getCell(6)).isNull();
        }
    }

    @Test
    void provinceFilterFollowsTheBoundaryAskedFor() throws IOException {
        // Quảng Bình and Quảng Trị merged into Quảng Trị (2025): the 34-province name covers both histories.
        assertThat(rows("--province", "Quảng Trị")).containsExactlyInAnyOrder(SEEDS.get(1), SEEDS.get(3));
        assertThat(rows("--province", "quang tri", "--boundary", "34")).containsExactlyInAnyOrder(SEEDS.get(1), SEEDS.get(3));
        assertThat(rows("--province", "Quảng Trị", "--boundary", "63")).containsExactly(SEEDS.get(3));
        assertThat(rows("--province", "quang-binh")).containsExactly(SEEDS.get(1));
    }

    @Test
    void periodRangeKindAndAgencyFilters() throws IOException {
        assertThat(rows("--from", "2023-Q1", "--to", "2023-Y")).containsExactlyInAnyOrder(SEEDS.get(3), SEEDS.get(4));
        // A period is in the range when its days are: the 2021 annual report ends with 2021-Q4.
        assertThat(rows("--to", "2021-Q4")).containsExactlyInAnyOrder(SEEDS.get(0), SEEDS.get(1), SEEDS.get(2));
        assertThat(rows("--to", "2021-Q3")).containsExactlyInAnyOrder(SEEDS.get(0), SEEDS.get(1));
        assertThat(rows("--kind", "province")).containsExactly(SEEDS.get(4));
        assertThat(rows("--agency", "xây dựng")).containsExactly(SEEDS.get(1));
    }

    /** Source files of the rows a filtered export holds, via CSV this time. */
    private List<String> rows(String... filters) throws IOException {
        Path file = Files.createTempFile(tmp, "f", ".csv");
        Files.delete(file);
        List<String> args = new ArrayList<>(List.of("--indicator", RATE, "--out", file.toString()));
        args.addAll(List.of(filters));
        CliRun run = export(args.toArray(String[]::new));
        assertThat(run.exit()).as(run.err()).isZero();
        // The raw text column may hold quoted commas ("99,62% (523/525)"): find the file name instead of splitting.
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().skip(1)
                .map(l -> SEEDS.stream().filter(s -> l.contains("," + s + ",")).findFirst().orElseThrow()).toList();
    }

    @Test
    void csvHasABomEnglishHeadersAndPercentagesAsWritten() throws IOException {
        Path file = tmp.resolve("rate.csv");
        CliRun run = export("--indicator", RATE, "--out", file.toString(), "--lang", "en");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("Exported 5 rows (CSV)");
        byte[] bytes = Files.readAllBytes(file);
        assertThat(new String(bytes, 0, 3, StandardCharsets.ISO_8859_1)).isEqualTo("\u00EF\u00BB\u00BF");
        List<String> lines = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).startsWith("Province (when reported),Province now,Agency,");
        String quangBinh = lines.stream().filter(l -> l.contains(SEEDS.get(1))).findFirst().orElseThrow();
        assertThat(quangBinh).contains("," + expected.get(SEEDS.get(1)).get(RATE) + ",");
    }

    @Test
    void pivotTotalsAreRatiosOfSumsWhereReportsGiveTheParts() throws IOException {
        Path file = tmp.resolve("pivot.xlsx");
        CliRun run = export("--indicator", RATE, "--pivot", "--out", file.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        // period → [Σ numerators, Σ denominators, Σ rates, reports, reports without parts], from expected.csv
        Map<String, double[]> byPeriod = new TreeMap<>();
        for (String seed : SEEDS) {
            Map<String, String> e = expected.get(seed);
            double[] t = byPeriod.computeIfAbsent(e.get("meta.period"), k -> new double[5]);
            Double num = expectedNumber(seed, "tthc.ontime.dept");
            Double den = expectedNumber(seed, "tthc.resolved.dept");
            t[2] += expectedNumber(seed, RATE);
            t[3]++;
            if (num != null && den != null) {
                t[0] += num;
                t[1] += den;
            } else {
                t[4]++;
            }
        }
        try (XSSFWorkbook wb = open(file)) {
            XSSFSheet pivot = wb.getSheet("Bảng chéo");
            XSSFRow header = pivot.getRow(0);
            List<String> periods = new ArrayList<>();
            for (int c = 2; c < header.getLastCellNum(); c++) {
                periods.add(header.getCell(c).getStringCellValue());
            }
            assertThat(periods).as("calendar order").containsExactly("2021-Q1", "2021-Y", "2023-Q1", "2023-Q3");
            assertThat(pivot.getLastRowNum()).as("5 agencies + totals").isEqualTo(6);
            XSSFRow totals = pivot.getRow(6);
            assertThat(totals.getCell(0).getStringCellValue()).isEqualTo("Tổng cộng");
            boolean ratioSeen = false;
            for (int c = 0; c < periods.size(); c++) {
                double[] t = byPeriod.get(periods.get(c));
                Cell cell = totals.getCell(c + 2);
                double expectedTotal = t[4] == 0 ? 100 * t[0] / t[1] : t[2] / t[3];
                assertThat(cell.getNumericCellValue() * 100).as(periods.get(c)).isCloseTo(expectedTotal, within(1e-9));
                assertThat(cell.getCellComment() != null).as("mean flagged in " + periods.get(c)).isEqualTo(t[4] > 0);
                ratioSeen |= t[4] == 0;
            }
            assertThat(ratioSeen).as("the seeds exercise a ratio of sums").isTrue();
            assertThat(sourceFiles(wb.getSheet("Bộ lọc"))).containsExactlyElementsOf(new TreeSet<>(SEEDS));
        }
    }

    @Test
    void unknownIndicatorListsCloseIdsAndExitsTwo() {
        CliRun run = export("--indicator", "tthc.ontime_rate.dep", "--out", tmp.resolve("x.xlsx").toString(), "--lang", "en");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("No indicator tthc.ontime_rate.dep in the catalog").contains("tthc.ontime_rate.dept");
        assertThat(tmp.resolve("x.xlsx")).doesNotExist();
    }

    @Test
    void usageErrorsExitTwo() {
        String out = tmp.resolve("x.xlsx").toString();
        assertThat(export("--indicator", RATE, "--out", out, "--from", "2023-Q5").exit()).isEqualTo(2);
        assertThat(export("--indicator", RATE, "--out", out, "--province", "Atlantis").exit()).isEqualTo(2);
        assertThat(export("--indicator", RATE, "--out", out, "--kind", "ministry").exit()).isEqualTo(2);
        assertThat(export("--indicator", RATE, "--out", out, "--boundary", "62", "--province", "x").exit()).isEqualTo(2);
        assertThat(export("--indicator", RATE).err()).contains("--out FILE is required");
        assertThat(export("--indicator", RATE, "--out", out, "--from", "2024-Q1", "--to", "2023-Q1").exit()).isEqualTo(2);
        CliRun noDb = CliRun.of("export", "--db", tmp.resolve("none.duckdb").toString(), "--indicator", RATE, "--out", out);
        assertThat(noDb.exit()).isEqualTo(2);
        assertThat(tmp.resolve("none.duckdb")).as("a mistyped --db creates no warehouse").doesNotExist();
    }

    @Test
    void refusesToOverwriteWithoutForce() throws IOException {
        Path file = tmp.resolve("keep.xlsx");
        Files.writeString(file, "precious");
        CliRun run = export("--indicator", RATE, "--out", file.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--force");
        assertThat(Files.readString(file)).isEqualTo("precious");

        CliRun forced = export("--indicator", RATE, "--out", file.toString(), "--force");
        assertThat(forced.exit()).as(forced.err()).isZero();
        try (XSSFWorkbook wb = open(file)) {
            assertThat(wb.getSheetAt(0).getLastRowNum()).isEqualTo(5);
        }
        try (var files = Files.list(tmp)) {
            assertThat(files.map(p -> p.getFileName().toString())).as("no .part left behind").containsExactly("keep.xlsx");
        }
    }
}
