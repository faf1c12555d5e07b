package vn.cchc.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * Finds the files to load and reads each within its limits. Only regular files are read: a link
 * is followed only to a regular file, and a FIFO (which would block forever), a device (which
 * never ends, /dev/zero), a socket, a link loop or a link to a folder each become a one-line
 * reason — also inside a folder, where nothing is skipped silently but hidden entries.
 */
public final class InputFiles {

    /** Enough for every format's magic number (a PDF header may come after up to 1 KB). */
    private static final int HEAD_BYTES = 1024;

    private InputFiles() {
    }

    /**
     * The entries under the paths in a stable order: a folder's entries recursively (hidden ones
     * skipped; links not followed, so a link loop cannot trap the walk), each shown by its path
     * relative to the folder — prefixed by the folder's name when several paths are given — and a
     * file given by itself by its name. Entries that are no regular file are listed too: reading
     * them gives their reason.
     *
     * @throws IOException when a folder given cannot be listed at all
     */
    public static List<InputFile> collect(List<Path> paths) throws IOException {
        List<InputFile> files = new ArrayList<>();
        for (Path given : paths) {
            if (!Files.isDirectory(given)) {
                files.add(InputFile.of(given));
                continue;
            }
            String prefix = paths.size() > 1 && given.getFileName() != null ? given.getFileName() + "/" : "";
            List<Path> found = new ArrayList<>();
            Files.walkFileTree(given, EnumSet.noneOf(java.nio.file.FileVisitOption.class), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            return !dir.equals(given) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (!isHidden(file)) {
                                found.add(file);
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            // An unreadable subfolder or entry is listed; reading it names the reason.
                            if (!isHidden(file)) {
                                found.add(file);
                            }
                            return FileVisitResult.CONTINUE;
                        }
                    });
            found.stream().sorted().forEach(f -> files.add(new InputFile(f, VisibleText.of(prefix + relative(given, f)))));
        }
        return files;
    }

    /** The path below the folder, its parts joined by '/' on every platform (a '\\' inside a name stays a character of it). */
    private static String relative(Path folder, Path file) {
        StringBuilder out = new StringBuilder();
        for (Path part : folder.relativize(file)) {
            out.append(out.isEmpty() ? "" : "/").append(part);
        }
        return out.toString();
    }

    private static boolean isHidden(Path p) {
        return p.getFileName() != null && p.getFileName().toString().startsWith(".");
    }

    /**
     * The file's bytes, read only when it is a regular file (a link followed) within the size
     * limit of its format, which its first bytes tell.
     *
     * @throws ReportReadException with the one-line reason otherwise
     */
    public static byte[] read(Path file, InputLimits limits) throws ReportReadException {
        BasicFileAttributes attrs = attributes(file);
        if (attrs.isDirectory()) {
            throw new ReportReadException("a link to a folder: not followed (give the folder itself to load it)");
        }
        if (!attrs.isRegularFile()) {
            throw new ReportReadException(special(file) + ": not read, only regular files are");
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(HEAD_BYTES);
            InputLimits.Bound bound = limits.sizeBound(head);
            if (attrs.size() > bound.bytes()) {
                throw tooLarge(attrs.size(), bound);
            }
            // The size may have been wrong (a file still growing, a virtual file): never read past the limit.
            byte[] rest = in.readNBytes((int) Math.max(0, Math.min(Integer.MAX_VALUE - 16, bound.bytes() + 1 - head.length)));
            if (head.length + (long) rest.length > bound.bytes()) {
                throw tooLarge(head.length + (long) rest.length, bound);
            }
            byte[] all = new byte[head.length + rest.length];
            System.arraycopy(head, 0, all, 0, head.length);
            System.arraycopy(rest, 0, all, head.length, rest.length);
            return all;
        } catch (IOException e) {
            throw new ReportReadException("cannot read the file: " + ReadFailure.oneLine(e));
        }
    }

    private static ReportReadException tooLarge(long size, InputLimits.Bound bound) {
        return new ReportReadException(String.format("too large: %,d bytes, over the limit of %,d bytes for %s (setting %s)",
                size, bound.bytes(), bound.appliesTo(), "cchc.limits." + bound.setting()));
    }

    private static BasicFileAttributes attributes(Path file) throws ReportReadException {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new ReportReadException(Files.isSymbolicLink(file) ? "a broken link: its target does not exist"
                    : "no such file");
        } catch (AccessDeniedException e) {
            throw new ReportReadException("cannot read the file: permission denied");
        } catch (FileSystemException e) {
            String reason = e.getReason() == null ? "" : e.getReason();
            if (reason.contains("symbolic links")) {
                throw new ReportReadException("a link loop (too many levels of symbolic links): not read");
            }
            throw new ReportReadException("cannot read the file: " + (reason.isEmpty() ? ReadFailure.oneLine(e) : reason));
        } catch (IOException e) {
            throw new ReportReadException("cannot read the file: " + ReadFailure.oneLine(e));
        }
    }

    /** What a file that is no regular file is, from its Unix mode where the platform tells it. */
    private static String special(Path file) {
        try {
            int mode = (Integer) Files.getAttribute(file, "unix:mode");
            return switch (mode & 0170000) {
                case 0010000 -> "a FIFO (named pipe)";
                case 0020000 -> "a character device";
                case 0060000 -> "a block device";
                case 0140000 -> "a socket";
                default -> "not a regular file";
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return "not a regular file";
        }
    }
}
