package vn.cchc.sample;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.cchc.catalog.Catalog;
import vn.cchc.catalog.Indicator;
import vn.cchc.catalog.Indicator.Accumulation;

/**
 * The true values of one agency's report for one period, as the manifest records them: flows
 * summed over the period's quarters, year-to-date totals and stocks as at its last quarter, every
 * rate the ratio of the period's own counts (100·numerator/denominator, two decimals), and NULL
 * for what the agency does not report (a department has no district dossiers; nobody reports
 * district statistics after the district level was abolished on 2025-07-01).
 *
 * <p>The People's Committee's report is the province's aggregate: its dossier counts (resolved,
 * on time, received, received online) and posts are the sums of its departments' and districts'
 * reports for the same period; its rates follow from those sums.
 */
final class PeriodValues {

    /** The 2021 template's online rates print no counts; the model keeps counts behind them anyway. */
    private static final Map<String, String[]> LATENT_RATES = Map.of(
            "dvc.online_rate.level3", new String[] {ActivityModel.ONLINE_LEVEL3, ActivityModel.RECEIVED_LEVEL3},
            "dvc.online_rate.level4", new String[] {ActivityModel.ONLINE_LEVEL4, ActivityModel.RECEIVED_LEVEL4});
    private static final List<String> LATENT_COUNTS = List.of(ActivityModel.RECEIVED_LEVEL3, ActivityModel.ONLINE_LEVEL3,
            ActivityModel.RECEIVED_LEVEL4, ActivityModel.ONLINE_LEVEL4);
    /** What the province's report adds up from its units' reports (scope .dept from departments, .district from districts). */
    private static final List<String> SUMMED_FROM_ALL_UNITS = List.of("dvc.received", "dvc.received_online",
            "staff.civil.assigned", "staff.civil.present", "staff.public.assigned", "staff.public.present",
            ActivityModel.RECEIVED_LEVEL3, ActivityModel.ONLINE_LEVEL3, ActivityModel.RECEIVED_LEVEL4, ActivityModel.ONLINE_LEVEL4);
    private static final List<String> DOSSIER_COUNTS = List.of("tthc.resolved", "tthc.ontime");

    private final Catalog catalog;
    private final ActivityModel activity;
    private final Randomness random;

    PeriodValues(Catalog catalog, ActivityModel activity, Randomness random) {
        this.catalog = catalog;
        this.activity = activity;
        this.random = random;
    }

    /** A report's true values; a key mapped to null is an indicator the agency does not report. */
    record Truth(Agency agency, ReportingPeriod period, Map<String, BigDecimal> values, Map<String, Double> latent) {

        BigDecimal get(String id) {
            return values.get(id);
        }
    }

    /** A department's or district's report. */
    Truth unit(Agency unit, ReportingPeriod period) {
        Map<String, Double> raw = aggregate(unit, period);
        return finish(unit, period, raw);
    }

    /** The People's Committee's report, from its own activity and its units' reports of the same period. */
    Truth province(Agency province, ReportingPeriod period, List<Truth> units) {
        Map<String, Double> raw = aggregate(province, period);
        List<Truth> departments = units.stream().filter(u -> u.agency().kind() == Agency.Kind.DEPARTMENT).toList();
        List<Truth> districts = units.stream().filter(u -> u.agency().kind() == Agency.Kind.DISTRICT).toList();
        for (String count : DOSSIER_COUNTS) {
            raw.put(count + ".dept", sum(departments, count + ".dept"));
            raw.put(count + ".district", districts.isEmpty() ? null : sum(districts, count + ".district"));
            if (!districts.isEmpty()) {
                // Communes belong to districts: the districts' reports hold them. Without districts
                // (from 2025-07-01) the province reports its communes itself.
                raw.put(count + ".commune", sum(districts, count + ".commune"));
            }
        }
        for (String id : SUMMED_FROM_ALL_UNITS) {
            raw.put(id, sum(units, id));
        }
        return finish(province, period, raw);
    }

    private static Double sum(List<Truth> units, String id) {
        double total = 0;
        for (Truth u : units) {
            BigDecimal v = u.values().get(id);
            Double latent = u.latent().get(id);
            if (v != null) {
                total += v.doubleValue();
            } else if (latent != null) {
                total += latent;
            }
        }
        return total;
    }

