package vn.cchc.warehouse;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import vn.cchc.ingest.LegacyVietnameseEncoding.Encoding;
import vn.cchc.ingest.SeedDocuments;

/**
 * The hostile inputs, all generated here at test time (nothing large is committed): each a file (or
 * a link, a FIFO) to put in a folder, and what a correct loader does with it. Variants of seed 004
 * only, so that the good files of {@link HostileInputIT} (the other seeds) never share an agency
 * and period with them.
 */
final class HostileInputs {

    /** What must happen: one clear error line, a load, or either (a text cut short may still hold a report). */
    enum Expect { ERROR, LOAD, EITHER }

    @FunctionalInterface
    interface Maker {
        void make(Path file) throws Exception;
    }

    record Case(String group, String fileName, Expect expect, Maker maker) {
    }

    private static final String SEED = "004";
    private static final int TRUNCATIONS = 12;

    private HostileInputs() {
    }

    /**
     * Writes every case into {@code root/cases/NNN/} and the good files — the other seeds as text and
     * in every binary format — into {@code root/0-good/} (sorted first).
     *
     * @return the cases, the NNN-th in folder NNN
     */
    static List<Case> writeAll(Path root) throws Exception {
        List<Case> cases = all();
        for (int i = 0; i < cases.size(); i++) {
            Path dir = Files.createDirectories(root.resolve(String.format("cases/%03d", i)));
            cases.get(i).maker().make(dir.resolve(cases.get(i).fileName()));
        }
        Path good = SeedReports.copyTo(root.resolve("0-good"));
        for (String seed : List.of("000", "003")) {
            Files.write(good.resolve(seed + ".docx"), SeedDocuments.docx(seed));
            Files.write(good.resolve(seed + ".xlsx"), SeedDocuments.xlsx(seed));
            Files.write(good.resolve(seed + ".xls"), SeedDocuments.xls(seed));
        }
        Optional<Path> font = SeedDocuments.unicodeFont();
        if (font.isPresent()) {
            Files.write(good.resolve("002.pdf"), SeedDocuments.pdfLines("002", font.get()));
        }
        Files.delete(good.resolve(SeedReports.FILES.get(4))); // seed 004 is the hostile cases' base
        return cases;
    }

    /** Writes the files for a run of the command line by hand: {@code HostileInputs DIR}. */
    public static void main(String[] args) throws Exception {
        System.out.println(writeAll(Path.of(args[0])).size() + " cases written to " + args[0]);
    }

