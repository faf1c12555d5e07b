package vn.cchc.ui.state;

import java.util.List;
import vn.cchc.analytics.Grain;
import vn.cchc.analytics.PeriodOption;

/**
 * What a view shows before the user chooses: the latest period of the chosen grain that has reports,
 * and the eight periods of that grain up to it. Filled into the state, so the URL names them too.
 */
public final class Defaults {

    public static final int RANGE_LENGTH = 8;

    private Defaults() {
    }

    public static ViewState resolve(ViewState state, List<PeriodOption> periods, String defaultMeasure) {
        ViewState s = state;
        if (s.measure() == null && defaultMeasure != null) {
            s = s.withMeasure(defaultMeasure);
        }
        List<String> codes = periods.stream().map(PeriodOption::code)
                .filter(c -> Grain.of(c) == (state.grain() == null ? Grain.QUARTER : state.grain())).toList();
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
