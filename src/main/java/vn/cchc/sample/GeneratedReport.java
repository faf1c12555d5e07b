package vn.cchc.sample;

import java.util.List;

/**
 * One generated report: its file (name unique in the history, folder by year), its text, and the
 * truth the loader must read back from it.
 *
 * @param folder     the sub-folder of the output's report folder: the year
 * @param generation the template generation it is written in: "2021" or "2023"
 */
public record GeneratedReport(String fileName, String folder, Agency agency, ReportingPeriod period, String generation,
                              TextShape shape, String text, List<ManifestValue> values,
                              List<PlantedInconsistency> planted) {

    /** The province name as indicator_values shows it. */
    public String provinceName() {
        return agency.province().name();
    }
}
