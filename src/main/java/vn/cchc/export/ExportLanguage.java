package vn.cchc.export;

import java.util.Locale;

/** The language of headers and labels: Vietnamese unless the UI or the command line says English. */
public enum ExportLanguage {
    VI,
    EN;

    public static ExportLanguage of(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? EN : VI;
    }

    /** Picks the text in this language. */
    public String pick(String vi, String en) {
        return this == EN ? en : vi;
    }
}
