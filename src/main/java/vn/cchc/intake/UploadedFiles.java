package vn.cchc.intake;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import vn.cchc.ingest.VisibleText;
import vn.cchc.warehouse.BatchLoader;

/**
 * Turns staged files into the texts the loader reads: a file as it is, a .zip of reports opened
 * (folders inside are fine). Every byte counted as it is read, never trusting a size a header
 * claims: a file past the size limit, a zip entry that unpacks past it (a zip bomb), an archive
 * with too many entries or too much in all, an entry whose name climbs out of the archive — each is
 * that file's clear failure, and the rest go on. A Word or Excel file is a zip too: an archive is a
 * zip without the Office package's [Content_Types].xml.
 */
final class UploadedFiles {

    /** Entries in one archive: far more than a quarter's reports of a province, far fewer than a bomb's. */
    static final int MAX_ENTRIES = 5_000;

    private final long maxFileBytes;
    private final long maxArchiveBytes;

    /**
     * @param maxFileBytes    a file, or an entry once unpacked (cchc.upload.max-file-mb)
     * @param maxArchiveBytes everything an archive unpacks to
     */
    UploadedFiles(long maxFileBytes, long maxArchiveBytes) {
        this.maxFileBytes = maxFileBytes;
        this.maxArchiveBytes = maxArchiveBytes;
    }

    /**
     * A file read, or the reason it cannot be: the name is as shown to the user.
     *
     * @param source the staged file it came from (an archive gives several)
     */
    record Item(int source, String shownAs, BatchLoader.Text text, String error) {
    }

    /** Reads the staged files (deleting temporary copies as soon as they are read), opening archives. */
    List<Item> read(List<Staged> staged) {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < staged.size(); i++) {
            Staged s = staged.get(i);
            List<Item> read = new ArrayList<>();
            try {
                readOne(s, read);
                int source = i;
                read.forEach(item -> items.add(new Item(source, item.shownAs(), item.text(), item.error())));
            } finally {
                if (s.deleteAfterReading()) {
                    try {
                        Files.deleteIfExists(s.bytes());
                    } catch (IOException ignored) {
                        // A temporary file of the servlet container's: it cleans its own folder too.
                    }
                }
            }
        }
        return items;
    }

    private void readOne(Staged s, List<Item> items) {
        String shown = VisibleText.of(s.fileName());
        byte[] bytes;
        try {
            if (Files.size(s.bytes()) > maxFileBytes) {
                items.add(new Item(0, shown, null, tooLarge()));
                return;
            }
            try (InputStream in = Files.newInputStream(s.bytes())) {
                bytes = readAtMost(in, maxFileBytes);
            }
        } catch (IOException e) {
            items.add(new Item(0, shown, null, "cannot be read: " + e.getMessage()));
            return;
        }
        if (bytes == null) {
            items.add(new Item(0, shown, null, tooLarge()));
        } else if (isArchive(s)) {
            openArchive(shown, bytes, items);
        } else {
            items.add(new Item(0, shown, new BatchLoader.Text(s.fileName(), bytes), null));
        }
    }

    private void openArchive(String archive, byte[] zip, List<Item> items) {
        int entries = 0;
        long total = 0;
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                if (e.isDirectory()) {
                    continue;
                }
                String name = e.getName().replace('\\', '/');
                String shown = archive + "/" + VisibleText.of(name);
                if (++entries > MAX_ENTRIES) {
                    items.add(new Item(0, archive, null, "refused: the archive has more than " + MAX_ENTRIES
                            + " files; the files after that were not read"));
                    return;
                }
                if (name.startsWith("/") || name.contains("../") || name.equals("..") || name.matches("^[A-Za-z]:.*")) {
                    items.add(new Item(0, shown, null, "refused: its path in the archive leads outside it"));
                    continue;
                }
                String last = name.substring(name.lastIndexOf('/') + 1);
                if (last.startsWith(".") || name.startsWith("__MACOSX/")) {
                    continue; // a system's own files (macOS resource forks, dot files): not reports
                }
                long room = Math.min(maxFileBytes, maxArchiveBytes - total);
                byte[] bytes = readAtMost(in, room);
                if (bytes == null) {
                    // Reading on past an entry would inflate the rest of it (a bomb's gigabytes): stop here.
                    items.add(new Item(0, shown, null, room < maxFileBytes
                            ? "refused: the archive unpacks to more than " + mib(maxArchiveBytes) + "; the files after it were not read"
                            : "refused: it unpacks to more than " + mib(maxFileBytes)
                            + " (setting cchc.upload.max-file-mb); the files after it were not read"));
                    return;
                }
                total += bytes.length;
                items.add(new Item(0, shown, new BatchLoader.Text(last, bytes), null));
            }
            if (entries == 0) {
                items.add(new Item(0, archive, null, "the archive holds no files"));
            }
        } catch (IOException | IllegalArgumentException e) {
            items.add(new Item(0, archive, null, "the archive is damaged or not a zip: " + e.getMessage()));
        }
    }

    /** The stream's bytes, or null when there are more than {@code max}. */
    private static byte[] readAtMost(InputStream in, long max) throws IOException {
        byte[] bytes = new BufferedInputStream(in).readNBytes((int) Math.min(Integer.MAX_VALUE - 8, Math.max(0, max) + 1));
        return bytes.length > max ? null : bytes;
    }

    /**
     * A zip container that is not an Office document (docx and xlsx carry [Content_Types].xml, an
     * OpenDocument file its mimetype). Read from the central directory: nothing is inflated.
     */
    static boolean isArchive(Staged s) {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(s.bytes().toFile())) {
            return zip.getEntry("[Content_Types].xml") == null && zip.getEntry("mimetype") == null;
        } catch (IOException | RuntimeException e) {
            return false; // not a readable zip: the loader says what it is
        }
    }

    private String tooLarge() {
        return "refused: larger than " + mib(maxFileBytes) + " (setting cchc.upload.max-file-mb)";
    }

    private static String mib(long bytes) {
        return (bytes / (1024 * 1024)) + " MB";
    }
}
