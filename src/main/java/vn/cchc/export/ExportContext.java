package vn.cchc.export;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

/**
 * What an export was made from, for its "Bộ lọc" sheet: whoever reads the file months later sees
 * which filters, period and drill level produced it, when, by whom, and from which reports.
 *
 * @param title       what the table is, e.g. the indicator's name
 * @param filters     the filters as the user set them, label and value, in display order
 * @param period      the period or period range, as shown to the user (null when none)
 * @param drillLevel  the drill level, e.g. "Tỉnh" / "Sở, ngành" (null when none)
 * @param sourceFiles report file names known up front; those of the rows' source column are added
 */
public record ExportContext(String title, List<Filter> filters, String period, String drillLevel,
        ZonedDateTime exportedAt, String user, List<String> sourceFiles) {

    /** One filter as shown to the user. */
    public record Filter(String label, String value) {
        public Filter {
            Objects.requireNonNull(label);
        }
    }

    public ExportContext {
        filters = List.copyOf(filters);
        sourceFiles = List.copyOf(sourceFiles);
        Objects.requireNonNull(exportedAt);
    }
}