    static List<Case> all() {
        List<Case> cases = new ArrayList<>();
        byte[] text = SeedDocuments.text(SEED);
        byte[] docx = SeedDocuments.docx(SEED);
        byte[] xlsx = SeedDocuments.xlsx(SEED);
        byte[] xls = SeedDocuments.xls(SEED);
        byte[] pdf = SeedDocuments.unicodeFont().map(font -> SeedDocuments.pdfLines(SEED, font))
                .orElseThrow(() -> new IllegalStateException("no Unicode TrueType font in /usr/share/fonts to print a PDF with"));
        List<Object[]> formats = List.of(new Object[] {"txt", text}, new Object[] {"docx", docx},
                new Object[] {"xlsx", xlsx}, new Object[] {"xls", xls}, new Object[] {"pdf", pdf});

        // Truncations of every format at many offsets: a binary file cut short is refused whole.
        for (Object[] f : formats) {
            String ext = (String) f[0];
            byte[] whole = (byte[]) f[1];
            int[] lengths = new int[TRUNCATIONS + 2];
            lengths[0] = 1;
            lengths[1] = 9;
            for (int i = 0; i < TRUNCATIONS; i++) {
                lengths[i + 2] = (int) ((long) whole.length * (i + 1) / (TRUNCATIONS + 1));
            }
            for (int length : lengths) {
                Expect expect = ext.equals("txt") ? Expect.EITHER : Expect.ERROR;
                cases.add(new Case("truncated", "cut-" + length + "." + ext, expect, bytes(Arrays.copyOf(whole, length))));
            }
        }
        // Bytes flipped inside every binary format (the magic number kept).
        Random random = new Random(14);
        for (Object[] f : formats.subList(1, formats.size())) {
            for (int i = 0; i < 6; i++) {
                byte[] damaged = ((byte[]) f[1]).clone();
                for (int flips = 0; flips < 40; flips++) {
                    damaged[8 + random.nextInt(damaged.length - 8)] = (byte) random.nextInt(256);
                }
                cases.add(new Case("bytes flipped", "flipped-" + i + "." + f[0], Expect.EITHER, bytes(damaged)));
            }
        }
        // Random bytes and empty files under every extension.
        for (String ext : List.of("txt", "docx", "xlsx", "xls", "pdf", "doc", "csv", "")) {
            for (int size : new int[] {1, 100, 4096, 100_000}) {
                byte[] noise = new byte[size];
                random.nextBytes(noise);
                cases.add(new Case("random bytes", "noise-" + size + (ext.isEmpty() ? "" : "." + ext), Expect.ERROR, bytes(noise)));
            }
            cases.add(new Case("empty", "empty" + (ext.isEmpty() ? "" : "." + ext), Expect.ERROR, bytes(new byte[0])));
        }
        // Magic numbers with nothing behind them.
        cases.add(new Case("magic only", "zip-magic.docx", Expect.ERROR, bytes(new byte[] {'P', 'K', 3, 4})));
        cases.add(new Case("magic only", "ole2-magic.xls", Expect.ERROR, bytes(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11,
                (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1})));
        cases.add(new Case("magic only", "pdf-header.pdf", Expect.ERROR, bytes("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII))));
        cases.add(new Case("magic only", "pdf-eof.pdf", Expect.ERROR, bytes("%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII))));

        zipAndXmlAttacks(cases, docx, xlsx);
        encrypted(cases, xlsx);
        malformedPdfs(cases, pdf);
        huge(cases, text);
        encodings(cases, text);
        numbersAndLabels(cases, text);
        names(cases, text);
        specialFiles(cases, text);
        return cases;
    }

    private static void zipAndXmlAttacks(List<Case> cases, byte[] docx, byte[] xlsx) {
        cases.add(new Case("zip", "bomb.docx", Expect.ERROR, bytes(SeedDocuments.zipBombDocx())));
        byte[] zeros = new byte[64 * 1024 * 1024];
        cases.add(new Case("zip", "bomb-sheet.xlsx", Expect.ERROR, bytes(replaced(xlsx, "xl/worksheets/sheet1.xml", zeros))));
        cases.add(new Case("zip", "traversal.docx", Expect.LOAD, bytes(added(docx, "../../../../tmp/evil.txt", "owned".getBytes()))));
        cases.add(new Case("zip", "nested-zip.docx", Expect.ERROR, bytes(replaced(docx, "word/document.xml", docx))));
        cases.add(new Case("zip", "no-document.docx", Expect.ERROR, bytes(removed(docx, "word/document.xml"))));
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            many.add("word/media/m" + i + ".bin");
        }
        cases.add(new Case("zip", "many-entries.docx", Expect.EITHER, bytes(addedMany(docx, many))));

        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">"
                + "<!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">"
                + "<!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">"
                + "<!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">"
                + "<!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\">"
                + "<!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">"
                + "<!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">]>"
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>";
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>";
        StringBuilder deep = new StringBuilder("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>");
        deep.append("<w:tbl><w:tr><w:tc>".repeat(20_000));
        cases.add(new Case("xml", "billion-laughs.docx", Expect.ERROR, bytes(replaced(docx, "word/document.xml", utf8(laughs)))));
        cases.add(new Case("xml", "xxe.docx", Expect.ERROR, bytes(replaced(docx, "word/document.xml", utf8(xxe)))));
        cases.add(new Case("xml", "deep-nesting.docx", Expect.ERROR, bytes(replaced(docx, "word/document.xml", utf8(deep.toString())))));
        cases.add(new Case("xml", "not-xml.docx", Expect.ERROR, bytes(replaced(docx, "word/document.xml", utf8("<<<not xml")))));
        cases.add(new Case("xml", "laughs-sheet.xlsx", Expect.ERROR, bytes(replaced(xlsx, "xl/sharedStrings.xml",
                utf8(laughs.replace("w:document", "sst"))))));
        cases.add(new Case("xml", "xxe-sheet.xlsx", Expect.EITHER, bytes(replaced(xlsx, "xl/sharedStrings.xml",
                utf8(xxe.replace("w:document", "sst"))))));
    }

    private static void encrypted(List<Case> cases, byte[] xlsx) {
        cases.add(new Case("encrypted", "protected.xlsx", Expect.ERROR, bytes(SeedDocuments.protectedXlsx(SEED))));
        cases.add(new Case("encrypted", "protected.pdf", Expect.ERROR, file -> {
            try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                document.addPage(new PDPage());
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
                policy.setEncryptionKeyLength(128);
                document.protect(policy);
                document.save(out);
                Files.write(file, out.toByteArray());
            }
        }));
    }

    private static void malformedPdfs(List<Case> cases, byte[] pdf) {
        cases.add(new Case("pdf", "scanned.pdf", Expect.ERROR, bytes(SeedDocuments.scannedPdf())));
        cases.add(new Case("pdf", "broken-xref-scan.pdf", Expect.ERROR, bytes(SeedDocuments.brokenXref(SeedDocuments.scannedPdf()))));
        cases.add(new Case("pdf", "broken-xref.pdf", Expect.EITHER, bytes(SeedDocuments.brokenXref(pdf))));
        cases.add(new Case("pdf", "junk-after-header.pdf", Expect.ERROR, bytes(concat("%PDF-1.4\n".getBytes(), new byte[5000],
                "\n%%EOF\n".getBytes()))));
        cases.add(new Case("pdf", "endless-object.pdf", Expect.ERROR, bytes(utf8("%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R "
                + "<<".repeat(50_000) + "\nstartxref\n9\n%%EOF\n"))));
    }

    private static void huge(List<Case> cases, byte[] text) {
        cases.add(new Case("huge", "over-size.txt", Expect.ERROR, file -> writeRepeated(file, text, 9L * 1024 * 1024)));
        cases.add(new Case("huge", "over-size.docx", Expect.ERROR, file -> writeRepeated(file, concat(new byte[] {'P', 'K', 3, 4},
                new byte[1 << 20]), 33L * 1024 * 1024)));
        cases.add(new Case("huge", "over-size.pdf", Expect.ERROR, file -> writeRepeated(file, concat("%PDF-1.4\n".getBytes(),
                new byte[1 << 20]), 65L * 1024 * 1024)));
        cases.add(new Case("huge", "long-line.txt", Expect.LOAD, bytes(concat(text, utf8("\n" + "x".repeat(6_000_000))))));
        cases.add(new Case("huge", "long-label.txt", Expect.LOAD, bytes(concat(text, utf8("\n9.9.\t" + "Nhãn dài ".repeat(300_000) + "\tcái\t1\t")))));
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            rows.append("\n99.").append(i).append(".\tDòng lạ ").append(i).append("\tcái\t").append(i).append('\t');
        }
        cases.add(new Case("huge", "many-rows.txt", Expect.LOAD, bytes(concat(text, utf8(rows.toString())))));
        cases.add(new Case("huge", "many-cells.txt", Expect.LOAD, bytes(concat(text, utf8("\n9.9.\tRộng\tcái\t1" + "\tô".repeat(200_000))))));
        cases.add(new Case("huge", "too-many-lines.txt", Expect.ERROR, bytes(concat(text, utf8("\n".repeat(250_000))))));
        cases.add(new Case("huge", "only-newlines.txt", Expect.ERROR, bytes(utf8("\n".repeat(1_000_000)))));
    }

    private static void encodings(List<Case> cases, byte[] text) {
        String s = new String(text, StandardCharsets.UTF_8);
        cases.add(new Case("encoding", "utf16le.txt", Expect.LOAD, bytes(concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                s.getBytes(StandardCharsets.UTF_16LE)))));
        cases.add(new Case("encoding", "utf16be.txt", Expect.LOAD, bytes(concat(new byte[] {(byte) 0xFE, (byte) 0xFF},
                s.getBytes(StandardCharsets.UTF_16BE)))));
        cases.add(new Case("encoding", "utf8-bom.txt", Expect.LOAD, bytes(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text))));
        cases.add(new Case("encoding", "windows-1258.txt", Expect.LOAD, bytes(SeedDocuments.windows1258(s))));
        for (Encoding e : Encoding.values()) {
            cases.add(new Case("encoding", e.id() + ".txt", Expect.LOAD, bytes(SeedDocuments.legacyText(SEED, e))));
            cases.add(new Case("encoding", e.id() + ".docx", Expect.LOAD, bytes(SeedDocuments.docx(SEED, e))));
        }
        cases.add(new Case("encoding", "stray-nul.txt", Expect.LOAD, bytes(utf8(s.replaceFirst("BÁO CÁO", "BÁO\0 CÁO")))));
        cases.add(new Case("encoding", "utf16-no-bom.txt", Expect.ERROR, bytes(s.getBytes(StandardCharsets.UTF_16LE))));
        cases.add(new Case("encoding", "latin1-french.txt", Expect.ERROR, bytes("Rapport trimestriel : réforme, état des lieux"
                .getBytes(StandardCharsets.ISO_8859_1))));
        cases.add(new Case("encoding", "lone-bom.txt", Expect.ERROR, bytes(new byte[] {(byte) 0xFF, (byte) 0xFE})));
        cases.add(new Case("encoding", "bad-utf16.txt", Expect.ERROR, bytes(new byte[] {(byte) 0xFF, (byte) 0xFE, 0x00, (byte) 0xD8, 0x41, 0})));
        cases.add(new Case("encoding", "shift-jis.txt", Expect.ERROR, bytes("報告書 行政改革 第一四半期".getBytes(Charset.forName("Shift_JIS")))));
    }

