package vn.cchc.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The legacy Vietnamese 8-bit encodings of the 1990s and 2000s, TCVN3 ("ABC", the .VnTime fonts)
 * and VNI Windows (the VNI-Times fonts). Documents in them reach us as text that looks like
 * mojibake — "C«ng t¸c c¶i c¸ch hµnh chÝnh", "Coâng taùc caûi caùch haønh chính" — because every
 * program since has read their bytes as Windows-1252/Latin-1. This class tells such text apart
 * from real Unicode and converts it; the byte tables are data, in {@value #TABLE}.
 *
 * <p>Text is handled as characters, one per legacy byte, the way a Latin-1 or Windows-1252
 * reading (a .txt decoded so, a Word run in a legacy font) presents it; symbol-font code points
 * (U+F0xx) count as their low byte too. Thread-safe.
 */
public final class LegacyVietnameseEncoding {

    /** The encodings, with the name the readers report. */
    public enum Encoding {
        TCVN3("tcvn3"), VNI("vni");

        private final String id;

        Encoding(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    private static final String TABLE = "/ingest/legacy-encodings.csv";
    /** The legacy spellings of at most this many bytes (VNI: letter + mark). */
    private static final int LONGEST_SPELLING = 2;
    /** Below this many words with non-ASCII letters a text is too short to judge. */
    private static final int FEWEST_WORDS = 3;
    /** Share of those words a legacy reading must turn into Vietnamese syllables. */
    private static final double SYLLABLE_SHARE = 0.6;
    /** Windows-1252's characters for the bytes 0x80–0x9F, which a legacy byte may have become. */
    private static final String CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

    private static final Tables TABLES = Tables.load();

    private LegacyVietnameseEncoding() {
    }

    /**
     * The legacy encoding this text is in, judged on the whole text: empty for Unicode (any
     * Vietnamese letter beyond Latin-1 settles it), plain ASCII, or text whose legacy reading
     * does not make Vietnamese syllables of most of its words far better than the text as it stands.
     */
    public static Optional<Encoding> detect(String text) {
        if (text == null || !fitsInBytes(text)) {
            return Optional.empty();
        }
        List<String> words = SyllableWords.nonAscii(text);
        if (words.size() < FEWEST_WORDS) {
            return Optional.empty();
        }
        int asWritten = SyllableWords.countSyllables(words, w -> w);
        Encoding best = null;
        int bestCount = asWritten;
        for (Encoding encoding : Encoding.values()) {
            int count = SyllableWords.countSyllables(words, w -> decode(w, encoding));
            if (count > bestCount) {
                best = encoding;
                bestCount = count;
            }
        }
        // The legacy reading must explain most words, and clearly more than the text as written.
        boolean convincing = bestCount >= SYLLABLE_SHARE * words.size()
                && bestCount - asWritten >= Math.max(2, 0.2 * words.size());
        return convincing ? Optional.ofNullable(best) : Optional.empty();
    }

    /** The text converted when it is in a legacy encoding ({@link #detect}); else as it was. NFC. */
    public static String repair(String text) {
        return detect(text).map(e -> decode(text, e)).orElse(text);
    }

    /**
     * The Unicode (NFC) text of legacy text. Characters that are no legacy byte (real Unicode
     * next to it) and bytes that are no letter of the encoding are kept as they are.
     */
    public static String decode(String text, Encoding encoding) {
        Map<String, String> table = TABLES.toUnicode.get(encoding);
        String bytes = asBytes(text);
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int matched = 0;
            // Longest spelling first: VNI's "ô" is "ơ" alone but "ôù" is "ớ".
            for (int length = Math.min(LONGEST_SPELLING, text.length() - i); length > 0 && matched == 0; length--) {
                String letter = table.get(bytes.substring(i, i + length));
                if (letter != null) {
                    out.append(letter);
                    matched = length;
                }
            }
            if (matched == 0) {
                out.append(text.charAt(i));
                matched = 1;
            }
            i += matched;
        }
        return VietnameseText.nfc(out.toString());
    }

    /**
     * TCVN3 text in which the words typed in a capitals-only font (.VnTimeH) came out in lower
     * case, because TCVN3 has no codes for most accented capitals: decoded, and where the plain
     * ASCII letters of a line (or of a word) are all capitals, that line (or word) in capitals.
     * "Së X¢Y DùNG" becomes "SỞ XÂY DỰNG" where {@link #decode} gives "Sở XÂY DựNG".
     */
    public static String decodeRestoringCapitals(String text, Encoding encoding) {
        if (encoding != Encoding.TCVN3) {
            return decode(text, encoding);
        }
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            if (SyllableWords.asciiCapitalsOnly(line, 4)) {
                lines.add(decode(line, encoding).toUpperCase(Locale.ROOT));
                continue;
            }
            StringBuilder restored = new StringBuilder();
            for (String token : line.split("(?<=\\s)|(?=\\s)", -1)) {
                String decoded = decode(token, encoding);
                restored.append(SyllableWords.asciiCapitalsOnly(token, 2) ? decoded.toUpperCase(Locale.ROOT) : decoded);
            }
            lines.add(restored.toString());
        }
        return String.join("\n", lines);
    }

    /**
     * Unicode text written in a legacy encoding, one character per byte (for test fixtures and
     * generated samples). TCVN3 has no codes for accented capitals other than Ă Â Ê Ô Ơ Ư Đ: they
     * are written with their lower-case code, as Unikey does and the capitals-only fonts expect.
     *
     * Other characters stay as they are where their Windows-1252 byte is no part of the
     * encoding's letters ("–", "“").
     *
     * @throws IllegalArgumentException for a character the encoding cannot write ("¹" is "ạ" in TCVN3)
     */
    public static String encode(String text, Encoding encoding) {
        Map<String, String> table = TABLES.fromUnicode.get(encoding);
        StringBuilder out = new StringBuilder();
        String nfc = VietnameseText.nfc(text);
        for (int i = 0; i < nfc.length(); i++) {
            String c = String.valueOf(nfc.charAt(i));
            String spelt = table.get(c);
            if (spelt == null && !c.equals(c.toLowerCase(Locale.ROOT)) && encoding == Encoding.TCVN3) {
                spelt = table.get(c.toLowerCase(Locale.ROOT));
            }
            if (spelt != null) {
                out.append(spelt);
            } else if (nfc.charAt(i) < 0x80 || (byteOf(nfc.charAt(i)) >= 0 && !TABLES.usedBytes.get(encoding).contains(asBytes(c)))) {
                out.append(c); // ASCII, or punctuation whose byte the encoding leaves alone ("–", "“")
            } else {
                throw new IllegalArgumentException("'" + c + "' cannot be written in " + encoding.id());
            }
        }
        return out.toString();
    }

    /** The bytes of legacy text as a Latin-1 file holds them. */
    public static byte[] bytes(String legacyText) {
        return asBytes(legacyText).getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The encoding a Word font implies: ".VnTime", ".VnArialH" → TCVN3; "VNI-Times" → VNI. */
    public static Optional<Encoding> ofFont(String fontName) {
        if (fontName == null) {
            return Optional.empty();
        }
        String name = fontName.strip().toLowerCase(Locale.ROOT);
        if (name.startsWith(".vn")) {
            return Optional.of(Encoding.TCVN3);
        }
        if (name.startsWith("vni-") || name.startsWith("vni ")) {
            return Optional.of(Encoding.VNI);
        }
        return Optional.empty();
    }

    /** ".VnTimeH", ".VnArialH": TCVN3 fonts that draw every letter as a capital. */
    public static boolean isCapitalsFont(String fontName) {
        String name = fontName == null ? "" : fontName.strip();
        return ofFont(name).orElse(null) == Encoding.TCVN3 && name.endsWith("H");
    }

    /** Whether every character could be a legacy byte; a Vietnamese Unicode letter means no. */
    static boolean fitsInBytes(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (byteOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** The text with each character replaced by the Latin-1 character of its byte, where it has one. */
    private static String asBytes(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            int b = byteOf(text.charAt(i));
            out.append(b < 0 ? text.charAt(i) : (char) b);
        }
        return out.toString();
    }

    private static int byteOf(char c) {
        if (c <= 0xFF) {
            return c;
        }
        if (c >= 0xF000 && c <= 0xF0FF) {
            return c - 0xF000; // a symbol-font character (Word's w:sym)
        }
        int high = CP1252_HIGH.indexOf(c);
        return high < 0 ? -1 : 0x80 + high;
    }

    /** The tables of {@value #TABLE}, both ways. */
    private record Tables(Map<Encoding, Map<String, String>> toUnicode, Map<Encoding, Map<String, String>> fromUnicode,
                          Map<Encoding, java.util.Set<String>> usedBytes) {

        static Tables load() {
            Map<Encoding, Map<String, String>> to = new EnumMap<>(Encoding.class);
            Map<Encoding, Map<String, String>> from = new EnumMap<>(Encoding.class);
            Map<Encoding, java.util.Set<String>> used = new EnumMap<>(Encoding.class);
            for (Encoding e : Encoding.values()) {
                to.put(e, new HashMap<>());
                from.put(e, new HashMap<>());
                used.put(e, new java.util.HashSet<>());
            }
            try (InputStream in = LegacyVietnameseEncoding.class.getResourceAsStream(TABLE)) {
                if (in == null) {
                    throw new IllegalStateException("Missing resource " + TABLE);
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                String line;
                int number = 0;
                while ((line = reader.readLine()) != null) {
                    number++;
                    if (line.isBlank() || line.startsWith("#") || line.startsWith("encoding,")) {
                        continue;
                    }
                    String[] fields = line.split(",", -1);
                    if (fields.length != 3) {
                        throw new IllegalStateException(TABLE + " line " + number + ": expected encoding,bytes,unicode");
                    }
                    Encoding encoding = Encoding.valueOf(fields[0].strip().toUpperCase(Locale.ROOT));
                    StringBuilder spelling = new StringBuilder();
                    for (String hex : fields[1].strip().split("\\s+")) {
                        spelling.append((char) HexFormat.fromHexDigits(hex));
                    }
                    String letter = VietnameseText.nfc(fields[2].strip());
                    to.get(encoding).put(spelling.toString(), letter);
                    from.get(encoding).put(letter, spelling.toString());
                    spelling.chars().filter(c -> c >= 0x80).forEach(c -> used.get(encoding).add(String.valueOf((char) c)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new Tables(to, from, used);
        }
    }
}
