package vn.cchc.sample;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * One generated report: its file (name unique in the history, folder by year), its bytes, and the
 * truth the loader must read back from it.
 *
 * @param folder     the sub-folder of the output's report folder: the year
 * @param date       the date of its date line; a binary file's own dates are this day too
 * @param generation the template generation it is written in: "2021" or "2023"
 * @param shape      the text shape of a .txt report; null for .docx, .xlsx and .pdf
 * @param bytes      the file's content (UTF-8 text for .txt)
 */
public record GeneratedReport(String fileName, String folder, Agency agency, ReportingPeriod period, LocalDate date,
                              String generation, FileFormat format, TextShape shape, byte[] bytes, List<ManifestValue> values,
                              List<PlantedInconsistency> planted) {

    /** The province name as indicator_values shows it. */
    public String provinceName() {
        return agency.province().name();
    }

    /**
     * The text of a .txt report.
     *
     * @throws IllegalStateException for a binary format, whose text only its reader can give
     */
    public String text() {
        if (format != FileFormat.TXT) {
            throw new IllegalStateException(fileName + " is a ." + format.extension() + " file, not text");
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
