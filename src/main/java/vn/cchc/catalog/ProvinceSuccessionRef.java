package vn.cchc.catalog;

import java.time.LocalDate;

/** A 2008 province and the 2025 province it became part of. */
public record ProvinceSuccessionRef(String oldSlug, String newSlug, LocalDate effective) {
}
