package vn.cchc.warehouse;

import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.name;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * A consistent copy of the warehouse in a new DuckDB file, for analysts' own tools while the app
 * (or a load) owns the original: DuckDB's {@code COPY FROM DATABASE} reads the warehouse in one
 * transaction, so the copy holds what was committed when it began — whole reports only, however
 * a load runs meanwhile — with its schema, views, sequences and migration history (it opens as a
 * migrated warehouse). jOOQ has no model of ATTACH or COPY FROM DATABASE, hence the three
 * statement templates below; the file name and the alias are bound as escaped literals/names.
 * The copy is written beside the target and moved into place: a file appears whole or not at all.
 */
public final class WarehouseSnapshot {

    private WarehouseSnapshot() {
    }

    /**
     * @param replace replace an existing file at {@code out}; otherwise an existing file is refused
     * @return the copy's size in bytes
     * @throws FileAlreadyExistsException when {@code out} exists and {@code replace} is false
     */
    public static long take(Warehouse warehouse, Path out, boolean replace) throws IOException {
        Path target = out.toAbsolutePath();
        if (!replace && Files.exists(target)) {
            throw new FileAlreadyExistsException(target.toString());
        }
        Files.createDirectories(target.getParent());
        String alias = "snapshot_" + UUID.randomUUID().toString().replace("-", "");
        // A name, not a created file: DuckDB makes a new database only where there is no file yet.
        Path part = target.resolveSibling("." + target.getFileName() + "." + alias + ".part");
        DSLContext dsl = warehouse.dsl();
        String source = dsl.fetchValue(DSL.select(DSL.function("current_database", String.class)));
        try {
            try {
                // READ_WRITE even when the warehouse was opened read-only (then attaching would default to read-only).
                dsl.execute("ATTACH {0} AS {1} (READ_WRITE)", inline(part.toString()), name(alias));
                try {
                    dsl.execute("COPY FROM DATABASE {0} TO {1}", name(source), name(alias));
                } finally {
                    dsl.execute("DETACH {0}", name(alias));
                }
            } catch (org.jooq.exception.DataAccessException e) {
                throw new IOException("cannot write the snapshot " + target + ": " + e.getMessage()
                        + FatalCause.of(e).map(c -> " — " + c).orElse(""), e);
            }
            if (!replace && Files.exists(target)) {
                throw new FileAlreadyExistsException(target + " (appeared while copying; left untouched)");
            }
            try {
                Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return Files.size(target);
        } finally {
            Files.deleteIfExists(part);
            Files.deleteIfExists(part.resolveSibling(part.getFileName() + ".wal"));
        }
    }
}
