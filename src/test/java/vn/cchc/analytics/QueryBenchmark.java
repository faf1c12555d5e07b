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

        List<java.util.function.Function<Services, ViewCalls.Case>> cases = ViewCalls.cases(timed, out);

        out.printf("%-15s %-34s %3s %9s %9s %9s %9s %7s %7s  %s%n", "view", "call", "SQL", "jOOQ p50", "jOOQ p95",
                "JDBC p50", "JDBC p95", "p50 ×", "p95 ×", "targets");
        boolean ok = true;
        double worstP95 = 0;
        double worstRatio = 0;
        for (var make : cases) {
            ViewCalls.Case c = make.apply(timed);
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
