package vn.cchc.catalog;

import java.time.LocalDate;
import java.util.List;

/**
 * A province or centrally-run city of one generation: the 63 of 2008 (until 2025-06-30) or the
 * 34 from 2025-07-01.
 *
 * @param places towns whose name a report's place-and-date line may use instead of the province's
 */
public record ProvinceRef(String slug, String name, String generation, LocalDate validFrom, LocalDate validTo,
                          String region, List<String> aliases, List<String> places) {

    public boolean validOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
    }
}
