package vn.cchc.sample;

import java.nio.charset.StandardCharsets;
import java.util.random.RandomGenerator;

/** Writes one report's content as the bytes of its file. */
interface ReportRenderer {

    byte[] render(ReportContent content, ReportProse prose, RandomGenerator random);

    /** The renderer of a format; a text report in the given shape (ignored for the binary formats). */
    static ReportRenderer of(FileFormat format, TextShape shape) {
        return switch (format) {
            case TXT -> (c, p, r) -> ShapeRenderer.of(shape).render(c, p, r).getBytes(StandardCharsets.UTF_8);
            case DOCX -> new DocxRenderer();
            case XLSX -> new XlsxRenderer();
            case PDF -> new PdfRenderer();
        };
    }
}
