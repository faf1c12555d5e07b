package vn.cchc.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.cchc.warehouse.Warehouse;
import vn.cchc.warehouse.WarehouseSnapshot;

/**
 * {@code snapshot --db FILE --out COPY.duckdb [--force]}: a consistent copy of the warehouse for
 * analysts' own tools. The warehouse is opened read-only (works on a read-only file system); while
 * the web app holds it, DuckDB's lock refuses this and the app's own snapshot download is the way.
 */
@Command(name = "snapshot", header = "${bundle:snapshot.header}", description = "${bundle:snapshot.description}",
        footer = "${bundle:snapshot.footer}")
final class SnapshotCommand implements Callable<Integer> {

    private final Messages messages;
    private final PrintStream out;
    private final PrintStream err;

    @Option(names = "--db", paramLabel = "${bundle:label.file}", descriptionKey = "opt.snapshot.db")
    Path db;

    @Option(names = "--out", paramLabel = "${bundle:label.file}", descriptionKey = "opt.snapshot.out")
    Path target;

    @Option(names = "--force", descriptionKey = "opt.snapshot.force")
    boolean force;

    @Mixin
    HelpOption help;

    SnapshotCommand(Messages messages, PrintStream out, PrintStream err) {
        this.messages = messages;
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        if (db == null) {
            throw new UsageException("--db FILE is required");
        }
        if (target == null) {
            throw new UsageException("--out FILE is required");
        }
        if (!Files.isRegularFile(db)) {
            throw new UsageException(messages.get("export.noDb", db));
        }
        if (Files.exists(target) && !force) {
            throw new UsageException(messages.get("export.exists", target));
        }
        if (target.toAbsolutePath().normalize().equals(db.toAbsolutePath().normalize())) {
            throw new UsageException(messages.get("snapshot.sameFile", target));
        }
        try (Warehouse warehouse = Warehouse.openReadOnly(db)) {
            long bytes = WarehouseSnapshot.take(warehouse, target, force);
            out.println(messages.get("snapshot.done", target.toAbsolutePath(), bytes / (1024 * 1024)));
            return 0;
        } catch (FileAlreadyExistsException e) {
            throw new UsageException(messages.get("export.exists", target));
        } catch (IOException e) {
            err.println(messages.get("export.ioError", e.getMessage()));
            return 1;
        }
    }
}
