package vn.cchc.analytics;

import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.impl.DSL;
import vn.cchc.warehouse.Warehouse;

/**
 * The analytics query benchmark — not a timed test: it prints figures for a person to read. Run it with
 *
 * <pre>./mvnw -o -Pproduction,analytics-benchmark -DskipTests verify</pre>
 *
 * On the benchmark-sized national history ({@link BenchmarkWarehouse}: generated and loaded once into
 * target/analytics-benchmark/national.duckdb, reused while it exists), each view's service calls —
 * jOOQ rendering, executing and mapping to records — are timed over {@value #RUNS} runs after
 * {@value #WARM_UP} warm-up runs, and so is the reference: the very SQL statements jOOQ executed for
 * the call (captured with their bind values by an ExecuteListener), prepared and run raw through
 * JDBC on a connection of the same data source, every column of every row read. The two
 * alternate run by run, so that both see the same machine. Printed per view: p50 and p95 of both,
 * and their ratios. Targets: p95 &lt; {@value #TARGET_MS} ms, ratio ≤ {@value #TARGET_RATIO}.
 * Exits 1 when a view returns nothing (a benchmark of empty answers measures nothing).
 */
public final class QueryBenchmark {

    static final int WARM_UP = 20;
    static final int RUNS = 120;
    static final double TARGET_MS = 100;
    static final double TARGET_RATIO = 1.3;

    /** One view's call, and what it returns so that an empty answer is noticed. */
    record Case(String view, String name, Supplier<Object> call) {
    }

    /** One SQL statement as jOOQ sent it. */
    record Statement(String sql, Object[] binds) {
    }

    private QueryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = System.out;
        Path db = BenchmarkWarehouse.prepare(Path.of(args.length > 0 ? args[0] : "target/analytics-benchmark"), out);
        boolean ok;
        try (Warehouse w = Warehouse.open(db)) {
            ok = run(w, out);
        }
        System.exit(ok ? 0 : 1);
    }

    static boolean run(Warehouse w, PrintStream out) throws SQLException {
        List<Statement> captured = new ArrayList<>();
        DSLContext capturing = DSL.using(w.dsl().configuration().derive(new ExecuteListener() {
            @Override
            public void executeStart(ExecuteContext ctx) {
                captured.add(new Statement(ctx.sql(), ctx.query() == null ? new Object[0]
                        : ctx.query().getBindValues().toArray()));
            }
        }));
        Services timed = Services.on(w.dsl());
        Services capture = Services.on(capturing);
        capture.measures().all(); // read the catalog once, outside any captured call

        String latest = timed.options().periods().stream().filter(p -> p.kind().startsWith("Q")).reduce((a, b) -> b)
                .orElseThrow().code();
        String firstQuarter = timed.options().periods().stream().filter(p -> p.kind().startsWith("Q")).findFirst()
                .orElseThrow().code();
        String beforeMerger = "2025-Q2";
        PeriodRange quarters = PeriodRange.quarters(firstQuarter, latest);
        // A department of the 2025 province (under NEW_34 the list also holds its 2008 predecessors').
        AgencyOption department = timed.options().agencies("ha-noi-2025", "department", Boundary.NEW_34).stream()
                .filter(a -> a.provinceSlug().equals("ha-noi-2025")).findFirst().orElseThrow();
        long reportId = timed.drillDown().reports(department.id()).getFirst().reportId();
        List<String> five = List.of("ha-noi-2025", "ho-chi-minh-2025", "da-nang-2025", "hai-phong-2025", "can-tho-2025");
        Filters all = new Filters(quarters, null, null, null, Boundary.NEW_34);
        out.printf("periods %s…%s, latest %s; %d quarters in the range; %d cores, load average %.2f%n", firstQuarter,
                latest, latest, quarters.periods().size(), Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

        List<java.util.function.Function<Services, Case>> cases = List.of(
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

        out.printf("%-15s %-34s %3s %9s %9s %9s %9s %7s %7s  %s%n", "view", "call", "SQL", "jOOQ p50", "jOOQ p95",
                "JDBC p50", "JDBC p95", "p50 ×", "p95 ×", "targets");
        boolean ok = true;
        double worstP95 = 0;
        double worstRatio = 0;
        for (var make : cases) {
            Case c = make.apply(timed);
            captured.clear();
            Object answer = make.apply(capture).call().get();
            List<Statement> statements = List.copyOf(captured);
            if (isEmpty(answer)) {
                out.println("EMPTY ANSWER: " + c.view() + " " + c.name());
                ok = false;
            }
            long[] jooq = new long[RUNS];
            long[] raw = new long[RUNS];
            for (int i = -WARM_UP; i < RUNS; i++) {
                long t0 = System.nanoTime();
                c.call().get();
                long t1 = System.nanoTime();
                runRaw(w, statements);
                long t2 = System.nanoTime();
                if (i >= 0) {
                    jooq[i] = t1 - t0;
                    raw[i] = t2 - t1;
                }
            }
            double jp50 = percentile(jooq, 50);
            double jp95 = percentile(jooq, 95);
            double rp50 = percentile(raw, 50);
            double rp95 = percentile(raw, 95);
            double ratio50 = jp50 / rp50;
            double ratio95 = jp95 / rp95;
            worstP95 = Math.max(worstP95, jp95);
            worstRatio = Math.max(worstRatio, ratio50);
            String verdict = (jp95 < TARGET_MS ? "p95 ok" : "p95 MISSED") + ", "
                    + (ratio50 <= TARGET_RATIO ? "ratio ok" : "ratio MISSED");
            out.printf(Locale.ROOT, "%-15s %-34s %3d %9.2f %9.2f %9.2f %9.2f %7.2f %7.2f  %s%n", c.view(), c.name(),
                    statements.size(), jp50, jp95, rp50, rp95, ratio50, ratio95, verdict);
        }
        out.printf(Locale.ROOT, "slowest p95 %.2f ms (target < %.0f ms); largest p50 ratio jOOQ/JDBC %.2f (target ≤ %.1f)%n",
                worstP95, TARGET_MS, worstRatio, TARGET_RATIO);
        return ok;
    }

    private static boolean isEmpty(Object answer) {
        return switch (answer) {
            case List<?> l -> l.isEmpty() || l.stream().allMatch(QueryBenchmark::isEmpty);
            case Ranking r -> r.rows().isEmpty();
            case Trend t -> t.series().stream().allMatch(s -> s.points().stream().noneMatch(p -> p.figure().reported()));
            case DrillLevel d -> d.children().isEmpty();
            case Heatmap h -> h.cells().stream().noneMatch(c -> c.figure().reported());
            case KpiCard k -> !k.current().reported();
            default -> false;
        };
    }

    private static void runRaw(Warehouse w, List<Statement> statements) {
        for (Statement s : statements) {
            try (Connection c = w.dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(s.sql())) {
                for (int i = 0; i < s.binds().length; i++) {
                    ps.setObject(i + 1, s.binds()[i]);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= columns; i++) {
                            rs.getObject(i);
                        }
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("raw run of " + s.sql() + " " + Arrays.toString(s.binds()), e);
            }
        }
    }

    /** Nearest-rank percentile in milliseconds. */
    static double percentile(long[] nanos, int p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }
}
