package vn.cchc.analytics;

import java.util.Set;
import java.util.TreeSet;

/**
 * Which provinces' reports a reader may see: the whole country, or a set of the 34 provinces of
 * 2025 (each covering its 2008 predecessors' history, e.g. Tuyên Quang covers Hà Giang before
 * 2025-07-01). Deny by default: an empty set sees nothing, never everything.
 *
 * @param provinces         2025 province slugs; ignored when {@code countryWide}
 * @param nationalBenchmark a scoped reader may also see one national figure per measure (an
 *                          admin's switch), never a per-province breakdown
 */
public record AccessScope(boolean countryWide, Set<String> provinces, boolean nationalBenchmark) {

    public AccessScope {
        provinces = countryWide ? Set.of() : Set.copyOf(new TreeSet<>(provinces));
    }

    public static AccessScope country() {
        return new AccessScope(true, Set.of(), false);
    }

    public static AccessScope none() {
        return new AccessScope(false, Set.of(), false);
    }

    public static AccessScope provinces(Set<String> slugs2025) {
        return new AccessScope(false, slugs2025, false);
    }

    public AccessScope withNationalBenchmark(boolean on) {
        return new AccessScope(countryWide, provinces, on);
    }

    /** Sees nothing at all. */
    public boolean isEmpty() {
        return !countryWide && provinces.isEmpty();
    }

    /** Whether the reader may see the one national figure of a measure (whole country, or the benchmark). */
    public boolean seesNationalFigure() {
        return countryWide || (nationalBenchmark && !provinces.isEmpty());
    }
}
