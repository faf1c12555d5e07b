package vn.cchc.brief;

import java.util.ArrayList;
import java.util.List;
import vn.cchc.compose.PeriodWords;

/**
 * The briefing's sentences: templates filled with the facts' figures, each formatted for the
 * language. A sentence never claims more than the numbers show: a change within ±0.5 points is
 * "giữ ổn định", a figure not reported says so, an empty list says there is none.
 */
public final class BriefingText {

    /** Names listed before "and N more": keeps the page to one. */
    static final int LISTED = 6;

    private final BriefingFacts f;
    private final BriefLanguage lang;

    public BriefingText(BriefingFacts facts, BriefLanguage lang) {
        this.f = facts;
        this.lang = lang;
    }

    public String title() {
        return lang.pick("BẢN TIN CẢI CÁCH HÀNH CHÍNH", "ADMINISTRATIVE REFORM BRIEFING");
    }

    public String subtitle() {
        String where = f.scopeName() == null ? lang.pick("Toàn quốc", "Whole country") : f.scopeName();
        return where + " — " + period(f.period()) + lang.pick(" (tự động lập từ dữ liệu, chưa qua biên tập)",
                " (written from the data alone, unedited)");
    }

    String period(String code) {
        return lang == BriefLanguage.VI ? PeriodWords.vi(code) : PeriodWords.en(code);
    }

    public String headlinesHeading() {
        return lang.pick("1. Ba chỉ số chính", "1. The three headline rates");
    }

    /** One sentence per headline rate. */
    public List<String> headlines() {
        List<String> out = new ArrayList<>();
        for (BriefingFacts.Headline h : f.headlines()) {
            String name = lang.pick(h.nameVi(), h.nameEn());
            if (h.value() == null) {
                out.add(name + lang.pick(": chưa có số liệu " + period(f.period()) + ".",
                        ": not reported for " + period(f.period()) + "."));
                continue;
            }
            String value = lang.percent(h.value());
            String compared;
            if (h.change() == null) {
                compared = lang.pick("; chưa có số liệu " + period(f.previousPeriod()) + " để so sánh",
                        "; no figure for " + period(f.previousPeriod()) + " to compare with");
            } else if (Math.abs(h.change()) <= BriefingSource.STABLE) {
                compared = lang.pick(", giữ ổn định so với " + period(f.previousPeriod()) + " (" + lang.percent(h.previous()) + ")",
                        ", stable against " + period(f.previousPeriod()) + " (" + lang.percent(h.previous()) + ")");
            } else {
                boolean up = h.change() > 0;
                compared = lang.pick((up ? ", tăng " : ", giảm ") + lang.points(h.change()) + " điểm % so với "
                                + period(f.previousPeriod()) + " (" + lang.percent(h.previous()) + ")",
                        (up ? ", up " : ", down ") + lang.points(h.change()) + " points on " + period(f.previousPeriod())
                                + " (" + lang.percent(h.previous()) + ")");
            }
            out.add(name + lang.pick(" đạt ", ": ") + value + compared + ".");
        }
        return out;
    }

    public String moversHeading() {
        return lang.pick("2. Biến động: ", "2. Movers: ") + lang.pick(f.rankingNameVi(), f.rankingNameEn()) + " (" + unitsWord() + ")";
    }

    private String unitsWord() {
        return f.unitKind().equals("province") ? lang.pick("so sánh giữa các tỉnh", "provinces compared with provinces")
                : lang.pick("so sánh giữa các sở, ngành", "departments compared with departments");
    }

    public List<String> movers() {
        List<String> out = new ArrayList<>();
        String since = period(f.previousPeriod());
        out.add(f.up().isEmpty()
                ? lang.pick("Không có đơn vị nào tăng quá 0,5 điểm so với " + since + ".",
                        "No unit rose by more than 0.5 points on " + since + ".")
                : lang.pick("Tăng nhiều nhất so với " + since + ": ", "Biggest rises on " + since + ": ")
                        + moverList(f.up(), "+") + ".");
        out.add(f.down().isEmpty()
                ? lang.pick("Không có đơn vị nào giảm quá 0,5 điểm so với " + since + ".",
                        "No unit fell by more than 0.5 points on " + since + ".")
                : lang.pick("Giảm nhiều nhất so với " + since + ": ", "Biggest falls on " + since + ": ")
                        + moverList(f.down(), "−") + ".");
        return out;
    }

