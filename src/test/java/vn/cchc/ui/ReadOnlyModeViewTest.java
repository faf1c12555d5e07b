package vn.cchc.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.cchc.analytics.AnalyticsTables;
import vn.cchc.catalog.Catalog;
import vn.cchc.catalog.ReferenceData;
import vn.cchc.ingest.ReportParser;
import vn.cchc.intake.IntakeRefused;
import vn.cchc.intake.IntakeService;
import vn.cchc.sample.GeneratorSettings;
import vn.cchc.sample.HistoryGenerator;
import vn.cchc.security.AuditAction;
import vn.cchc.security.AuditEntry;
import vn.cchc.security.AuditFilter;
import vn.cchc.security.AuditLog;
import vn.cchc.snapshot.SnapshotService;
import vn.cchc.ui.layout.ReadOnlyBadge;
import vn.cchc.ui.overview.OverviewView;
import vn.cchc.warehouse.BatchLoader;
import vn.cchc.warehouse.ReportLoader;
import vn.cchc.warehouse.Warehouse;
import vn.cchc.warehouse.jooq.Tables;

/**
 * The app in its read-only mode (cchc.warehouse.read-only=true) over a loaded warehouse: it starts,
 * every page says "read-only", loading is refused with the reason, the warehouse file is not
 * changed by a single byte — and an admin can still take a snapshot, audited; anyone else is refused.
 */
@SpringBootTest
class ReadOnlyModeViewTest extends SignedInViewTest {

    private static Path warehouse;
    private static String digestBefore;

    @DynamicPropertySource
    static void readOnlyWarehouse(DynamicPropertyRegistry registry) throws IOException {
        warehouse = loadedWarehouse();
        digestBefore = digest(warehouse);
        registry.add("cchc.warehouse.path", warehouse::toString);
        registry.add("cchc.warehouse.read-only", () -> "true");
        registry.add("cchc.inbox", () -> warehouse.resolveSibling("inbox").toString());
        TestAccounts.register(registry);
    }

    /** A small generated history, loaded and its dashboard tables built, as a load by the command line leaves it. */
    private static Path loadedWarehouse() throws IOException {
        Path dir = Files.createTempDirectory("cchc-read-only");
        Catalog catalog = Catalog.bundled();
        ReferenceData reference = ReferenceData.bundled();
        HistoryGenerator.Summary history = new HistoryGenerator(catalog, reference,
                GeneratorSettings.of(3, 2025, 2025, 1).withAgencies(2, 1)).write(dir.resolve("history"), r -> { });
        Path db = dir.resolve("w.duckdb");
        try (Warehouse w = Warehouse.open(db)) {
            new BatchLoader(new ReportParser(catalog, reference), new ReportLoader(w), 1)
                    .load(BatchLoader.collect(List.of(history.reportFolder())), o -> { });
            new AnalyticsTables(w.dsl()).ensureFresh();
        }
        return db;
    }

    private static String digest(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Autowired
    IntakeService intake;
    @Autowired
    SnapshotService snapshots;
    @Autowired
    AuditLog audit;
    @Autowired
    Warehouse openWarehouse;

    @Test
    void everyPageSaysReadOnly() {
        navigate(OverviewView.class);
        ReadOnlyBadge badge = $(ReadOnlyBadge.class).single();
        assertThat(badge.isVisible()).isTrue();
        assertThat(badge.getText()).isEqualTo("Chỉ đọc");
        assertThat(badge.getTitle()).hasValueSatisfying(t -> assertThat(t).contains("cchc.warehouse.read-only"));
    }

    @Test
    void loadingIsOffWithTheReasonAndTheFileIsNotWritten() {
        assertThat(openWarehouse.readOnly()).isTrue();
        assertThat(intake.enabled()).isFalse();
        assertThatThrownBy(() -> intake.loader("127.0.0.1")).isInstanceOf(IntakeRefused.class)
                .hasMessage("the warehouse is open read-only: loading is disabled in this app");
        assertThat(warehouse.resolveSibling("inbox")).as("no inbox folder made").doesNotExist();
        navigate(OverviewView.class);
        assertThat(digest(warehouse)).isEqualTo(digestBefore);
    }

    @Test
    void anAdminTakesASnapshotAudited() throws Exception {
        SnapshotService.Snapshot snapshot = snapshots.take("127.0.0.1");
        try {
            assertThat(snapshot.fileName()).startsWith("cchc-snapshot-").endsWith(".duckdb");
            try (Warehouse copy = Warehouse.openReadOnly(snapshot.file())) {
                assertThat(copy.dsl().fetchCount(Tables.INDICATOR_VALUES)).isPositive()
                        .isEqualTo(openWarehouse.dsl().fetchCount(Tables.INDICATOR_VALUES));
            }
        } finally {
            SnapshotService.discard(snapshot);
        }
        assertThat(snapshot.file()).doesNotExist();
        List<AuditEntry> exports = audit.search(new AuditFilter(null, null, null, AuditAction.EXPORT), 10);
        assertThat(exports).anySatisfy(e -> {
            assertThat(e.target()).isEqualTo(snapshot.fileName());
            assertThat(e.detail()).startsWith("warehouse snapshot; bytes=");
        });
    }

    @Test
    @WithMockUser(username = "nobody", roles = "VIEWER")
    void nobodyButAnAdminTakesOne() {
        assertThatThrownBy(() -> snapshots.take("127.0.0.1")).isInstanceOf(AccessDeniedException.class);
    }

    @Autowired
    vn.cchc.security.AccountStore accounts;

    @Test
    @WithMockUser(username = "scoped-admin", roles = "ADMIN")
    void anAdminOfSomeProvincesTakesNone() {
        // The copy holds every province: the province scope would not apply to it.
        accounts.add(new vn.cchc.security.NewAccount("scoped-admin", null, vn.cchc.security.Role.ADMIN, false,
                java.util.Set.of("ha-noi-2025")), "a-long-password-1".toCharArray(), false, vn.cchc.security.Actor.SYSTEM);
        assertThatThrownBy(() -> snapshots.take("127.0.0.1")).isInstanceOf(AccessDeniedException.class);
    }
}
