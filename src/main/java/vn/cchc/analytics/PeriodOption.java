package vn.cchc.analytics;

import java.time.LocalDate;

/** A period with current reports, for the period pickers. */
public record PeriodOption(String code, int year, String kind, LocalDate start, LocalDate end, int reports) {
}
