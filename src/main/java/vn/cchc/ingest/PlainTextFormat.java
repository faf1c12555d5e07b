package vn.cchc.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import vn.cchc.ingest.LegacyVietnameseEncoding.Encoding;

/**
 * Text: Markdown or plain conversions of DOCX, and pdftotext output, in UTF-8 — or in a legacy
 * Vietnamese encoding (TCVN3, VNI), which is converted. Legacy bytes are recognised two ways:
 * bytes that are no UTF-8 (an old .txt as written), and UTF-8 text that is legacy text some
 * program once read as Windows-1252 ("c¸c" for "các") and saved again.
 */
final class PlainTextFormat implements FormatReader {

    @Override
    public boolean accepts(byte[] bytes) {
        for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
            if (bytes[i] == 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public DocumentText read(byte[] bytes) throws ReportReadException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            // One character per byte, losslessly: the legacy tables are written in these terms.
            String latin1 = new String(bytes, StandardCharsets.ISO_8859_1);
            Encoding encoding = LegacyVietnameseEncoding.detect(latin1).orElseThrow(() -> new ReportReadException(
                    "not UTF-8 text, nor Vietnamese in a legacy encoding (TCVN3, VNI)"));
            return legacy(latin1, encoding);
        }
        text = text.startsWith("\uFEFF") ? text.substring(1) : text;
        Optional<Encoding> misread = LegacyVietnameseEncoding.detect(text);
        return misread.isPresent() ? legacy(text, misread.get()) : new DocumentText(lines(text), "text");
    }

    private static DocumentText legacy(String text, Encoding encoding) {
        return new DocumentText(lines(LegacyVietnameseEncoding.decodeRestoringCapitals(text, encoding)), "text-" + encoding.id());
    }

    /** Lines as an editor numbers them; pdftotext's form feeds (page breaks) are dropped. */
    static List<String> lines(String text) {
        return List.of(VietnameseText.nfc(text).replace("\f", "").split("\\r\\n|\\r|\\n", -1));
    }
}
