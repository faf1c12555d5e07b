package vn.cchc.analytics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.cchc.catalog.Indicator.Accumulation;
import vn.cchc.catalog.PeriodDates;

/**
 * Period arithmetic on the warehouse's codes (2024-Q3, 2024-H1, 2024-9M, 2024-Y), without the
 * database: the period table holds every year 2010–2040 anyway.
 */
public final class PeriodCodes {

    /** The last day of the 63 provinces and of the district level (Nghị quyết 202/2025/QH15). */
    public static final LocalDate LAST_DAY_OF_THE_63 = LocalDate.of(2025, 6, 30);

    private PeriodCodes() {
    }

    public static int year(String code) {
        return Integer.parseInt(code.substring(0, code.indexOf('-')));
    }

    public static String kind(String code) {
        return code.substring(code.indexOf('-') + 1);
    }

    /**
     * The period a figure is compared with: the previous period of the same kind — the previous
     * quarter for a quarter (Q1 after the previous year's Q4), the previous year's H1, 9M or Y. A
     * cumulative ("lũy kế") value counts since January, so a quarter is compared with the same quarter
     * of the previous year: Q1's three months against Q4's twelve would be no comparison.
     */
    public static String previous(String code, Accumulation accumulation) {
        int year = year(code);
        String kind = kind(code);
        if (kind.startsWith("Q") && accumulation != Accumulation.CUMULATIVE) {
            int q = kind.charAt(1) - '0';
            return q == 1 ? (year - 1) + "-Q4" : year + "-Q" + (q - 1);
        }
        return (year - 1) + "-" + kind;
    }

    /** The periods of the grain from {@code from} to {@code to}, both included, in time order. */
    public static List<String> between(Grain grain, String from, String to) {
        List<String> codes = new ArrayList<>();
        for (int y = year(from); y <= year(to); y++) {
            for (String k : grain.kinds()) {
                String code = y + "-" + k;
                // By last day: a year "from 2025-Q1 to 2025-Q4" is 2025-Y; a half-year from 2024-Q3 is not 2024-H1.
                LocalDate end = PeriodDates.end(code);
                if (!end.isBefore(PeriodDates.start(from)) && !end.isAfter(PeriodDates.end(to))) {
                    codes.add(code);
                }
            }
        }
        return codes;
    }

    /** The {@code count} periods of the period's grain ending with it, in time order. */
    public static List<String> lastN(String code, int count) {
        List<String> codes = new ArrayList<>();
        String c = code;
        for (int i = 0; i < count; i++) {
            codes.addFirst(c);
            c = previous(c, Accumulation.PERIOD);
        }
        return codes;
    }

    /** Whether the period's reports are filed under the 34 provinces of 2025 (it ends after 2025-06-30). */
    public static boolean afterMerger(String code) {
        return PeriodDates.end(code).isAfter(LAST_DAY_OF_THE_63);
    }

    /** Sorts by the period's last month, then the shorter period first (Q2 before H1, Q4 before Y), as reports fall due. */
    static int order(String code) {
        int lastMonth = PeriodDates.end(code).getMonthValue();
        int longer = kind(code).startsWith("Q") ? 0 : 1;
        return year(code) * 100 + lastMonth * 2 + longer;
    }
}
