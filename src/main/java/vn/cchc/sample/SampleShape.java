package vn.cchc.sample;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which of the generated history's reports are written, as a real collection has them: up to the
 * last complete period, with some expected reports missing, and some filed twice — a late
 * correction that supersedes the first version when loaded after it.
 *
 * @param through        the last day a period may end on (null: every period of the years)
 * @param missingRate    the share of expected reports never filed (drawn per report from the seed)
 * @param correctionRate the share of reports followed by a corrected version (other noise, other bytes)
 * @param unitPeriods    the kinds of period departments and districts report; the People's
 *                       Committee's aggregate reports every kind of the settings
 */
public record SampleShape(LocalDate through, double missingRate, double correctionRate, Set<ReportingPeriod.Kind> unitPeriods) {

    /** Every report of every period, none missing, none corrected: the generator's own history. */
    public static final SampleShape COMPLETE = new SampleShape(null, 0, 0, EnumSet.allOf(ReportingPeriod.Kind.class));

    /** The suffix of a corrected version's file name ("sửa đổi": amended). */
    public static final String CORRECTED = "_sua-doi";

    public SampleShape {
        if (missingRate < 0 || missingRate >= 1 || correctionRate < 0 || correctionRate > 1) {
            throw new IllegalArgumentException("rates are shares between 0 and 1");
        }
        unitPeriods = Set.copyOf(unitPeriods);
    }

    /** Whether a period is complete by the cut-off day. */
    public boolean includes(ReportingPeriod period) {
        return through == null || !period.end().isAfter(through);
    }

    /** The last day of the last quarter complete on {@code today}. */
    public static LocalDate lastCompleteQuarterEnd(LocalDate today) {
        LocalDate quarterStart = today.withDayOfMonth(1).withMonth(((today.getMonthValue() - 1) / 3) * 3 + 1);
        return quarterStart.minusDays(1);
    }
}
