package vn.cchc.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.cchc.ingest.Finding.Severity;
import vn.cchc.ingest.LegacyVietnameseEncoding.Encoding;

/**
 * Text: Markdown or plain conversions of DOCX, and pdftotext output, in UTF-8 (with or without a
 * byte-order mark), UTF-16 with a byte-order mark, Windows-1258 (whose tone marks are combining
 * characters, composed to NFC here) — or in a legacy Vietnamese font encoding (TCVN3, VNI), which
 * is converted. Legacy bytes are recognised two ways: bytes that are no UTF-8 (an old .txt as
 * written), and UTF-8 text that is legacy text some program once read as Windows-1252 ("c¸c" for
 * "các") and saved again. The encoding found is named, with why, in the report's evidence.
 */
final class PlainTextFormat implements FormatReader {

    /** A few stray NUL bytes (one per thousand) are damage to a text; more mean a binary file. */
    private static final int BYTES_PER_TOLERATED_NUL = 1000;
    private static final Charset WINDOWS_1258 = Charset.forName("windows-1258");
    /** Share of the non-ASCII words that must be Vietnamese syllables when read as Windows-1258. */
    private static final double SYLLABLE_SHARE = 0.6;
    private static final int FEWEST_WORDS = 3;

    @Override
    public boolean accepts(byte[] bytes) {
        if (bom(bytes) != null) {
            return true;
        }
        long nuls = 0;
        for (byte b : bytes) {
            if (b == 0) {
                nuls++;
            }
        }
        return nuls * BYTES_PER_TOLERATED_NUL <= bytes.length;
    }

    /** A byte-order mark: the charset, the mark's length and its name; null without one. */
    private record Bom(Charset charset, int length, String name) {
    }

    private static Bom bom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return new Bom(StandardCharsets.UTF_8, 3, "UTF-8");
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return new Bom(StandardCharsets.UTF_16LE, 2, "UTF-16LE");
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return new Bom(StandardCharsets.UTF_16BE, 2, "UTF-16BE");
        }
        return null;
    }

    @Override
    public DocumentText read(byte[] bytes) throws ReportReadException {
        Bom bom = bom(bytes);
        if (bom != null) {
            String text = decode(bytes, bom.length(), bom.charset()).orElseThrow(() -> new ReportReadException(
                    "damaged text: it starts with a " + bom.name() + " byte-order mark but is no " + bom.name()));
            return unicode(text, bom.name(), "byte-order mark of " + bom.name() + " at the start of the file");
        }
        Optional<String> utf8 = decode(bytes, 0, StandardCharsets.UTF_8);
        if (utf8.isPresent()) {
            return unicode(utf8.get(), "UTF-8", "valid UTF-8 throughout");
        }
        // One character per byte, losslessly: the legacy tables are written in these terms.
        String latin1 = new String(bytes, StandardCharsets.ISO_8859_1);
        String cp1258 = VietnameseText.nfc(new String(bytes, WINDOWS_1258));
        List<String> words = SyllableWords.nonAscii(cp1258);
        int syllables = SyllableWords.countSyllables(words, w -> w);
        Optional<Encoding> legacy = LegacyVietnameseEncoding.detect(latin1);
        boolean windows1258 = words.size() >= FEWEST_WORDS && syllables >= SYLLABLE_SHARE * words.size()
                && (legacy.isEmpty() || syllables > SyllableWords.countSyllables(SyllableWords.nonAscii(latin1),
                        w -> LegacyVietnameseEncoding.decode(w, legacy.get())));
        if (windows1258) {
            return document(cp1258, "text-windows-1258", new Detected("Windows-1258", String.format(
                    "not UTF-8; read as Windows-1258, %d of %d words with accents are Vietnamese syllables (tone marks composed to NFC)",
                    syllables, words.size()), 0));
        }
        Encoding encoding = legacy.orElseThrow(() -> new ReportReadException(
                "not UTF-8 text, nor Vietnamese in a legacy encoding (TCVN3, VNI, Windows-1258)"));
        return legacy(latin1, encoding, "not UTF-8; its bytes read as " + encoding.id().toUpperCase() + " make Vietnamese syllables");
    }

    private static Optional<String> decode(byte[] bytes, int offset, Charset charset) {
        try {
            return Optional.of(charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static DocumentText unicode(String text, String name, String why) {
        text = text.startsWith("\uFEFF") ? text.substring(1) : text;
        Optional<Encoding> misread = LegacyVietnameseEncoding.detect(text);
        if (misread.isPresent()) {
            return legacy(text, misread.get(), name + ", but " + misread.get().id().toUpperCase()
                    + " text once read as Windows-1252 (\"c¸c\" for \"các\"): converted");
        }
        return document(text, "text", new Detected(name, why, 0));
    }

    private static DocumentText legacy(String text, Encoding encoding, String why) {
        return document(LegacyVietnameseEncoding.decodeRestoringCapitals(text, encoding), "text-" + encoding.id(),
                new Detected(encoding.id().toUpperCase(), why, 0));
    }

    /** The lines, NUL characters taken out of them and counted in one finding: damage, not a reason to refuse. */
    private static DocumentText document(String text, String format, Detected encoding) {
        List<String> lines = lines(text);
        List<Finding> findings = new ArrayList<>();
        int nuls = 0;
        int firstLine = 0;
        List<String> clean = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.indexOf('\0') >= 0) {
                String without = line.replace("\0", "");
                nuls += line.length() - without.length();
                firstLine = firstLine == 0 ? i + 1 : firstLine;
                line = without;
            }
            clean.add(line);
        }
        if (nuls > 0) {
            findings.add(Finding.of("nul_in_text", Severity.WARNING, firstLine, String.format(
                    "%d NUL character(s) in the text were taken out (first at line %d): the file is damaged there",
                    nuls, firstLine)));
        }
        return new DocumentText(clean, format, encoding, findings);
    }

    /** Lines as an editor numbers them; pdftotext's form feeds (page breaks) are dropped. */
    static List<String> lines(String text) {
        String t = VietnameseText.nfc(text);
        if (t.indexOf('\f') >= 0) {
            t = t.replace("\f", "");
        }
        // A loop rather than split("\\r\\n|\\r|\\n"): the regular expression was a tenth of a text report's parse.
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(t.substring(start, i));
                if (c == '\r' && i + 1 < t.length() && t.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        lines.add(t.substring(start));
        return List.copyOf(lines);
    }
}
