package vn.cchc.sample;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** The file formats reports reach us in: text (in one of its {@link TextShape}s), Word, Excel, PDF. */
public enum FileFormat {
    TXT, DOCX, XLSX, PDF;

    /** The file name's extension, without the dot. */
    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * "txt,docx,xlsx,pdf" (any order, any case, spaces allowed) as a set of formats.
     *
     * @throws IllegalArgumentException for an unknown or missing format
     */
    public static Set<FileFormat> parseList(String list) {
        Set<FileFormat> formats = EnumSet.noneOf(FileFormat.class);
        for (String part : list.split(",")) {
            String name = part.strip().toUpperCase(Locale.ROOT);
            try {
                formats.add(valueOf(name));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown format " + part.strip() + " (txt, docx, xlsx, pdf)");
            }
        }
        return formats;
    }
}
