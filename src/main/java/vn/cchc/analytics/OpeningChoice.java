package vn.cchc.analytics;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a page shows before the reader chooses: the kind of period most reports were filed for, its
 * latest period with reports, the {@value #RANGE_LENGTH} periods of that kind up to it, and the 34
 * provinces. The views' defaults ({@code ui.state.Defaults}) and the start's warm-up
 * ({@link OverviewWarmUp}) both take it from here, so the warm-up asks what a first page asks.
 */
public record OpeningChoice(String period, PeriodRange range, Boundary boundary) {

    public static final int RANGE_LENGTH = 8;

    /** Today's provinces: a reader who has not chosen sees the map they live in. */
    public static final Boundary BOUNDARY = Boundary.NEW_34;

    /** Empty for a warehouse without reports: the pages then show no figures. */
    public static Optional<OpeningChoice> of(List<PeriodOption> periods) {
        Grain grain = dominantGrain(periods);
        List<String> codes = codes(periods, grain);
        if (codes.isEmpty()) {
            return Optional.empty();
        }
        String latest = codes.getLast();
        String from = codes.get(Math.max(0, codes.size() - RANGE_LENGTH));
        return Optional.of(new OpeningChoice(latest, new PeriodRange(from, latest, grain), BOUNDARY));
    }

    /**
     * The kind of period most reports were filed for: a warehouse of yearly reports opens on years,
     * one of quarterly reports on quarters (quarters win a tie).
     */
    public static Grain dominantGrain(List<PeriodOption> periods) {
        Map<Grain, Integer> reports = new EnumMap<>(Grain.class);
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

    /** The periods of one grain that have reports, oldest first (as the options list them). */
    public static List<String> codes(List<PeriodOption> periods, Grain grain) {
        return periods.stream().map(PeriodOption::code).filter(c -> Grain.of(c) == grain).toList();
    }
}
