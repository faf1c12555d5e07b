package vn.cchc.ui.state;

import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import vn.cchc.analytics.Boundary;
import vn.cchc.analytics.OpeningChoice;
import vn.cchc.analytics.Grain;

/**
 * Everything a view shows is decided by this state, and the state lives in the URL's query: a
 * bookmark or a shared link reproduces the view, and back/forward step through earlier states.
 * The URL is user input: a value that does not parse is dropped (the view's default applies), never
 * passed on to a query.
 *
 * @param measure  a catalog indicator id or a KPI id
 * @param period   the period shown (2025-Q3, 2025-H1, 2025-Y)
 * @param from     first period of a range (trends, heatmap)
 * @param to       last period of a range
 * @param grain    the kind of period a range runs over
 * @param boundary provinces by the old 63 or the new 34
 * @param province a province slug (of the boundary's generation)
 * @param kind     an agency kind
 * @param agency   an agency id
 * @param report   a report id (the bottom of the drill-down)
 * @param units    the provinces or agencies overlaid in a trend (province slugs, {@code a<id>} for agencies)
 * @param top      how many ranks to show at each end of a ranking
 */
public record ViewState(String measure, String period, String from, String to, Grain grain, Boundary boundary,
                        String province, String kind, Long agency, Long report, List<String> units, Integer top) {

    private static final Pattern PERIOD = Pattern.compile("\\d{4}-(Q[1-4]|H1|9M|Y)");
    private static final Pattern WORD = Pattern.compile("[a-z0-9][a-z0-9._-]{0,79}");
    private static final Pattern UNIT = Pattern.compile("(a\\d{1,18}|[a-z0-9][a-z0-9-]{0,79})");

    public ViewState {
        units = units == null ? List.of() : List.copyOf(units);
    }

    public static ViewState empty() {
        return new ViewState(null, null, null, null, null, null, null, null, null, null, List.of(), null);
    }

    public static ViewState of(QueryParameters query) {
        Map<String, List<String>> p = query.getParameters();
        return new ViewState(
                word(first(p, "measure")), period(first(p, "period")), period(first(p, "from")), period(first(p, "to")),
                grain(first(p, "grain")), boundary(first(p, "boundary")), word(first(p, "province")),
                word(first(p, "kind")), id(first(p, "agency")), id(first(p, "report")), units(first(p, "units")),
                top(first(p, "top")));
    }

    public QueryParameters toQuery() {
        Map<String, List<String>> p = new LinkedHashMap<>();
        put(p, "measure", measure);
        put(p, "period", period);
        put(p, "from", from);
        put(p, "to", to);
        put(p, "grain", grain == null ? null : grain.name().toLowerCase());
        put(p, "boundary", boundary == null ? null : boundary == Boundary.OLD_63 ? "63" : "34");
        put(p, "province", province);
        put(p, "kind", kind);
        put(p, "agency", agency == null ? null : agency.toString());
        put(p, "report", report == null ? null : report.toString());
        put(p, "units", units.isEmpty() ? null : String.join(",", units));
        put(p, "top", top == null ? null : top.toString());
        return new QueryParameters(p);
    }

    public Boundary boundaryOrDefault() {
        return boundary == null ? OpeningChoice.BOUNDARY : boundary;
    }

    public Grain grainOrDefault() {
        return grain == null ? Grain.QUARTER : grain;
    }

    public ViewState withMeasure(String v) {
        return new ViewState(v, period, from, to, grain, boundary, province, kind, agency, report, units, top);
    }

    public ViewState withPeriod(String v) {
        return new ViewState(measure, v, from, to, grain, boundary, province, kind, agency, report, units, top);
    }

    public ViewState withRange(String f, String t) {
        return new ViewState(measure, period, f, t, grain, boundary, province, kind, agency, report, units, top);
    }

    public ViewState withGrain(Grain v) {
        return new ViewState(measure, period, from, to, v, boundary, province, kind, agency, report, units, top);
    }

    /** Another boundary names other provinces: the province, agency and report chosen no longer apply. */
    public ViewState withBoundary(Boundary v) {
        return new ViewState(measure, period, from, to, grain, v, null, kind, null, null, List.of(), top);
    }

    /** Choosing a province starts its drill from the province: agency and report are cleared. */
    public ViewState withProvince(String v) {
        return new ViewState(measure, period, from, to, grain, boundary, v, kind, null, null, units, top);
    }

    public ViewState withKind(String v) {
        return new ViewState(measure, period, from, to, grain, boundary, province, v, null, null, units, top);
    }

    public ViewState withAgency(Long v) {
        return new ViewState(measure, period, from, to, grain, boundary, province, kind, v, null, units, top);
    }

    public ViewState withReport(Long v) {
        return new ViewState(measure, period, from, to, grain, boundary, province, kind, agency, v, units, top);
    }

    public ViewState withUnits(List<String> v) {
        return new ViewState(measure, period, from, to, grain, boundary, province, kind, agency, report, v, top);
    }

    public ViewState withTop(Integer v) {
        return new ViewState(measure, period, from, to, grain, boundary, province, kind, agency, report, units, v);
    }

    private static String first(Map<String, List<String>> p, String key) {
        List<String> values = p.get(key);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    private static void put(Map<String, List<String>> p, String key, String value) {
        if (value != null && !value.isEmpty()) {
            p.put(key, List.of(value));
        }
    }

    private static String word(String s) {
        return s != null && WORD.matcher(s).matches() ? s : null;
    }

    private static String period(String s) {
        return s != null && PERIOD.matcher(s).matches() ? s : null;
    }

    /** An id as typed in a URL or sent with a chart click: digits only, else null (never an exception). */
    public static Long id(String s) {
        if (s == null || !s.matches("\\d{1,18}")) {
            return null;
        }
        return Long.parseLong(s);
    }

    private static Integer top(String s) {
        Long n = id(s);
        return n == null || n < 1 || n > 100 ? null : n.intValue();
    }

    private static Grain grain(String s) {
        return s == null ? null : Arrays.stream(Grain.values())
                .filter(g -> g.name().equalsIgnoreCase(s)).findFirst().orElse(null);
    }

    private static Boundary boundary(String s) {
        return "63".equals(s) ? Boundary.OLD_63 : "34".equals(s) ? Boundary.NEW_34 : null;
    }

    private static List<String> units(String s) {
        if (s == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String u : s.split(",")) {
            if (UNIT.matcher(u).matches() && out.size() < 12 && !out.contains(u)) {
                out.add(u);
            }
        }
        return out;
    }
}
