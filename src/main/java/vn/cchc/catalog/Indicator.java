package vn.cchc.catalog;

/**
 * One canonical statistic of the catalog (catalog/indicators.csv). Ids are the public contract
 * of the warehouse: {@code area.measure[.scope]}.
 *
 * @param numeratorId   for a rate, the indicator counting the successes
 * @param denominatorId for a rate, the indicator counting the whole
 * @param totalId       the total this part can never exceed
 * @param codes         for a coded answer, the code list as the template prints it
 * @param plausibleMax  the largest value a report can plausibly give (far above any real one: a
 *                      value over it is a typo or a hostile file, kept as text with a finding); null: no bound
 */
public record Indicator(String id, int area, String nameVi, String nameEn, String unit, Kind kind,
                        Boolean higherIsBetter, String numeratorId, String denominatorId,
                        String totalId, Accumulation accumulation, String codes, Double plausibleMax) {

    /** An indicator without a plausible bound. */
    public Indicator(String id, int area, String nameVi, String nameEn, String unit, Kind kind, Boolean higherIsBetter,
                     String numeratorId, String denominatorId, String totalId, Accumulation accumulation, String codes) {
        this(id, area, nameVi, nameEn, unit, kind, higherIsBetter, numeratorId, denominatorId, totalId, accumulation,
                codes, null);
    }

    public enum Kind { COUNT, PERCENT, MONEY, CODED, TEXT }

    /** Whether a value counts what happened in the period, since the year began, or stands at a date. */
    public enum Accumulation { PERIOD, CUMULATIVE, SNAPSHOT }

    public boolean isRate() {
        return kind == Kind.PERCENT && numeratorId != null && denominatorId != null;
    }
}
