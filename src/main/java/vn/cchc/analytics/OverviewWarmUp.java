package vn.cchc.analytics;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.cchc.warehouse.Warehouse;

/**
 * Right after start, on a background thread: the overview's opening answers for the whole country —
 * the filter lists, the sample badge's summary, and {@link OverviewPage}'s cards, ranking and trend
 * for the {@link OpeningChoice} — computed once, so that the first sign-in after a (first) start
 * finds them ready instead of running its queries on a cold JVM and a cold DuckDB (issue 12: java
 * -jar to the first chart in under 15 s).
 *
 * <p>Scope: computed under the whole country's scope ({@link AccessScopeSource#countryWide()}) by
 * services of its own ({@link AnalyticsServices}: the app's beans take the signed-in reader's scope,
 * and there is none here), on the app's {@link AnalyticsTables}, so the answers are kept in the app's
 * view cache under that scope, which is part of every answer's key: only a reader whose scope is
 * exactly the whole country is ever served them, and a load meanwhile moves the generation so they
 * are never served after it. A reader of some provinces computes their own, as before.
 *
 * <p>Off with {@code cchc.warm-up=false}. A failure is logged and changes nothing else.
 */
@Component
public class OverviewWarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(OverviewWarmUp.class);

    private final Warehouse warehouse;
    private final MeasureCatalog measures;
    private final AnalyticsTables tables;
    private final boolean enabled;
    private final CompletableFuture<Void> finished = new CompletableFuture<>();

    public OverviewWarmUp(Warehouse warehouse, MeasureCatalog measures, AnalyticsTables tables,
                          @Value("${cchc.warm-up:true}") boolean enabled) {
        this.warehouse = warehouse;
        this.measures = measures;
        this.tables = tables;
        this.enabled = enabled;
    }

    /** Once the app answers: the requests of the first reader are not kept waiting behind it. */
    @EventListener(ApplicationReadyEvent.class)
    public void onReady() {
        if (!enabled) {
            finished.complete(null);
            return;
        }
        Thread.ofPlatform().name("warm-up").daemon().start(() -> {
            try {
                warm(AccessScopeSource.countryWide());
            } finally {
                finished.complete(null);
            }
        });
    }

    /**
     * The overview's opening answers for readers of exactly this scope, kept under it (tests use a
     * province's; the app only the whole country's). Whatever fails is logged and skipped.
     */
    public void warm(AccessScopeSource scope) {
        long t0 = System.nanoTime();
        try {
            AnalyticsServices services = AnalyticsServices.on(warehouse.dsl(), measures, tables, scope);
            List<PeriodOption> periods = services.options().periods();
            services.summary().summary(); // the sample badge on every page (not cached: this warms its queries)
            Optional<OpeningChoice> opening = OpeningChoice.of(periods);
            if (opening.isEmpty()) {
                return; // an empty warehouse: the overview shows no figures
            }
            OpeningChoice choice = opening.get();
            // The filter bar's lists, then the page itself.
            services.options().provinces(choice.boundary());
            services.options().agencies(null, null, choice.boundary());
            services.overviewPage().answers(Scope.country(), null, choice.period(), choice.boundary(), choice.range());
            long ms = (System.nanoTime() - t0) / 1_000_000;
            LOG.info("Tổng quan đã sẵn sàng trong {} ms / Overview answers ready in {} ms", ms, ms);
        } catch (RuntimeException e) {
            LOG.warn("Warm-up of the overview skipped: {}", e.toString());
        }
    }

    /** Waits for the warm-up started at {@link #onReady}; false when it has not finished in time (tests). */
    public boolean awaitFinished(long seconds) throws InterruptedException {
        try {
            finished.get(seconds, TimeUnit.SECONDS);
            return true;
        } catch (ExecutionException | TimeoutException e) {
            return false;
        }
    }
}
