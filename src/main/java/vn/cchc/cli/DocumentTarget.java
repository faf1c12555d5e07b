package vn.cchc.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import picocli.CommandLine.Option;

/**
 * What {@code compose} and {@code brief} share: the warehouse they read, the period, the file they
 * write and {@code --force}. The file appears complete or not at all, and an existing one is never
 * overwritten without --force. Each command says which endings it writes in its own help.
 */
final class DocumentTarget {

    @Option(names = "--db", paramLabel = "${bundle:label.file}", descriptionKey = "opt.compose.db", required = true)
    Path db;

    @Option(names = "--period", paramLabel = "${bundle:label.period}", descriptionKey = "opt.compose.period", required = true)
    String period;

    @Option(names = "--out", paramLabel = "${bundle:label.file}", descriptionKey = "opt.document.out", required = true)
    Path target;

    @Option(names = "--force", descriptionKey = "opt.compose.force")
    boolean force;

    /** The target's name in lower case, for its ending. */
    String name() {
        return target.getFileName().toString().toLowerCase(Locale.ROOT);
    }

    /** Usage errors before anything is opened: no warehouse file, or a target that exists without --force. */
    void check(Messages messages) {
        if (!Files.isRegularFile(db)) {
            throw new UsageException(messages.get("export.noDb", db));
        }
        if (Files.exists(target) && !force) {
            throw new UsageException(messages.get("export.exists", target));
        }
    }

    /** Beside the target first, then moved into place: never a half-written file. */
    Path write(byte[] bytes) throws IOException {
        Path absolute = target.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        Path part = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".part");
        try {
            Files.write(part, bytes);
            Files.move(part, absolute, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(part);
        }
        return absolute;
    }
}
