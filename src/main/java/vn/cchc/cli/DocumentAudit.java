package vn.cchc.cli;

import java.nio.file.Files;
import vn.cchc.security.AccountDatabase;
import vn.cchc.security.Actor;
import vn.cchc.security.AuditAction;
import vn.cchc.security.AuditLog;
import vn.cchc.security.AuditLog.Outcome;

/**
 * A document made on the command line ({@code compose}, {@code brief}) goes into the web app's audit
 * log as an export by the operator (cli:USER), as {@link LoadAudit} records loads: only into an
 * account store that exists, and a store that cannot be opened costs a warning line, never the file.
 */
final class DocumentAudit {

    private DocumentAudit() {
    }

    /** @return the warning to print, or null when recorded or there is no store */
    static String record(AccountFile accounts, Messages messages, String fileName, String detail) {
        AccountDatabase.Location where = accounts.location(System.getenv());
        if (where.file() != null && !Files.isRegularFile(where.file())) {
            return null;
        }
        try (AccountDatabase db = AccountDatabase.open(where)) {
            new AuditLog(db.dsl(), java.time.Clock.systemDefaultZone()).record(Actor.commandLine(), AuditAction.EXPORT,
                    fileName, Outcome.OK, detail);
            return null;
        } catch (RuntimeException e) { // the store refused: held by the running app, or broken
            return messages.get("load.notAudited", e.getMessage());
        }
    }
}
