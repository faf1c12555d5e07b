package vn.cchc.cli;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/** The command line's texts: Vietnamese by default, English with {@code --lang en} or LANG=en*. */
final class Messages {

    private final ResourceBundle bundle;
    private final Locale locale;

    private Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("cli-messages", locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    static Messages forArgs(List<String> args) {
        int i = args.indexOf("--lang");
        String lang = i >= 0 && i + 1 < args.size() ? args.get(i + 1) : System.getenv("CCHC_LANG");
        return new Messages(Cli.locale(lang));
    }

    String get(String key, Object... params) {
        return new MessageFormat(bundle.getString(key), locale).format(params);
    }
}
