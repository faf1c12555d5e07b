package vn.cchc.analytics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Record;

/**
 * The reporting span of one unit ({@link ContinuingUnit}) for the rankings of agencies: shown as its
 * latest agency, its span from the first of its agencies' reports to the last.
 */
record UnitSpan(String unit, long agencyId, String agencyName, String province, LocalDate firstEnd, LocalDate lastEnd,
                boolean reportedNow) {

    static final String UNIT = "unit";

    /** One span per unit of {@link RankingService#agencySpans}'s rows (one per agency), in the rows' order. */
    static List<UnitSpan> fold(List<? extends Record> rows) {
        Map<String, UnitSpan> byUnit = new LinkedHashMap<>();
        for (Record r : rows) {
            UnitSpan agency = new UnitSpan(r.get(UNIT, String.class), r.get(FigureQuery.AR.AGENCY_ID.getName(), Long.class),
                    r.get(FigureQuery.AR.AGENCY_NAME.getName(), String.class), r.get("province", String.class),
                    r.get("first_end", LocalDate.class), r.get("last_end", LocalDate.class),
                    Boolean.TRUE.equals(r.get("reported_now", Boolean.class)));
            byUnit.merge(agency.unit(), agency, UnitSpan::with);
        }
        return new ArrayList<>(byUnit.values());
    }

    /** The two agencies' spans as one, shown as the one that reported last (on a tie, the newer agency). */
    private UnitSpan with(UnitSpan other) {
        int byEnd = other.lastEnd.compareTo(lastEnd);
        UnitSpan shown = byEnd > 0 || (byEnd == 0 && other.agencyId > agencyId) ? other : this;
        return new UnitSpan(unit, shown.agencyId, shown.agencyName, shown.province,
                firstEnd.isBefore(other.firstEnd) ? firstEnd : other.firstEnd, shown.lastEnd,
                reportedNow || other.reportedNow);
    }
}