    /** The period's values from its quarters, rates left out. */
    private Map<String, Double> aggregate(Agency agency, ReportingPeriod period) {
        List<Map<String, Double>> quarters = new ArrayList<>();
        for (int q = period.firstQuarter(); q <= period.lastQuarter(); q++) {
            quarters.add(activity.quarter(agency, period.year(), q));
        }
        Map<String, Double> last = quarters.getLast();
        Map<String, Double> values = new HashMap<>();
        for (Indicator i : catalog.indicators()) {
            if (i.isRate() || !last.containsKey(i.id())) {
                continue;
            }
            values.put(i.id(), switch (i.accumulation()) {
                case PERIOD -> flow(i, quarters);
                case CUMULATIVE, SNAPSHOT -> last.get(i.id());
            });
        }
        for (String id : LATENT_COUNTS) {
            values.put(id, quarters.stream().mapToDouble(m -> m.get(id)).sum());
        }
        return values;
    }

    /**
     * A flow over several quarters: summed; a share without counts: their mean; things counted
     * within a stock (procedures that received online dossiers, of those offered): the largest
     * quarter's, since the same procedure may count in every quarter.
     */
    private double flow(Indicator i, List<Map<String, Double>> quarters) {
        if (i.kind() == Indicator.Kind.PERCENT) {
            return quarters.stream().mapToDouble(m -> m.get(i.id())).average().orElse(0);
        }
        if (i.kind() == Indicator.Kind.CODED) {
            return quarters.getLast().get(i.id());
        }
        boolean withinAStock = i.totalId() != null
                && catalog.indicator(i.totalId()).orElseThrow().accumulation() != Accumulation.PERIOD;
        return withinAStock
                ? quarters.stream().mapToDouble(m -> m.get(i.id())).max().orElse(0)
                : quarters.stream().mapToDouble(m -> m.get(i.id())).sum();
    }

    private Truth finish(Agency agency, ReportingPeriod period, Map<String, Double> raw) {
        Map<String, BigDecimal> values = new HashMap<>();
        for (Indicator i : catalog.indicators()) {
            if (i.isRate() || !raw.containsKey(i.id())) {
                continue;
            }
            Double v = raw.get(i.id());
            values.put(i.id(), v == null || !reports(agency, period, i.id()) ? null : number(agency, period, i, v));
        }
        for (Indicator i : catalog.indicators()) {
            if (i.isRate()) {
                values.put(i.id(), reports(agency, period, i.id())
                        ? rate(values.get(i.numeratorId()), values.get(i.denominatorId())) : null);
            }
        }
        LATENT_RATES.forEach((id, parts) -> values.put(id, rate(raw.get(parts[0]), raw.get(parts[1]))));
        Map<String, Double> latent = new HashMap<>();
        LATENT_COUNTS.forEach(id -> latent.put(id, raw.get(id)));
        return new Truth(agency, period, values, latent);
    }

    /**
     * Who reports what: a department has no district or commune dossiers, a district no
     * department's; nobody has a district level after 2025-06-30.
     */
    static boolean reports(Agency agency, ReportingPeriod period, String id) {
        String scope = id.substring(id.lastIndexOf('.') + 1);
        if (scope.equals("district") && period.end().isAfter(ProvinceRoster.LAST_DAY_OF_DISTRICTS)) {
            return false;
        }
        return switch (agency.kind()) {
            case DEPARTMENT -> !scope.equals("district") && !scope.equals("commune");
            case DISTRICT -> !scope.equals("dept") && !scope.equals("province");
            case PROVINCE -> true;
        };
    }

    /** Counts are whole, money has up to three decimals, a share without counts up to two. */
    private BigDecimal number(Agency agency, ReportingPeriod period, Indicator i, double v) {
        return switch (i.kind()) {
            case PERCENT -> {
                int decimals = random.pick(List.of(0, 1, 2, 2), "decimals", agency.key(), i.id(), period.code());
                yield BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
            }
            case MONEY -> BigDecimal.valueOf(v).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros();
            default -> BigDecimal.valueOf(Math.round(v));
        };
    }

    static BigDecimal rate(BigDecimal numerator, BigDecimal denominator) {
        if (numerator == null || denominator == null || denominator.signum() <= 0) {
            return null;
        }
        return numerator.multiply(BigDecimal.valueOf(100)).divide(denominator, 2, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    private static BigDecimal rate(Double numerator, Double denominator) {
        return numerator == null || denominator == null ? null
                : rate(BigDecimal.valueOf(Math.round(numerator)), BigDecimal.valueOf(Math.round(denominator)));
    }
}
