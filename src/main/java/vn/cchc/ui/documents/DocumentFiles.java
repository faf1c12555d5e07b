package vn.cchc.ui.documents;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.cchc.analytics.AgencyReports;
import vn.cchc.analytics.AgencyReportsQuery;
import vn.cchc.analytics.FilterOptionsService;
import vn.cchc.analytics.MeasureCatalog;
import vn.cchc.analytics.OverviewService;
import vn.cchc.analytics.RankingService;
import vn.cchc.analytics.TrendService;
import vn.cchc.brief.BriefLanguage;
import vn.cchc.brief.Briefing;
import vn.cchc.brief.BriefingSource;
import vn.cchc.compose.AppendixDocx;
import vn.cchc.compose.Composer;
import vn.cchc.compose.ProvinceAppendix;

/**
 * Makes the overview's documents from the view's state (validated codes and slugs, never report
 * text): the services read within the signed-in user's scope, so a province outside it is simply
 * not found.
 */
@Component
public class DocumentFiles {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String PDF = "application/pdf";
    /** The on-time rate below which the briefing lists a unit. */
    static final double THRESHOLD = 90;

    private final AgencyReportsQuery reports;
    private final FilterOptionsService options;
    private final BriefingSource briefing;
    private final Composer composer = Composer.bundled();

    public DocumentFiles(AgencyReportsQuery reports, FilterOptionsService options, OverviewService overview,
                         RankingService rankings, TrendService trends, MeasureCatalog measures) {
        this.reports = reports;
        this.options = options;
        this.briefing = new BriefingSource(overview, rankings, trends, reports, measures);
    }

    /** A file to download, with what the audit log says of it. */
    public record File(String name, String contentType, byte[] bytes, String detail) {
    }

    /**
     * The province as its reports of the period name it: the view's slug (of the chosen boundary) by
     * its name, in the boundary of the period. Empty when unknown or outside the user's scope.
     */
    private Optional<AgencyReports.Province> province(String slug, AgencyReports.Period period) {
        String name = options.provinceNames().get(slug);
        return name == null ? Optional.empty() : reports.province(name, period);
    }

    /** The composed appendix of a province (.docx); empty when the province or period is not found. */
    public Optional<File> composed(String provinceSlug, String periodCode) {
        Optional<AgencyReports.Period> period = reports.period(periodCode);
        Optional<AgencyReports.Province> province = period.flatMap(p -> province(provinceSlug, p));
        if (province.isEmpty()) {
            return Optional.empty();
        }
        AgencyReports in = reports.reports(province.get(), period.get());
        ProvinceAppendix appendix = composer.compose(in);
        return Optional.of(new File("bao-cao-tong-hop_" + province.get().slug() + "_" + period.get().code() + ".docx", DOCX,
                new AppendixDocx().write(appendix), "compose; province=" + province.get().slug() + ", period="
                + period.get().code() + "; agencies=" + in.units().size() + ", missing=" + in.missing().size()));
    }

    /** The briefing (PDF) of the country (null slug) or a province; empty when not found. */
    public Optional<File> briefing(String provinceSlug, String periodCode, BriefLanguage lang) {
        Optional<AgencyReports.Period> period = reports.period(periodCode);
        if (period.isEmpty()) {
            return Optional.empty();
        }
        AgencyReports.Province province = null;
        if (provinceSlug != null) {
            Optional<AgencyReports.Province> found = province(provinceSlug, period.get());
            if (found.isEmpty()) {
                return Optional.empty();
            }
            province = found.get();
        }
        byte[] pdf = Briefing.write(briefing.facts(province, period.get().code(), THRESHOLD), lang, Briefing.Format.PDF);
        String slug = province == null ? null : province.slug();
        return Optional.of(new File(Briefing.fileName(slug, period.get().code(), Briefing.Format.PDF), PDF, pdf,
                "brief; province=" + (slug == null ? "(country)" : slug) + ", period=" + period.get().code() + "; lang=" + lang));
    }
}
