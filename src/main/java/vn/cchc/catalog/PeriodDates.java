package vn.cchc.catalog;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The first and last day of a reporting period by its code (2024-Q3, 2024-H1, 2024-9M, 2024-Y), as
 * the period table of the warehouse holds them: the loader dates a report's period with them, the
 * dashboard compares and orders periods with them.
 */
public final class PeriodDates {

    private PeriodDates() {
    }

    public static LocalDate start(String code) {
        int firstMonth = switch (kind(code)) {
            case "Q2" -> 4;
            case "Q3" -> 7;
            case "Q4" -> 10;
            default -> 1;
        };
        return LocalDate.of(year(code), firstMonth, 1);
    }

    public static LocalDate end(String code) {
        int lastMonth = switch (kind(code)) {
            case "Q1" -> 3;
            case "Q2", "H1" -> 6;
            case "Q3", "9M" -> 9;
            default -> 12;
        };
        return YearMonth.of(year(code), lastMonth).atEndOfMonth();
    }

    private static int year(String code) {
        return Integer.parseInt(code.substring(0, code.indexOf('-')));
    }

    private static String kind(String code) {
        return code.substring(code.indexOf('-') + 1);
    }
}