    private String moverList(List<BriefingFacts.Mover> movers, String sign) {
        List<String> parts = new ArrayList<>();
        for (BriefingFacts.Mover m : movers) {
            parts.add(m.name() + " (" + sign + lang.points(m.change()) + lang.pick(" điểm, ", " points, ")
                    + lang.percent(m.now()) + ")");
        }
        return String.join("; ", parts);
    }

    public String laggardsHeading() {
        return lang.pick("3. Dưới ngưỡng " + lang.percent(f.threshold()), "3. Below " + lang.percent(f.threshold()));
    }

    public String laggards() {
        if (f.ranking().isEmpty()) {
            return lang.pick("Chưa có đơn vị nào có số liệu để so với ngưỡng.", "No unit has a figure to compare with the threshold.");
        }
        if (f.laggards().isEmpty()) {
            return lang.pick("Không có đơn vị nào dưới ngưỡng " + lang.percent(f.threshold()) + ".",
                    "No unit is below " + lang.percent(f.threshold()) + ".");
        }
        List<String> names = f.laggards().stream().map(u -> u.name() + " (" + lang.percent(u.value()) + ")").toList();
        return lang.pick(f.laggards().size() + " đơn vị dưới ngưỡng: ", f.laggards().size() + " below the threshold: ")
                + listed(names) + ".";
    }

    public String missingHeading() {
        return lang.pick("4. Chưa gửi báo cáo", "4. Not reported");
    }

    public String missing() {
        if (f.notReported().isEmpty()) {
            return lang.pick("Tất cả các đơn vị đã gửi báo cáo " + period(f.period()) + ".",
                    "Every unit has reported for " + period(f.period()) + ".");
        }
        return lang.pick(f.notReported().size() + " đơn vị chưa gửi báo cáo " + period(f.period()) + ": ",
                f.notReported().size() + " units have not reported for " + period(f.period()) + ": ") + listed(f.notReported()) + ".";
    }

    public String warningsHeading() {
        return lang.pick("5. Cảnh báo chất lượng dữ liệu liên quan", "5. Data-quality warnings on these figures");
    }

    public String warnings() {
        if (f.warnings().isEmpty()) {
            return lang.pick("Không có cảnh báo nào về các số liệu trên.", "No warning touches these figures.");
        }
        List<String> parts = f.warnings().stream().map(w -> w.rule() + ": " + w.findings()
                + lang.pick(" cảnh báo ở " + w.reports() + " cơ quan (ví dụ " + w.example() + ")",
                " warnings in " + w.reports() + " agencies (e.g. " + w.example() + ")")).toList();
        return listed(parts) + ".";
    }

    public String rankingChartTitle() {
        return lang.pick(f.rankingNameVi(), f.rankingNameEn()) + " — " + period(f.period());
    }

    public String trendChartTitle() {
        return lang.pick("Xu hướng " + TrendWords.PERIODS + " kỳ", "Trend over " + TrendWords.PERIODS + " periods");
    }

    public String footer() {
        return lang.pick("Nguồn: kho dữ liệu CCHC Analytics; tỷ lệ là tổng tử số / tổng mẫu số. Thay đổi trong khoảng ±0,5 điểm được coi là giữ ổn định.",
                "Source: the CCHC Analytics warehouse; rates are ratios of sums. A change within ±0.5 points counts as stable.");
    }

    private String listed(List<String> items) {
        if (items.size() <= LISTED) {
            return String.join("; ", items);
        }
        return String.join("; ", items.subList(0, LISTED))
                + lang.pick(" và " + (items.size() - LISTED) + " đơn vị khác", " and " + (items.size() - LISTED) + " more");
    }

    /** How many periods the trend chart shows. */
    static final class TrendWords {
        static final int PERIODS = BriefingSource.TREND_PERIODS;

        private TrendWords() {
        }
    }
}
