package vn.cchc.analytics;

import java.io.PrintStream;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jooq.DSLContext;

/**
 * The dashboard's view calls as the benchmarks make them: each of the six views' service calls on a
 * national history (the latest quarter, the quarters since the first, Hà Nội's departments…), chosen
 * from what the warehouse holds. The query benchmark times them alone; the intake benchmark times them
 * while a load runs.
 */
public final class ViewCalls {

    /** One view's call, and what it returns so that an empty answer is noticed. */
    public record Case(String view, String name, Supplier<Object> call) {
    }

    private ViewCalls() {
    }

    /**
     * The calls on a running app's warehouse, country-wide, as simulated users of another package make
     * them: through the app's own keeper of the derived tables, as its views do.
     */
    public static List<Case> on(DSLContext dsl, AnalyticsTables tables, PrintStream out) {
        Services services = Services.on(dsl, AccessScopeSource.countryWide(), tables);
        return cases(services, out).stream().map(make -> make.apply(services)).toList();
    }

    /** The calls, each to be made on given services (the query benchmark makes each on two). */
    static List<Function<Services, Case>> cases(Services timed, PrintStream out) {
        String latest = timed.options().periods().stream().filter(p -> p.kind().startsWith("Q")).reduce((a, b) -> b)
                .orElseThrow().code();
        String firstQuarter = timed.options().periods().stream().filter(p -> p.kind().startsWith("Q")).findFirst()
                .orElseThrow().code();
        String beforeMerger = "2025-Q2";
        PeriodRange quarters = PeriodRange.quarters(firstQuarter, latest);
        // A department of the 2025 province that reported in the latest quarter (the sample leaves some gaps).
        AgencyOption department = timed.options().agencies("ha-noi-2025", "department", Boundary.NEW_34).stream()
                .filter(a -> a.provinceSlug().equals("ha-noi-2025"))
                .filter(a -> timed.drillDown().reports(a.id()).stream().anyMatch(r -> latest.equals(r.period())))
                .findFirst().orElseThrow();
        long reportId = timed.drillDown().reports(department.id()).getFirst().reportId();
        List<String> five = List.of("ha-noi-2025", "ho-chi-minh-2025", "da-nang-2025", "hai-phong-2025", "can-tho-2025");
        Filters all = new Filters(quarters, null, null, null, Boundary.NEW_34);
        out.printf("periods %s…%s, latest %s; %d quarters in the range; %d cores, load average %.2f%n", firstQuarter,
                latest, latest, quarters.periods().size(), Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

        return List.of(
                s -> new Case("1 overview", "cards, country", () -> s.overview().cards(Scope.country(), latest, Boundary.NEW_34)),
                s -> new Case("1 overview", "cards, province", () -> s.overview().cards(Scope.province("ha-noi-2025"), latest,
                        Boundary.NEW_34)),
                s -> new Case("1 overview", "cards, agency", () -> s.overview().cards(Scope.agency(department.id()), latest,
                        Boundary.NEW_34)),
                s -> new Case("2 trends", "on-time rate, 5 provinces", () -> s.trends().provinces(MeasureCatalog.ONTIME_RATE,
                        five, Boundary.NEW_34, quarters)),
                s -> new Case("2 trends", "cumulative count, 5 provinces", () -> s.trends().provinces(
                        "direction.plan_tasks_done", five, Boundary.NEW_34, quarters)),
                s -> new Case("3 rankings", "34 provinces, on-time rate", () -> s.rankings().provinces(MeasureCatalog.ONTIME_RATE,
                        latest, Boundary.NEW_34, null)),
                s -> new Case("3 rankings", "63 provinces, online rate", () -> s.rankings().provinces(MeasureCatalog.ONLINE_RATE,
                        beforeMerger, Boundary.OLD_63, null)),
                s -> new Case("3 rankings", "all departments, on-time rate", () -> s.rankings().agencies(
                        MeasureCatalog.ONTIME_RATE, latest, "department", null, Boundary.NEW_34)),
                s -> new Case("4 drill-down", "country → 34 provinces", () -> s.drillDown().country(MeasureCatalog.ONTIME_RATE,
                        beforeMerger, Boundary.NEW_34)),
                s -> new Case("4 drill-down", "province → agencies", () -> s.drillDown().province(MeasureCatalog.STAFFING_FILL,
                        latest, "ha-noi-2025", Boundary.NEW_34)),
                s -> new Case("4 drill-down", "agency → reports", () -> s.drillDown().reports(department.id())),
                s -> new Case("4 drill-down", "report → values, findings", () -> s.drillDown().report(reportId).orElseThrow()),
                s -> new Case("5 heatmap", "departments × quarters, country", () -> s.heatmap().heatmap(
                        "tthc.resolved.dept", quarters, null, "department", Boundary.NEW_34)),
                s -> new Case("5 heatmap", "agencies × quarters, province", () -> s.heatmap().heatmap(
                        MeasureCatalog.ONTIME_RATE, quarters, "ha-noi-2025", null, Boundary.NEW_34)),
                s -> new Case("6 data quality", "findings by rule", () -> s.quality().findingsByRule(all)),
                s -> new Case("6 data quality", "findings by province", () -> s.quality().findingsByProvince(all)),
                s -> new Case("6 data quality", "findings by agency", () -> s.quality().findingsByAgency(all)),
                s -> new Case("6 data quality", "completeness", () -> s.quality().completeness(quarters, null, null,
                        Boundary.NEW_34)),
                s -> new Case("filters", "periods, agencies of a province", () -> List.of(s.options().periods(),
                        s.options().agencies("ha-noi-2025", null, Boundary.NEW_34))));

    }
}