    private static void numbersAndLabels(List<Case> cases, byte[] text) {
        String s = new String(text, StandardCharsets.UTF_8);
        String row = "\tVăn bản\t17\t";
        for (String written : List.of("1" + "0".repeat(399), "9223372036854775808", "-17", "99.999.999.999.999", "1e308",
                "NaN", "Infinity", "0x1F", "17".repeat(500), "٣٤", "１７", "17 (cấp tỉnh 1" + "0".repeat(40) + ")",
                "99,62% (" + "9".repeat(30) + "/525)", "-0", "+17", "17.000.000.000.000.000.000")) {
            cases.add(new Case("numbers", "number-" + Integer.toHexString(written.hashCode()) + ".txt", Expect.LOAD,
                    bytes(utf8(s.replace(row, "\tVăn bản\t" + written + "\t")))));
        }
        String label = "Số văn bản chỉ đạo CCHC đã ban hành";
        for (String hostile : List.of("<script>alert(1)</script>", "\u202Eabc", "=cmd|' /C calc'!A0", "'; DROP TABLE report; --",
                "\u0000", "\u001B[31mred", "𝕊ố 𝕧ă𝕟 𝕓ả𝕟", "\uFEFF" + label, label + "\u200B", "<b>" + label + "</b>")) {
            cases.add(new Case("labels", "label-" + Integer.toHexString(hostile.hashCode()) + ".txt", Expect.LOAD,
                    bytes(utf8(s.replaceFirst("\n", "\n" + hostile + "\n")))));
        }
    }

