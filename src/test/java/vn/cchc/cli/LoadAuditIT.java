package vn.cchc.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.warehouse.jooq.Tables.REPORT_LOADED_BY;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.security.AccountDatabase;
import vn.cchc.security.AccountStore;
import vn.cchc.security.AuditAction;
import vn.cchc.security.AuditEntry;
import vn.cchc.security.AuditFilter;
import vn.cchc.security.AuditLog;
import vn.cchc.warehouse.SeedReports;
import vn.cchc.warehouse.Warehouse;

/** A command-line load is recorded in the web app's audit log, as the operator's; it never creates an account store. */
class LoadAuditIT {

    @TempDir
    Path tmp;

    @Test
    void aLoadFromTheCommandLineIsAuditedWithItsFilesAndOutcome() {
        Path accounts = tmp.resolve("accounts.duckdb");
        AccountStore.open(accounts).close();
        SeedReports.copyTo(tmp.resolve("reports"));
        CliRun run = CliRun.of("load", "--db", tmp.resolve("w.duckdb").toString(), "--accounts", accounts.toString(),
                "--lang", "en", tmp.resolve("reports").toString());
        assertThat(run.exit()).isZero();
        try (AccountDatabase db = AccountStore.open(accounts)) {
            List<AuditEntry> loads = new AuditLog(db.dsl(), Clock.systemDefaultZone())
                    .search(new AuditFilter(null, null, null, AuditAction.LOAD), 10);
            assertThat(loads).hasSize(1);
            AuditEntry e = loads.getFirst();
            assertThat(e.account()).startsWith("cli:");
            assertThat(e.target()).isEqualTo("w.duckdb");
            assertThat(e.outcome()).isEqualTo("ok");
            assertThat(e.detail()).contains("LOADED=5").contains("=loaded");
            // The warehouse names the same loader on each report (the upload history's "loaded by").
            try (Warehouse w = Warehouse.open(tmp.resolve("w.duckdb"))) {
                assertThat(w.dsl().selectDistinct(REPORT_LOADED_BY.ACCOUNT).from(REPORT_LOADED_BY).fetch(REPORT_LOADED_BY.ACCOUNT))
                        .containsExactly(e.account());
                assertThat(w.dsl().fetchCount(REPORT_LOADED_BY)).isEqualTo(5);
            }
        }
    }

    @Test
    void withoutAnAccountStoreTheLoadRunsAndCreatesNone() {
        Path accounts = tmp.resolve("none.duckdb");
        SeedReports.copyTo(tmp.resolve("reports"));
        CliRun run = CliRun.of("load", "--db", tmp.resolve("w.duckdb").toString(), "--accounts", accounts.toString(),
                tmp.resolve("reports").toString());
        assertThat(run.exit()).isZero();
        assertThat(accounts).doesNotExist();
    }
}
