package vn.cchc.snapshot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import vn.cchc.security.Account;
import vn.cchc.security.Actor;
import vn.cchc.security.AuditAction;
import vn.cchc.security.AuditLog;
import vn.cchc.security.CurrentUser;
import vn.cchc.security.Role;
import vn.cchc.warehouse.Warehouse;
import vn.cchc.warehouse.WarehouseSnapshot;

/**
 * A consistent copy of the warehouse the app holds, for an admin: written to a temporary file
 * (the caller streams it and deletes it), audited as an export of the whole warehouse. It works
 * while reports are being loaded: the copy holds the reports committed when it began, each whole.
 */
@Service
public class SnapshotService {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Warehouse warehouse;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    public SnapshotService(Warehouse warehouse, CurrentUser currentUser, AuditLog audit, Clock clock) {
        this.warehouse = warehouse;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** The file to hand out and the name to offer it under. */
    public record Snapshot(Path file, String fileName, long bytes) {
    }

    /**
     * @param client where the request came from, for the audit log
     * @throws AccessDeniedException unless an enabled country-wide admin is signed in (audited as denied)
     */
    public Snapshot take(String client) throws IOException {
        Account account = currentUser.account().filter(Account::enabled).orElse(null);
        Actor actor = new Actor(account == null ? currentUser.name().orElse("(anonymous)") : account.name(), client);
        String fileName = "cchc-snapshot-" + LocalDateTime.now(clock).format(STAMP) + ".duckdb";
        // The copy holds every province: an admin scoped to some provinces may not take it.
        if (account == null || !account.role().includes(Role.ADMIN) || !account.countryWide()) {
            audit.record(actor, AuditAction.EXPORT, fileName, AuditLog.Outcome.DENIED,
                    "warehouse snapshot: country-wide admins only");
            throw new AccessDeniedException("a warehouse snapshot is for country-wide admins only");
        }
        Path dir = Files.createTempDirectory("cchc-snapshot");
        Path file = dir.resolve(fileName);
        try {
            long bytes = WarehouseSnapshot.take(warehouse, file, false);
            audit.record(actor, AuditAction.EXPORT, fileName, AuditLog.Outcome.OK, "warehouse snapshot; bytes=" + bytes);
            return new Snapshot(file, fileName, bytes);
        } catch (IOException | RuntimeException e) {
            audit.record(actor, AuditAction.EXPORT, fileName, AuditLog.Outcome.FAILED, "warehouse snapshot: " + e.getMessage());
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
            throw e;
        }
    }

    /** Deletes a snapshot once it has been handed out. */
    public static void discard(Snapshot snapshot) {
        try {
            Files.deleteIfExists(snapshot.file());
            Files.deleteIfExists(snapshot.file().getParent());
        } catch (IOException ignored) {
            // left in the system's temporary folder, which it cleans
        }
    }
}
