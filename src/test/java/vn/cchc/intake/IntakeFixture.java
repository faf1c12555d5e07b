package vn.cchc.intake;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import org.jooq.DSLContext;
import vn.cchc.analytics.AnalyticsTables;
import vn.cchc.ingest.InputLimits;
import vn.cchc.security.AccountDatabase;
import vn.cchc.security.AccountStore;
import vn.cchc.security.AuditLog;
import vn.cchc.security.CurrentUser;
import vn.cchc.warehouse.BatchLoader;
import vn.cchc.warehouse.SeedReports;
import vn.cchc.warehouse.Warehouse;

/**
 * A real warehouse file and a real account store in a folder, with the intake the app would build
 * on them: the derived tables rebuilt after each write, the audit log written.
 */
final class IntakeFixture implements AutoCloseable {

    /** Thanh Hóa's Sở Nội vụ report (a seed): versions of it differ in one value and supersede each other. */
    static final String THANH_HOA = "004_197f7b6bb391846f.txt";

    final Warehouse warehouse;
    final DSLContext dsl;
    final AccountDatabase accounts;
    final AuditLog audit;
    final ReportIntake intake;
    final IntakeService service;

    IntakeFixture(Path dir) {
        this(dir, 50);
    }

    IntakeFixture(Path dir, long maxFileMb) {
        warehouse = Warehouse.open(dir.resolve("w.duckdb"));
        dsl = warehouse.dsl();
        accounts = AccountStore.open(dir.resolve("accounts.duckdb"));
        audit = new AuditLog(accounts.dsl(), Clock.systemUTC());
        AnalyticsTables derived = new AnalyticsTables(dsl);
        intake = ReportIntake.of(warehouse, null, InputLimits.DEFAULTS, 1, derived::ensureFresh);
        service = new IntakeService(intake, new CurrentUser(AccountStore.on(accounts)), audit, Clock.systemUTC(),
                maxFileMb, 1024, false);
    }

    /** The Thanh Hóa seed with its assigned civil-service posts (3.698 as filed) written otherwise. */
    static BatchLoader.Text thanhHoaVersion(String fileName, String assigned) {
        String text = new String(SeedReports.bytes(THANH_HOA), StandardCharsets.UTF_8).replace("\t3.698\t", "\t" + assigned + "\t");
        return new BatchLoader.Text(fileName, text.getBytes(StandardCharsets.UTF_8));
    }

    static BatchLoader.Text seed(String file) {
        return new BatchLoader.Text(file, SeedReports.bytes(file));
    }

    @Override
    public void close() {
        accounts.close();
        warehouse.close();
    }
}
