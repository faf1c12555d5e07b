package vn.cchc.ui.state;

import java.util.List;
import vn.cchc.analytics.Grain;
import vn.cchc.analytics.PeriodOption;

/**
 * What a view shows before the user chooses: the kind of period most reports were filed for, its
 * latest period with reports, and the eight periods of that kind up to it. Filled into the state, so the URL names them too.
 */
public final class Defaults {

    public static final int RANGE_LENGTH = 8;

    private Defaults() {
    }

    /**
     * The kind of period most reports were filed for: a warehouse of yearly reports opens on years,
     * one of quarterly reports on quarters (quarters win a tie).
     */
    static Grain dominantGrain(List<PeriodOption> periods) {
        java.util.Map<Grain, Integer> reports = new java.util.EnumMap<>(Grain.class);
        for (PeriodOption p : periods) {
            reports.merge(Grain.of(p.code()), p.reports(), Integer::sum);
        }
        Grain best = Grain.QUARTER;
        for (var e : reports.entrySet()) {
            if (e.getValue() > reports.getOrDefault(best, 0)) {
                best = e.getKey();
            }
        }
        return best;
    }

    public static ViewState resolve(ViewState state, List<PeriodOption> periods, String defaultMeasure) {
        ViewState s = state;
        if (s.measure() == null && defaultMeasure != null) {
            s = s.withMeasure(defaultMeasure);
        }
        // A link naming a period without its grain (period=2025-Q2) means that period's grain.
        String named = state.period() != null ? state.period() : state.from();
        Grain grain = state.grain() != null ? state.grain() : named != null ? Grain.of(named) : dominantGrain(periods);
        if (state.grain() == null && grain != Grain.QUARTER) {
            s = s.withGrain(grain);
        }
        List<String> codes = periods.stream().map(PeriodOption::code).filter(c -> Grain.of(c) == grain).toList();
        if (codes.isEmpty()) {
            return s;
        }
        if (s.period() == null || !codes.contains(s.period())) {
            s = s.withPeriod(codes.getLast());
        }
        if (s.to() == null || !codes.contains(s.to())) {
            s = s.withRange(s.from(), codes.getLast());
        }
        if (s.from() == null || !codes.contains(s.from()) || codes.indexOf(s.from()) > codes.indexOf(s.to())) {
            s = s.withRange(codes.get(Math.max(0, codes.indexOf(s.to()) - RANGE_LENGTH + 1)), s.to());
        }
        return s;
    }
}
