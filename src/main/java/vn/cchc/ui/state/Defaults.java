package vn.cchc.ui.state;

import java.util.List;
import vn.cchc.analytics.Grain;
import vn.cchc.analytics.OpeningChoice;
import vn.cchc.analytics.PeriodOption;

/**
 * What a view shows before the user chooses ({@link OpeningChoice}), filled into the state so that the
 * URL names it too; a link that names some filters keeps them and gets the rest.
 */
public final class Defaults {

    private Defaults() {
    }

    public static ViewState resolve(ViewState state, List<PeriodOption> periods, String defaultMeasure) {
        ViewState s = state;
        if (s.measure() == null && defaultMeasure != null) {
            s = s.withMeasure(defaultMeasure);
        }
        // A link naming a period without its grain (period=2025-Q2) means that period's grain.
        String named = state.period() != null ? state.period() : state.from();
        Grain grain = state.grain() != null ? state.grain() : named != null ? Grain.of(named) : OpeningChoice.dominantGrain(periods);
        if (state.grain() == null && grain != Grain.QUARTER) {
            s = s.withGrain(grain);
        }
        List<String> codes = OpeningChoice.codes(periods, grain);
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
            s = s.withRange(codes.get(Math.max(0, codes.indexOf(s.to()) - OpeningChoice.RANGE_LENGTH + 1)), s.to());
        }
        return s;
    }
}
