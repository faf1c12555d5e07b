package vn.cchc.ui.i18n;

import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import vn.cchc.analytics.AccessScopeSource;
import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.springframework.stereotype.Component;

/**
 * The dashboard's texts, from {@code i18n/ui_vi.properties} (the default) and {@code ui_en.properties}.
 * A key missing in English falls back to Vietnamese; a key missing everywhere shows as {@code !key!}
 * so that a forgotten text is visible on screen and in tests, never silently blank.
 */
@Component
public class Translations implements I18NProvider {

    public static final Locale VIETNAMESE = Locale.of("vi", "VN");
    public static final Locale ENGLISH = Locale.ENGLISH;
    private static final String BUNDLE = "i18n.ui";

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(VIETNAMESE, ENGLISH);
    }

    /**
     * "Cả nước" where a view shows the reader's whole scope: a reader of some provinces sees their
     * provinces together, never the country, and the label says so (key + {@code .scoped}).
     */
    private static final Set<String> COUNTRY_LABELS = Set.of("overview.scope.country", "trends.country", "drill.country",
            "filter.province.all");

    private final ObjectProvider<AccessScopeSource> scope;

    public Translations(ObjectProvider<AccessScopeSource> scope) {
        this.scope = scope;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        if (COUNTRY_LABELS.contains(key) && !readsTheWholeCountry()) {
            key = key + ".scoped";
        }
        String pattern;
        try {
            pattern = bundle(locale).getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return params.length == 0 ? pattern : new MessageFormat(pattern, supported(locale)).format(params);
    }

    private boolean readsTheWholeCountry() {
        AccessScopeSource source = scope.getIfAvailable();
        return source == null || source.current().countryWide();
    }

    /** English when asked for, Vietnamese otherwise (also for locales we do not provide). */
    public static Locale supported(Locale locale) {
        return locale != null && ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : VIETNAMESE;
    }

    private static ResourceBundle bundle(Locale locale) {
        // The base bundle ui.properties is Vietnamese, so the JVM's default locale never picks a third language.
        return ResourceBundle.getBundle(BUNDLE, supported(locale),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