    private static void names(List<Case> cases, byte[] text) {
        for (String name : List.of("new\nline.txt", "rlo-\u202Etxt.pdf", "esc-\u001B[2J.txt", "-rf.txt", "tab\tname.txt",
                "a".repeat(240) + ".txt", "Báo cáo quý I (bản cuối).txt", "back\\slash.txt", "bell\u0007.txt", " leading space.txt")) {
            cases.add(new Case("names", name, Expect.LOAD, bytes(utf8(new String(text, StandardCharsets.UTF_8)
                    .replaceFirst("\n", "\n" + name.hashCode() + "\n")))));
        }
    }

    private static void specialFiles(List<Case> cases, byte[] text) {
        cases.add(new Case("special", "pipe.txt", Expect.ERROR, file -> {
            Process p = new ProcessBuilder("mkfifo", file.toString()).start();
            if (p.waitFor() != 0) {
                throw new IOException("mkfifo failed");
            }
        }));
        for (String device : List.of("/dev/zero", "/dev/urandom", "/dev/null", "/dev/full")) {
            cases.add(new Case("special", "link-" + device.substring(5) + ".txt", Expect.ERROR,
                    file -> Files.createSymbolicLink(file, Path.of(device))));
        }
        cases.add(new Case("special", "loop.txt", Expect.ERROR, file -> Files.createSymbolicLink(file, file)));
        cases.add(new Case("special", "broken-link.txt", Expect.ERROR,
                file -> Files.createSymbolicLink(file, file.resolveSibling("does-not-exist"))));
        cases.add(new Case("special", "link-to-folder", Expect.ERROR, file -> Files.createSymbolicLink(file, file.getParent())));
        cases.add(new Case("special", "link-to-report.txt", Expect.LOAD, file -> {
            Path target = Files.write(file.resolveSibling(".target.txt"), utf8(new String(text, StandardCharsets.UTF_8)
                    .replaceFirst("\n", "\nlinked\n")));
            Files.createSymbolicLink(file, target);
        }));
        cases.add(new Case("special", "proc-file.txt", Expect.ERROR, file -> Files.createSymbolicLink(file, Path.of("/proc/self/maps"))));
    }

