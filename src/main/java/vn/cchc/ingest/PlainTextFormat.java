package vn.cchc.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** UTF-8 text: Markdown or plain conversions of DOCX, and pdftotext output. */
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
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return new DocumentText(lines(text.startsWith("\uFEFF") ? text.substring(1) : text), "text");
        } catch (CharacterCodingException e) {
            throw new ReportReadException("not UTF-8 text (legacy TCVN3/VNI encodings are not read yet)");
        }
    }

    /** Lines as an editor numbers them; pdftotext's form feeds (page breaks) are dropped. */
    static List<String> lines(String text) {
        return List.of(VietnameseText.nfc(text).replace("\f", "").split("\\r\\n|\\r|\\n", -1));
    }
}
