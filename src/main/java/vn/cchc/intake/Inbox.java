package vn.cchc.intake;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The inbox folder (cchc.inbox, CCHC_INBOX; default data/inbox): files and folders dropped there
 * are loaded as the system account once they stop growing (the same size and modification time at
 * two looks a poll apart), then moved to done/ (or failed/, when any of a file's reports was not
 * loaded) under the same relative path, beside a .txt with the outcome and findings.
 *
 * <p>A file caught half-way by a crash is still in the inbox at the next start and is read again;
 * what had been written is then a duplicate (same SHA-256) and is not loaded twice.
 */
@Component
public class Inbox implements InitializingBean, DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(Inbox.class);
    static final String DONE = "done";
    static final String FAILED = "failed";
    /** Files loaded per batch: bounded memory however much is dropped at once. */
    private static final int BATCH_FILES = 200;
    private static final long BATCH_BYTES = 256L * 1024 * 1024;

    private final IntakeService intake;
    private final Path root;
    private final long pollMillis;
    private final Clock clock;
    private final Map<Path, Seen> seen = new HashMap<>();
    private ScheduledExecutorService poller;

    public Inbox(IntakeService intake, Clock clock, @Value("${cchc.inbox:}") String root,
                 @Value("${cchc.inbox-poll-ms:2000}") long pollMillis) {
        this.intake = intake;
        this.clock = clock;
        this.root = root == null || root.isBlank() ? null : Path.of(root).toAbsolutePath();
        this.pollMillis = pollMillis;
    }

    @Override
    public void afterPropertiesSet() throws IOException {
        if (root == null || !intake.enabled()) {
            LOG.info("Không dùng thư mục nhận báo cáo / No inbox folder{}", root == null ? "" : " (the warehouse is read-only)");
            return;
        }
        Files.createDirectories(root.resolve(DONE));
        Files.createDirectories(root.resolve(FAILED));
        LOG.info("Thư mục nhận báo cáo / Inbox folder: {}", root);
        poller = Executors.newSingleThreadScheduledExecutor(r -> Thread.ofPlatform().name("inbox").daemon().unstarted(r));
        poller.scheduleWithFixedDelay(this::pollSafely, pollMillis, pollMillis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void destroy() {
        if (poller != null) {
            poller.shutdownNow();
        }
    }

    private void pollSafely() {
        try {
            poll();
        } catch (RuntimeException | IOException e) {
            // The next look tries again; a file is never moved unless its outcome was written.
            LOG.error("Thư mục nhận báo cáo: lỗi / Inbox: {}", e.getMessage(), e);
        }
    }

    /** One look: the files that stopped growing since the last look are loaded and moved. */
    synchronized void poll() throws IOException {
        List<Path> stable = new ArrayList<>();
        Map<Path, Seen> now = new HashMap<>();
        for (Path file : files()) {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            Seen s = new Seen(a.size(), a.lastModifiedTime().toMillis());
            if (s.equals(seen.get(file))) {
                stable.add(file);
            } else {
                now.put(file, s);
            }
        }
        seen.clear();
        seen.putAll(now);
        List<Path> batch = new ArrayList<>();
        long bytes = 0;
        for (Path file : stable) {
            batch.add(file);
            bytes += Files.size(file);
            if (batch.size() >= BATCH_FILES || bytes >= BATCH_BYTES) {
                load(batch);
                batch.clear();
                bytes = 0;
            }
        }
        if (!batch.isEmpty()) {
            load(batch);
        }
    }

    private void load(List<Path> files) throws IOException {
        List<Staged> staged = files.stream().map(f -> new Staged(f.getFileName().toString(), f, false)).toList();
        List<List<IntakeOutcome>> outcomes = intake.loadEach(Loader.system(), "inbox", staged, o -> { });
        for (int i = 0; i < files.size(); i++) {
            List<IntakeOutcome> of = outcomes.get(i);
            boolean ok = !of.isEmpty() && of.stream().allMatch(o -> o.outcome() == IntakeOutcome.Outcome.LOADED
                    || o.outcome() == IntakeOutcome.Outcome.DUPLICATE);
            move(files.get(i), ok ? DONE : FAILED, of);
        }
    }

    /** Moves a file under done/ or failed/, keeping its relative path, with its outcome beside it. */
    private void move(Path file, String to, List<IntakeOutcome> outcomes) throws IOException {
        Path relative = root.relativize(file);
        Path target = free(root.resolve(to).resolve(relative));
        Files.createDirectories(target.getParent());
        // The outcome first: a crash between the two leaves the file in the inbox, read again next time.
        Files.writeString(target.resolveSibling(target.getFileName() + ".txt"), describe(relative, outcomes),
                StandardCharsets.UTF_8);
        Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
        removeEmptyParents(file);
        LOG.info("Thư mục nhận báo cáo / Inbox: {} → {}/", relative, to);
    }

    private String describe(Path relative, List<IntakeOutcome> outcomes) {
        StringBuilder b = new StringBuilder();
        b.append(relative).append('\n').append(DateTimeFormatter.ISO_INSTANT.format(clock.instant())).append('\n');
        if (outcomes.isEmpty()) {
            b.append("no report in it\n");
        }
        for (IntakeOutcome o : outcomes) {
            b.append('\n').append(o.name()).append(": ").append(o.outcome().name().toLowerCase(java.util.Locale.ROOT));
            if (o.reportId() != null) {
                b.append(" (report ").append(o.reportId()).append(')');
            }
            if (o.error() != null) {
                b.append(" — ").append(o.error());
            }
            b.append('\n');
            if (o.province() != null || o.period() != null) {
                b.append("  ").append(String.join(" · ", nz(o.province()), nz(o.agency()), nz(o.period()))).append('\n');
            }
            if (!o.superseded().isEmpty()) {
                b.append("  supersedes ").append(o.superseded()).append('\n');
            }
            for (IntakeOutcome.FindingLine f : o.findings()) {
                b.append("  [").append(f.rule()).append(f.line() == null ? "" : " @" + f.line()).append("] ")
                        .append(f.message()).append('\n');
            }
        }
        return b.toString();
    }

    private List<Path> files() throws IOException {
        List<Path> files = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                Path rel = root.relativize(dir);
                return rel.toString().equals(DONE) || rel.toString().equals(FAILED) ? FileVisitResult.SKIP_SUBTREE
                        : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                // Regular files only, and not the hidden ones a copy in progress or an editor leaves.
                if (attrs.isRegularFile() && !file.getFileName().toString().startsWith(".")) {
                    files.add(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE;
            }
        });
        return files;
    }

    /** A dropped folder goes once its last file has: its now empty folders are removed, up to the inbox. */
    private void removeEmptyParents(Path file) {
        for (Path d = file.getParent(); d != null && !d.equals(root) && d.startsWith(root); d = d.getParent()) {
            if (!d.toFile().delete()) { // only an empty folder is deleted
                return;
            }
        }
    }

    /** The path, or the path with " (2)", " (3)" … before its extension when something is there already. */
    private static Path free(Path p) {
        if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
            return p;
        }
        String name = p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot) : "";
        for (int n = 2; ; n++) {
            Path candidate = p.resolveSibling(base + " (" + n + ")" + ext);
            if (!Files.exists(candidate, LinkOption.NOFOLLOW_LINKS)) {
                return candidate;
            }
        }
    }

    private static String nz(String s) {
        return s == null ? "?" : s;
    }

    private record Seen(long size, long modified) {
    }
}
