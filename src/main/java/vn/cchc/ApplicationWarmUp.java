package vn.cchc;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.cchc.analytics.AccessScopeSource;
import vn.cchc.analytics.AnalyticsTables;
import vn.cchc.analytics.Boundary;
import vn.cchc.analytics.FilterOptionsService;
import vn.cchc.analytics.MeasureCatalog;
import vn.cchc.analytics.OverviewService;
import vn.cchc.analytics.PeriodOption;
import vn.cchc.analytics.PeriodRange;
import vn.cchc.analytics.RankingService;
import vn.cchc.analytics.ReadAccess;
import vn.cchc.analytics.Scope;
import vn.cchc.analytics.TrendService;
import vn.cchc.analytics.WarehouseSummaryService;
import vn.cchc.ui.i18n.Translations;
import vn.cchc.ui.state.Defaults;
import vn.cchc.ui.state.ViewState;
import vn.cchc.warehouse.Warehouse;

/**
 * Right after start, on a background thread: the overview's opening answers for the whole country —
 * the filter lists, the headline cards, the province ranking and the trend of the latest period, as
 * {@code OverviewView} asks for them with no filter chosen — computed once, so that the first
 * sign-in after a (first) start finds them ready instead of running its queries on a cold JVM and a
 * cold DuckDB (issue: java -jar to the first chart in under 15 s).
 *
 * <p>Scope: computed by the app's own services under the whole country's scope
 * ({@link AccessScopeSource#countryWide()}), and kept in the app's view cache under that scope, which
 * is part of every answer's key: only a reader whose scope is exactly the whole country is ever
 * served them. A reader of some provinces computes their own, as before. Through the app's
 * {@link AnalyticsTables}, so a load meanwhile moves the generation and these answers are never
 * served after it. The arguments mirror the view's: should the view come to ask differently, its
 * first render computes afresh (on warm code), it never gets a wrong answer.
 *
 * <p>Off with {@code cchc.warm-up=false}. A failure is logged and changes nothing else.
 */
@Component
public class ApplicationWarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(ApplicationWarmUp.class);

    private final Warehouse warehouse;
    private final MeasureCatalog measures;
    private final AnalyticsTables tables;
    private final boolean enabled;
    private final CompletableFuture<Void> finished = new CompletableFuture<>();

    public ApplicationWarmUp(Warehouse warehouse, MeasureCatalog measures, AnalyticsTables tables,
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
                warm();
            } finally {
                finished.complete(null);
            }
        });
    }

    /** Computes the overview's opening answers for the whole country; whatever fails is logged and skipped. */
    void warm() {
        warm(AccessScopeSource.countryWide());
    }

    /**
     * The overview's opening answers for readers of exactly this scope, kept under it (tests use a
     * province's; the app only the whole country's).
     */
    public void warm(AccessScopeSource scope) {
        long t0 = System.nanoTime();
        try {
            ReadAccess access = new ReadAccess(warehouse.dsl(), scope);
            FilterOptionsService options = new FilterOptionsService(warehouse.dsl(), measures, tables, access);
            List<PeriodOption> periods = options.periods();
            ViewState state = Defaults.resolve(ViewState.empty(), periods, null);
            // The sample badge on every page (not cached: this only warms its queries).
            new WarehouseSummaryService(warehouse.dsl(), access).summary();
            if (state.period() == null) {
                return; // an empty warehouse: the overview shows no figures
            }
            Boundary boundary = state.boundaryOrDefault();
            options.provinces(boundary);
            options.agencies(null, null, boundary);
            new OverviewService(warehouse.dsl(), measures, access, tables).cards(Scope.country(), state.period(), boundary);
            new RankingService(warehouse.dsl(), measures, options, access)
                    .provinces(MeasureCatalog.ONTIME_RATE, state.period(), boundary, null);
            // The view's label of the line ("Cả nước", or a scoped reader's own), in Vietnamese: the default language.
            String label = new Translations(new StaticListableBeanFactory(Map.of("scope", scope))
                    .getBeanProvider(AccessScopeSource.class)).getTranslation("overview.scope.country", Translations.VIETNAMESE);
            new TrendService(warehouse.dsl(), measures, options, access).trend(MeasureCatalog.ONTIME_RATE,
                    List.of(Scope.country()), List.of(label), boundary,
                    new PeriodRange(state.from(), state.to(), state.grainOrDefault()));
            LOG.info("Tổng quan đã sẵn sàng trong {} ms / Overview answers ready in {} ms",
                    (System.nanoTime() - t0) / 1_000_000, (System.nanoTime() - t0) / 1_000_000);
        } catch (RuntimeException e) {
            LOG.warn("Warm-up of the overview skipped: {}", e.toString());
        }
    }

    /** Waits for the warm-up started at {@link #onReady}; false when it has not finished in time (tests). */
    public boolean awaitFinished(long seconds) throws InterruptedException {
        try {
            finished.get(seconds, TimeUnit.SECONDS);
            return true;
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            return false;
        }
    }
}
