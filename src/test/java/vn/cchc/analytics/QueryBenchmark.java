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
 * <pre>./mvnw -B -ntp -o -Dcchc.sample.skip=true -Panalytics-benchmark -DskipTests verify</pre>
 *
 * (add {@code -Danalytics.benchmark.mode=idle} to run without the busy process). It runs on two
 * warehouses in turn: the benchmark-sized national history ({@link BenchmarkWarehouse}: generated and
 * loaded once into target/analytics-benchmark/national.duckdb, reused while it exists) and the
 * quarterly national sample the build ships ({@link QuarterlySample}; needs one plain
 * {@code ./mvnw package} first). Unless told {@code idle}, a child process keeps one core busy
 * throughout ({@link BusyCore}: issue 12's "busy server"); the output names the cores, the load
 * average before and after each warehouse, and the share of a core the busy process really took.
 *
 * <p>Each view's service calls are timed over {@link #RUNS} runs (120) after {@link #WARM_UP} (20) warm-up
 * runs, three ways in turn, run by run, so that all three see the same machine: <em>served</em>, as the
 * app serves the view (its answer kept per load generation and reader scope, {@link ViewCache}: what
 * every reader after the first gets); <em>computed</em>, the same call with every answer computed
 * afresh (jOOQ rendering, executing and mapping: what the first reader after a load gets); and the
 * reference, the very SQL statements jOOQ executed for the computed call (captured with their bind
 * values by an ExecuteListener), prepared and run raw through JDBC on a connection of the same data
 * source, every column of every row read. Printed per view: p50 and p95 of the three, and the
 * computed/JDBC ratios; per warehouse the verdict "every call p95 &lt; {@value #TARGET_MS} ms" for
 * served and for computed answers, with the load it ran under. Target ratio ≤ {@value #TARGET_RATIO}.
 * Exits 1 when a view returns nothing (a benchmark of empty answers measures nothing) or a served
 * answer differs from the computed one.
 */
public final class QueryBenchmark {

    /** 20 unless -Dcchc.benchmark.warm-up says otherwise. */
    static final int WARM_UP = Integer.getInteger("cchc.benchmark.warm-up", 20);
    /** 120 unless -Dcchc.benchmark.runs says fewer (a quicker look while changing a query; p95 of fewer runs is rougher). */
    static final int RUNS = Integer.getInteger("cchc.benchmark.runs", 120);
    static final double TARGET_MS = 100;
    static final double TARGET_RATIO = 1.3;

    /** One SQL statement as jOOQ sent it. */
    record Statement(String sql, Object[] binds) {
    }

    private QueryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = System.out;
        List<String> options = List.of(args);
        Path dir = Path.of(options.stream().filter(a -> !a.startsWith("--") && !a.equals("idle") && !a.equals("busy")).findFirst().orElse("target/analytics-benchmark"));
        boolean idle = options.contains("--idle") || options.contains("idle");
        // -Dcchc.benchmark.only=history or =sample: one of the two warehouses (a quicker look)
        String only = System.getProperty("cchc.benchmark.only", "");
        out.println("run " + java.time.Instant.now() + "; " + RUNS + " runs after " + WARM_UP + " warm-up runs per call");
        List<Path> warehouses = new ArrayList<>();
        if (!only.equals("sample")) {
            warehouses.add(BenchmarkWarehouse.prepare(dir, out));
        }
        Path sample = only.equals("history") ? null : QuarterlySample.unpack(dir, out);
        if (sample != null) {
            warehouses.add(sample);
        }
        int cores = Runtime.getRuntime().availableProcessors();
        out.printf("machine: %d cores; load average %s before the busy process%n", cores, BusyCore.loadAverage());
        List<String> verdicts = new ArrayList<>();
        boolean ok = true;
        try (BusyCore busy = idle ? null : BusyCore.start()) {
            out.println(busy == null ? "busy process: OFF (idle mode): the views have the machine to themselves"
                    : "busy process: ON, pid " + busy.pid() + " spins on one core throughout (as another service on a shared "
                    + "server; -Danalytics.benchmark.mode=idle measures without it)");
            for (Path db : warehouses) {
                String name = db.equals(sample) ? "quarterly sample" : "benchmark history";
                long wall0 = System.nanoTime();
                java.time.Duration cpu0 = busy == null ? java.time.Duration.ZERO : busy.cpu();
                String loadBefore = BusyCore.loadAverage();
                Result r;
                try (Warehouse w = Warehouse.open(db)) {
                    // As the web app runs its queries (one DuckDB thread unless cchc.duckdb.threads says otherwise).
                    vn.cchc.warehouse.DuckDbSettings.useQueryThreads(w);
                    out.printf("%n== %s: %s, %,d reports, DuckDB threads %s, load average %s ==%n", name, db,
                            w.dsl().fetchCount(vn.cchc.warehouse.jooq.Tables.REPORT),
                            w.dsl().fetchValue(DSL.select(DSL.function("current_setting", String.class, DSL.inline("threads")))),
                            loadBefore);
                    r = run(w, out);
                }
                double wall = (System.nanoTime() - wall0) / 1e9;
                String busyShare = busy == null ? "busy process off"
                        : String.format(Locale.ROOT, "busy process used %.0f %% of a core", 100 * (busy.cpu().minus(cpu0).toNanos() / 1e9) / wall);
                String verdict = String.format(Locale.ROOT, "%s: every call p95 < %.0f ms as served: %s (slowest %.2f ms); "
                        + "computed afresh: %s (slowest %.2f ms, %s) — %d cores, load average %s before, %s after, %s", name,
                        TARGET_MS, r.slowestServedP95() < TARGET_MS ? "YES" : "NO", r.slowestServedP95(),
                        r.slowestP95() < TARGET_MS ? "YES" : "NO", r.slowestP95(), r.slowestCall(), cores, loadBefore,
                        BusyCore.loadAverage(), busyShare);
                out.println(verdict);
                verdicts.add(verdict);
                ok &= r.answered();
            }
        }
        out.println();
        out.println("== verdicts ==");
        verdicts.forEach(out::println);
        if (sample == null && !only.equals("history")) {
            out.println("quarterly sample: NOT MEASURED (not built: run a plain ./mvnw package first)");
        }
        System.exit(ok ? 0 : 1);
    }

    /** A warehouse's run: whether every call answered something, and its slowest call. */
    record Result(boolean answered, double slowestServedP95, double slowestP95, String slowestCall) {
    }

    static Result run(Warehouse w, PrintStream out) throws SQLException {
        List<Statement> captured = new ArrayList<>();
        DSLContext capturing = DSL.using(w.dsl().configuration().derive(new ExecuteListener() {
            @Override
            public void executeStart(ExecuteContext ctx) {
                // A static statement (the views' queries, see Inlined) has its values in its SQL already.
                boolean inlined = ctx.settings().getStatementType() == org.jooq.conf.StatementType.STATIC_STATEMENT;
                captured.add(new Statement(ctx.sql(), ctx.query() == null || inlined ? new Object[0]
                        : ctx.query().getBindValues().toArray()));
            }
        }));
        // served: as the app serves a view (its answer kept per load generation and scope, ViewCache);
        // computed: the same call with every answer computed afresh, as the first reader after a load gets it.
        Services served = Services.on(w.dsl());
        Services computed = Services.uncached(w.dsl());
        Services capture = Services.uncached(capturing);
        capture.measures().all(); // read the catalog once, outside any captured call

        List<java.util.function.Function<Services, ViewCalls.Case>> cases = ViewCalls.cases(computed, out);

        out.println("served = as the app serves it (answer kept per load generation and reader scope); computed = "
                + "afresh (the first view after a load); JDBC = the computed call's SQL run raw; × = computed/JDBC");
        out.printf("%-15s %-34s %3s %9s %9s %9s %9s %9s %9s %6s %6s  %s%n", "view", "call", "SQL", "served50",
                "served95", "comp. p50", "comp. p95", "JDBC p50", "JDBC p95", "p50 ×", "p95 ×", "targets");
        boolean ok = true;
        double worstServed = 0;
        double worstP95 = 0;
        String worstCall = "";
        double worstRatio = 0;
        for (var make : cases) {
            ViewCalls.Case fresh = make.apply(computed);
            ViewCalls.Case kept = make.apply(served);
            captured.clear();
            Object answer = make.apply(capture).call().get();
            List<Statement> statements = List.copyOf(captured);
            if (isEmpty(answer)) {
                out.println("EMPTY ANSWER: " + fresh.view() + " " + fresh.name());
                ok = false;
            }
            if (!answer.equals(kept.call().get())) {
                out.println("SERVED ANSWER DIFFERS FROM THE COMPUTED ONE: " + fresh.view() + " " + fresh.name());
                ok = false;
            }
            long[] hit = new long[RUNS];
            long[] jooq = new long[RUNS];
            long[] raw = new long[RUNS];
            for (int i = -WARM_UP; i < RUNS; i++) {
                long t0 = System.nanoTime();
                kept.call().get();
                long t1 = System.nanoTime();
                fresh.call().get();
                long t2 = System.nanoTime();
                runRaw(w, statements);
                long t3 = System.nanoTime();
                if (i >= 0) {
                    hit[i] = t1 - t0;
                    jooq[i] = t2 - t1;
                    raw[i] = t3 - t2;
                }
            }
            double sp50 = percentile(hit, 50);
            double sp95 = percentile(hit, 95);
            double jp50 = percentile(jooq, 50);
            double jp95 = percentile(jooq, 95);
            double rp50 = percentile(raw, 50);
            double rp95 = percentile(raw, 95);
            double ratio50 = jp50 / rp50;
            double ratio95 = jp95 / rp95;
            worstServed = Math.max(worstServed, sp95);
            if (jp95 > worstP95) {
                worstP95 = jp95;
                worstCall = fresh.view() + " / " + fresh.name();
            }
            worstRatio = Math.max(worstRatio, ratio50);
            String verdict = (sp95 < TARGET_MS ? "served ok" : "served MISSED") + ", "
                    + (jp95 < TARGET_MS ? "computed ok" : "computed MISSED") + ", "
                    + (ratio50 <= TARGET_RATIO ? "ratio ok" : "ratio MISSED");
            out.printf(Locale.ROOT, "%-15s %-34s %3d %9.2f %9.2f %9.2f %9.2f %9.2f %9.2f %6.2f %6.2f  %s%n", fresh.view(),
                    fresh.name(), statements.size(), sp50, sp95, jp50, jp95, rp50, rp95, ratio50, ratio95, verdict);
        }
        out.printf(Locale.ROOT, "slowest p95: served %.2f ms, computed %.2f ms (target < %.0f ms); largest p50 ratio "
                + "computed/JDBC %.2f (target ≤ %.1f)%n", worstServed, worstP95, TARGET_MS, worstRatio, TARGET_RATIO);
        return new Result(ok, worstServed, worstP95, worstCall);
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
