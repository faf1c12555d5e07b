package vn.cchc.sample;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * A period a report covers: a quarter, the first half or the whole year. Every period is made of
 * whole quarters, so that a half-year's flows are the sum of its two quarters.
 */
public record ReportingPeriod(int year, Kind kind) {

    public enum Kind {
        Q1(1, 1), Q2(2, 2), H1(1, 2), Q3(3, 3), Q4(4, 4), Y(1, 4);

        final int firstQuarter;
        final int lastQuarter;

        Kind(int firstQuarter, int lastQuarter) {
            this.firstQuarter = firstQuarter;
            this.lastQuarter = lastQuarter;
        }
    }

    /** Every period of the years, in the order their reports are due (enum order within a year). */
    public static List<ReportingPeriod> between(int fromYear, int toYear) {
        List<ReportingPeriod> periods = new ArrayList<>();
        for (int y = fromYear; y <= toYear; y++) {
            for (Kind k : Kind.values()) {
                periods.add(new ReportingPeriod(y, k));
            }
        }
        return periods;
    }

    /** The warehouse's period code: 2021-Q1, 2024-H1, 2021-Y. */
    public String code() {
        return year + "-" + kind;
    }

    public int firstQuarter() {
        return kind.firstQuarter;
    }

    public int lastQuarter() {
        return kind.lastQuarter;
    }

    public LocalDate end() {
        return YearMonth.of(year, 3 * kind.lastQuarter).atEndOfMonth();
    }

    /** As a title names it: "quý II năm 2022", "6 tháng đầu năm 2024", "năm 2021". */
    public String phrase() {
        return switch (kind) {
            case Q1, Q2, Q3, Q4 -> "quý " + roman(kind.lastQuarter) + " năm " + year;
            case H1 -> "6 tháng đầu năm " + year;
            case Y -> "năm " + year;
        };
    }

    /** The period the "next tasks" part of a report is about: "quý III năm 2022", "6 tháng cuối năm 2024". */
    public String nextPhrase() {
        return switch (kind) {
            case Q1, Q2, Q3 -> "quý " + roman(kind.lastQuarter + 1) + " năm " + year;
            case Q4, Y -> "năm " + (year + 1);
            case H1 -> "6 tháng cuối năm " + year;
        };
    }

    static String roman(int quarter) {
        return switch (quarter) {
            case 1 -> "I";
            case 2 -> "II";
            case 3 -> "III";
            default -> "IV";
        };
    }
}
