package vn.cchc.brief;

import java.time.LocalDate;

/**
 * Writes a briefing's facts as a one-page PDF or .docx in a language: the sentences, then the two
 * charts, dated with the period's last day.
 */
public final class Briefing {

    public enum Format { PDF, DOCX }

    private Briefing() {
    }

    public static byte[] write(BriefingFacts facts, BriefLanguage lang, Format format) {
        BriefingText text = new BriefingText(facts, lang);
        byte[] ranking = BriefCharts.ranking(facts, text, lang);
        byte[] trend = BriefCharts.trend(facts, text, lang);
        LocalDate day = vn.cchc.catalog.PeriodDates.end(facts.period());
        return switch (format) {
            case PDF -> new BriefPdf().write(text, ranking, trend, BriefPdf.dated(day));
            case DOCX -> new BriefDocx().write(text, ranking, trend, day);
        };
    }

    /** The file name a download offers: "ban-tin_quang-binh_2024-Q2.pdf". */
    public static String fileName(String scopeSlug, String period, Format format) {
        return "ban-tin_" + (scopeSlug == null ? "toan-quoc" : scopeSlug) + "_" + period + "."
                + format.name().toLowerCase(java.util.Locale.ROOT);
    }
}
