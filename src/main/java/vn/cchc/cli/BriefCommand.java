package vn.cchc.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.cchc.analytics.AccessScopeSource;
import vn.cchc.analytics.AgencyReports;
import vn.cchc.analytics.AgencyReportsQuery;
import vn.cchc.analytics.AnalyticsServices;
import vn.cchc.brief.BriefLanguage;
import vn.cchc.brief.Briefing;
import vn.cchc.brief.BriefingFacts;
import vn.cchc.brief.BriefingSource;
import vn.cchc.warehouse.Warehouse;

/**
 * {@code brief --db FILE [--province NAME] --period P --out FILE.pdf|.docx [--lang en]
 * [--threshold 90] [--force]}: the one-page leadership briefing (issue 13), from the figures the
 * dashboard shows.
 */
@Command(name = "brief", header = "${bundle:brief.header}", description = "${bundle:brief.description}")
final class BriefCommand implements Callable<Integer> {

    private final Messages messages;
    private final PrintStream out;
    private final PrintStream err;

    @Option(names = "--province", paramLabel = "${bundle:label.province}", descriptionKey = "opt.brief.province")
    String province;

    @Option(names = "--threshold", paramLabel = "%", descriptionKey = "opt.brief.threshold", defaultValue = "90")
    double threshold;

    /** --db, --period, --out FILE.pdf|.docx, --force. */
    @Mixin
    DocumentTarget document;

    @Mixin
    HelpOption help;

    /** The account store whose audit log records the document (the web app's unless --accounts names one). */
    @Mixin
    AccountFile accounts;

    BriefCommand(Messages messages, PrintStream out, PrintStream err) {
        this.messages = messages;
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        String name = document.name();
        Briefing.Format format = name.endsWith(".pdf") ? Briefing.Format.PDF : name.endsWith(".docx") ? Briefing.Format.DOCX : null;
        if (format == null) {
            throw new UsageException(messages.get("brief.format", document.target));
        }
        if (!(threshold > 0 && threshold <= 100)) {
            throw new UsageException(messages.get("brief.threshold", threshold));
        }
        document.check(messages);
        // It only reads: read-only, so that it works beside other readers and on a read-only file system.
        try (Warehouse warehouse = Warehouse.openReadOnly(document.db)) {
            AnalyticsServices services = AnalyticsServices.on(warehouse.dsl(), AccessScopeSource.countryWide(), true);
            AgencyReportsQuery query = services.agencyReports();
            AgencyReports.Period p = query.period(document.period)
                    .orElseThrow(() -> new UsageException(messages.get("export.unknownPeriod", document.period)));
            AgencyReports.Province where = province == null ? null : query.province(province, p)
                    .orElseThrow(() -> new UsageException(messages.get("compose.unknownProvince", province, p.code())));
            BriefingFacts facts = new BriefingSource(services.overview(), services.rankings(), services.trends(), query,
                    services.measures()).facts(where, p.code(), threshold);
            byte[] bytes = Briefing.write(facts, BriefLanguage.of(messages.locale().getLanguage()), format);
            Path absolute = document.write(bytes);
            String notAudited = DocumentAudit.record(accounts, messages, document.target.getFileName().toString(),
                    "brief; province=" + (where == null ? "(country)" : where.slug()) + ", period=" + p.code());
            if (notAudited != null) {
                err.println(notAudited);
            }
            out.println(messages.get("brief.done", where == null ? "—" : where.name(), p.code(), absolute));
            return 0;
        } catch (IOException e) {
            err.println(messages.get("export.ioError", e.getMessage()));
            return 1;
        }
    }
}
