package vn.cchc.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The data files are read by column name, never by position: a corrected copy whose columns are in
 * another order, with a column the readers do not know, reads as the bundled file does.
 */
class DataFilesByHeaderTest {

    @TempDir
    Path dir;

    /** The bundled file with its columns reversed and a column "remark" added in the middle. */
    private void reorderedCopy(String folder, String file) throws IOException {
        List<java.util.Map<String, String>> rows = DataFiles.bundled(folder).rows(file);
        List<String> header = new ArrayList<>(rows.getFirst().keySet());
        Collections.reverse(header);
        header.add(header.size() / 2, "remark");
        StringBuilder text = new StringBuilder(String.join(",", header)).append('\n');
        for (var row : rows) {
            text.append(String.join(",", header.stream().map(h -> quoted(h.equals("remark") ? "thêm, cột" : row.get(h))).toList()))
                    .append("\r\n");
        }
        Files.createDirectories(dir.resolve(folder));
        Files.writeString(dir.resolve(folder).resolve(file), text, StandardCharsets.UTF_8);
    }

    private static String quoted(String field) {
        return "\"" + field.replace("\"", "\"\"") + "\"";
    }

    @Test
    void referenceDataReadsTheSameWhateverTheColumnOrder() throws IOException {
        for (String file : Arrays.asList("provinces.csv", "province_succession.csv", "department_types.csv",
                "department_lineage.csv", "agency_kinds.csv")) {
            reorderedCopy("reference", file);
        }
        ReferenceData bundled = ReferenceData.bundled();
        ReferenceData reordered = ReferenceData.load(DataFiles.in(dir, "reference"));

        assertThat(reordered.provinces()).isEqualTo(bundled.provinces());
        assertThat(reordered.departments()).isEqualTo(bundled.departments());
        assertThat(reordered.lineage()).isEqualTo(bundled.lineage());
        assertThat(reordered.successorSlugs()).isEqualTo(bundled.successorSlugs());
    }

    @Test
    void theCatalogReadsTheSameWhateverTheColumnOrder() throws IOException {
        for (String file : Arrays.asList("indicators.csv", "aliases.csv", "sections.csv", "units.csv")) {
            reorderedCopy("catalog", file);
        }
        Catalog bundled = Catalog.bundled();
        Catalog reordered = Catalog.load(DataFiles.in(dir, "catalog"));

        assertThat(reordered.indicators()).isEqualTo(bundled.indicators());
    }
}
