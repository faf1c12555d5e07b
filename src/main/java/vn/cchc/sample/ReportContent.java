package vn.cchc.sample;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything one generated report says, before it is laid out in a text shape: who, when, the
 * document's number, date and signer, its appendix tables with the values written as text, and
 * the truth for the manifest.
 *
 * @param docNumber  "123/BC-SXD"
 * @param place      the place of the date line: the province, its capital, or the district
 * @param signer     the signature block's title lines ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC")
 * @param facts      a few of the period's figures the prose quotes
 */
record ReportContent(String fileName, Agency agency, ReportingPeriod period, String generation,
                     String docNumber, LocalDate date, String place, List<String> signer, String signerName,
                     List<AppendixTable> tables, List<ManifestValue> manifest, List<PlantedInconsistency> planted,
                     Facts facts) {

    /** Figures the prose mentions; null where the report has none. */
    record Facts(Long received, Long resolved, String ontimeRate, String onlineRate) {
    }
}