    // ---- helpers ------------------------------------------------------------------------------

    static Maker bytes(byte[] content) {
        return file -> Files.write(file, content);
    }

    private static void writeRepeated(Path file, byte[] block, long size) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            long written = 0;
            while (written < size) {
                out.write(block);
                written += block.length;
            }
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    /** The package with one entry's content replaced. */
    private static byte[] replaced(byte[] zip, String entry, byte[] content) {
        return rewrite(zip, entry, content, List.of());
    }

    private static byte[] removed(byte[] zip, String entry) {
        return rewrite(zip, entry, null, List.of());
    }

    private static byte[] added(byte[] zip, String entry, byte[] content) {
        return rewrite(zip, null, null, List.<Object[]>of(new Object[] {entry, content}));
    }

    private static byte[] addedMany(byte[] zip, List<String> entries) {
        return rewrite(zip, null, null, entries.stream().<Object[]>map(e -> new Object[] {e, new byte[] {1}}).toList());
    }

    private static byte[] rewrite(byte[] zip, String entry, byte[] content, List<Object[]> extra) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ByteArrayOutputStream bytes = new ByteArrayOutputStream();
             ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] data = in.readAllBytes();
                if (e.getName().equals(entry)) {
                    if (content == null) {
                        continue;
                    }
                    data = content;
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(data);
                out.closeEntry();
            }
            for (Object[] x : extra) {
                out.putNextEntry(new ZipEntry((String) x[0]));
                out.write((byte[]) x[1]);
                out.closeEntry();
            }
            out.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
