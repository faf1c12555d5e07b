package vn.cchc.cli;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The command line's texts: Vietnamese by default, English with {@code --lang en} or CCHC_LANG=en*.
 * One bundle serves both the commands' own lines (through {@link #get}, MessageFormat) and picocli's
 * generated help (its keys: {@code usage.*}, option descriptions, labels; picocli's %-format).
 */
final class Messages {

    private final ResourceBundle bundle;
    private final Locale locale;

    private Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("cli-messages", locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /**
     * The language is read before picocli parses the arguments, so that its help and its errors are
     * already in that language: {@code --lang X} or {@code --lang=X} anywhere, else CCHC_LANG.
     */
    static Messages forArgs(List<String> args) {
        String lang = System.getenv("CCHC_LANG");
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--lang") && i + 1 < args.size()) {
                lang = args.get(i + 1);
            } else if (a.startsWith("--lang=")) {
                lang = a.substring("--lang=".length());
            }
        }
        return new Messages(locale(lang));
    }

    static Locale locale(String lang) {
        return lang != null && lang.toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : Locale.of("vi");
    }

    String get(String key, Object... params) {
        return new MessageFormat(bundle.getString(key), locale).format(params);
    }

    Locale locale() {
        return locale;
    }

    ResourceBundle bundle() {
        return bundle;
    }
}
