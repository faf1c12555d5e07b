package vn.cchc.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.cchc.analytics.AgencyReports;
import vn.cchc.analytics.AgencyReportsQuery;
import vn.cchc.compose.AppendixDocx;
import vn.cchc.compose.AppendixXlsx;
import vn.cchc.compose.Composer;
import vn.cchc.compose.ProvinceAppendix;
import vn.cchc.warehouse.Warehouse;

/**
 * {@code compose --db FILE --province NAME --period P --out FILE.docx|.xlsx [--force]}: the
 * province's aggregate appendix composed from its agencies' current reports (issue 13). The file
 * appears complete or not at all, and an existing one is never overwritten without --force.
 */
@Command(name = "compose", header = "${bundle:compose.header}", description = "${bundle:compose.description}")
final class ComposeCommand implements Callable<Integer> {

    private final Messages messages;
    private final PrintStream out;
    private final PrintStream err;

    @Option(names = "--province", paramLabel = "${bundle:label.province}", descriptionKey = "opt.compose.province", required = true)
    String province;

    /** --db, --period, --out FILE.docx|.xlsx, --force. */
    @Mixin
    DocumentTarget document;

    @Mixin
    HelpOption help;

    /** The account store whose audit log records the document (the web app's unless --accounts names one). */
    @Mixin
    AccountFile accounts;

    ComposeCommand(Messages messages, PrintStream out, PrintStream err) {
        this.messages = messages;
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        String name = document.name();
        boolean docx = name.endsWith(".docx");
        if (!docx && !name.endsWith(".xlsx")) {
            throw new UsageException(messages.get("compose.format", document.target));
        }
        document.check(messages);
        // It only reads: read-only, so that it works beside other readers and on a read-only file system.
        try (Warehouse warehouse = Warehouse.openReadOnly(document.db)) {
            AgencyReportsQuery query = AgencyReportsQuery.countryWide(warehouse.dsl());
            AgencyReports.Period p = query.period(document.period)
                    .orElseThrow(() -> new UsageException(messages.get("export.unknownPeriod", document.period)));
            AgencyReports.Province where = query.province(province, p)
                    .orElseThrow(() -> new UsageException(messages.get("compose.unknownProvince", province, p.code())));
            AgencyReports reports = query.reports(where, p);
            ProvinceAppendix appendix = Composer.bundled().compose(reports);
            byte[] bytes = docx ? new AppendixDocx().write(appendix) : new AppendixXlsx().write(appendix);
            Path written = document.write(bytes);
            long filled = appendix.rows().stream().filter(r -> r.value() != null).count();
            out.println(messages.get("compose.done", where.name(), p.code(), reports.units().size(), filled,
                    reports.missing().size(), written));
            String notAudited = DocumentAudit.record(accounts, messages, document.target.getFileName().toString(),
                    "compose; province=" + where.slug() + ", period=" + p.code()
                    + "; agencies=" + reports.units().size() + ", missing=" + reports.missing().size());
            if (notAudited != null) {
                err.println(notAudited);
            }
            if (reports.units().isEmpty()) {
                err.println(messages.get("compose.noReports", where.name(), p.code()));
            }
            return 0;
        } catch (IOException e) {
            err.println(messages.get("export.ioError", e.getMessage()));
            return 1;
        }
    }
}
