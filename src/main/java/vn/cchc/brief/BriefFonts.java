package vn.cchc.brief;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The Unicode fonts the PDF embeds, found as the generator's PDF reports find theirs: DejaVu Sans
 * where the system has it, else the Liberation Sans that PDFBox carries.
 */
final class BriefFonts {

    static final Path REGULAR = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
    static final Path BOLD = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf");
    private static final String LIBERATION = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private BriefFonts() {
    }

    static byte[] regular() {
        return bytes(REGULAR);
    }

    static byte[] bold() {
        return bytes(Files.isReadable(BOLD) ? BOLD : REGULAR);
    }

    private static byte[] bytes(Path path) {
        try {
            if (Files.isReadable(path)) {
                return Files.readAllBytes(path);
            }
            try (InputStream in = BriefFonts.class.getResourceAsStream(LIBERATION)) {
                if (in == null) {
                    throw new IllegalStateException("no Unicode font for the briefing: neither " + path + " nor PDFBox's " + LIBERATION);
                }
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
