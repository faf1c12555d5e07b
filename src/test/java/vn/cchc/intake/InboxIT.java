package vn.cchc.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.warehouse.jooq.Tables.REPORT;
import static vn.cchc.warehouse.jooq.Tables.REPORT_LOADED_BY;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.security.AuditAction;
import vn.cchc.security.AuditFilter;
import vn.cchc.warehouse.BatchLoader;
import vn.cchc.warehouse.SeedReports;

/** Files dropped in the inbox are loaded once they stop growing, then moved with their outcome beside them. */
class InboxIT {

    @TempDir
    Path tmp;
    IntakeFixture f;
    Path root;
    Inbox inbox;

    @BeforeEach
    void open() throws Exception {
        f = new IntakeFixture(tmp.resolve("db"));
        root = tmp.resolve("inbox");
        inbox = new Inbox(f.service, Clock.systemUTC(), root.toString(), 3_600_000); // polled by hand here
        inbox.afterPropertiesSet();
    }

    @AfterEach
    void close() {
        inbox.destroy();
        f.close();
    }

    @Test
    void aDroppedFileIsLoadedOnceItStopsGrowingThenMovedToDone() throws Exception {
        Path dropped = Files.write(root.resolve(IntakeFixture.THANH_HOA), SeedReports.bytes(IntakeFixture.THANH_HOA));

        inbox.poll();
        assertThat(f.dsl.fetchCount(REPORT)).as("first look: it may still be growing").isZero();
        inbox.poll();

        assertThat(f.dsl.fetchCount(REPORT)).isEqualTo(1);
        assertThat(dropped).doesNotExist();
        assertThat(root.resolve("done").resolve(IntakeFixture.THANH_HOA)).exists();
        assertThat(Files.readString(root.resolve("done").resolve(IntakeFixture.THANH_HOA + ".txt")))
                .contains(IntakeFixture.THANH_HOA + ": loaded (report ", "Thanh Hóa");
        assertThat(f.audit.search(new AuditFilter(null, null, "system", AuditAction.LOAD), 10)).singleElement()
                .satisfies(e -> assertThat(e.target()).isEqualTo("inbox"));
        assertThat(f.dsl.select(REPORT_LOADED_BY.ACCOUNT).from(REPORT_LOADED_BY).fetch(REPORT_LOADED_BY.ACCOUNT))
                .as("the report names its loader").containsExactly("system");
    }

    @Test
    void aFileThatGrowsBetweenTwoLooksWaits() throws Exception {
        Path dropped = root.resolve("growing.txt");
        Files.write(dropped, SeedReports.bytes(IntakeFixture.THANH_HOA));
        inbox.poll();
        Files.write(dropped, "\n".getBytes(), java.nio.file.StandardOpenOption.APPEND);

        inbox.poll();

        assertThat(dropped).exists();
        assertThat(f.dsl.fetchCount(REPORT)).isZero();
    }

    @Test
    void aFileThatFailsGoesToFailedWithItsReasonAndAFolderKeepsItsPath() throws Exception {
        Path folder = Files.createDirectories(root.resolve("quy-2/so-noi-vu"));
        Files.write(folder.resolve("rubbish.pdf"), "not a pdf at all".getBytes());
        Files.write(folder.resolve(SeedReports.FILES.get(0)), SeedReports.bytes(SeedReports.FILES.get(0)));

        inbox.poll();
        inbox.poll();

        assertThat(root.resolve("failed/quy-2/so-noi-vu/rubbish.pdf")).exists();
        assertThat(Files.readString(root.resolve("failed/quy-2/so-noi-vu/rubbish.pdf.txt"))).contains("rubbish.pdf: failed — ");
        assertThat(root.resolve("done/quy-2/so-noi-vu").resolve(SeedReports.FILES.get(0))).exists();
        assertThat(root.resolve("quy-2")).as("the dropped folder goes once emptied").doesNotExist();
        assertThat(f.dsl.fetchCount(REPORT)).isEqualTo(1);
    }

    @Test
    void aFileLoadedButNotMovedBeforeACrashIsReadAgainAndNotLoadedTwice() throws Exception {
        // The crash: the report was written, the app died before moving the file.
        f.intake.loadTexts(List.of(IntakeFixture.seed(IntakeFixture.THANH_HOA)).iterator(), BatchLoader.Gate.OPEN, o -> { });
        Files.write(root.resolve(IntakeFixture.THANH_HOA), SeedReports.bytes(IntakeFixture.THANH_HOA));
        Inbox restarted = new Inbox(f.service, Clock.systemUTC(), root.toString(), 3_600_000);
        restarted.afterPropertiesSet();

        restarted.poll();
        restarted.poll();
        restarted.destroy();

        assertThat(f.dsl.fetchCount(REPORT)).isEqualTo(1);
        assertThat(Files.readString(root.resolve("done").resolve(IntakeFixture.THANH_HOA + ".txt"))).contains(": duplicate");
    }
}
