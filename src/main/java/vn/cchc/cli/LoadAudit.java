package vn.cchc.cli;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.cchc.security.AccountDatabase;
import vn.cchc.security.Actor;
import vn.cchc.security.AuditAction;
import vn.cchc.security.AuditLog;
import vn.cchc.security.AuditLog.Outcome;
import vn.cchc.warehouse.FileOutcome;

/**
 * A load from the command line goes into the web app's audit log too, as the operator's (cli:USER):
 * the files and how each ended. Only into an account store that exists — a load never creates one —
 * and a store that cannot be opened costs a warning line, never the load.
 */
final class LoadAudit {

    private LoadAudit() {
    }

    /** @return the warning to print, or null when the load was recorded or there is no store */
    static String record(AccountFile accounts, Messages messages, String warehouse, List<FileOutcome> outcomes) {
        AccountDatabase.Location where = accounts.location(System.getenv());
        if (where.file() != null && !Files.isRegularFile(where.file())) {
            return null;
        }
        try (AccountDatabase db = AccountDatabase.open(where)) {
            Map<FileOutcome.Kind, Long> kinds = outcomes.stream()
                    .collect(Collectors.groupingBy(FileOutcome::kind, java.util.TreeMap::new, Collectors.counting()));
            boolean failed = kinds.containsKey(FileOutcome.Kind.FAILED) || kinds.containsKey(FileOutcome.Kind.FATAL);
            String files = outcomes.stream().map(o -> o.fileName() + "=" + o.kind().name().toLowerCase())
                    .collect(Collectors.joining(", "));
            new AuditLog(db.dsl(), java.time.Clock.systemDefaultZone()).record(Actor.commandLine(), AuditAction.LOAD,
                    warehouse, failed ? Outcome.FAILED : Outcome.OK, kinds + "; " + files);
            return null;
        } catch (RuntimeException e) { // the store refused: held by the running app, or broken
            return messages.get("load.notAudited", e.getMessage());
        }
    }
}
