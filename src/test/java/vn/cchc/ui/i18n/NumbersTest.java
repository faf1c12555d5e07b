package vn.cchc.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class NumbersTest {

    static final Locale VI = Translations.VIETNAMESE;

    @Test
    void percentagesAreWrittenTheVietnameseWay() {
        assertThat(Numbers.percent(99.62, VI)).isEqualTo("99,62 %");
        assertThat(Numbers.percent(5.0, VI)).isEqualTo("5,00 %");
        assertThat(Numbers.percent(99.62, Locale.ENGLISH)).isEqualTo("99.62 %");
    }

    @Test
    void countsGroupThousandsWithDots() {
        assertThat(Numbers.count(1234, VI)).isEqualTo("1.234");
        assertThat(Numbers.count(45700L, VI)).isEqualTo("45.700");
        assertThat(Numbers.count(1234, Locale.ENGLISH)).isEqualTo("1,234");
        assertThat(Numbers.value(6786.875, false, VI)).isEqualTo("6.786,875");
    }

    @Test
    void notReportedIsADashNeverZero() {
        assertThat(Numbers.percent(null, VI)).isEqualTo("–");
        assertThat(Numbers.count(null, VI)).isEqualTo("–");
        assertThat(Numbers.points(null, VI)).isEqualTo("–");
    }

    @Test
    void changesCarryTheirSign() {
        assertThat(Numbers.points(1.25, VI)).isEqualTo("+1,25");
        assertThat(Numbers.points(-0.4, VI)).isEqualTo("−0,40");
        assertThat(Numbers.points(0.0, VI)).isEqualTo("±0,00");
    }

    @Test
    void periodsAreNamedInTheUsersLanguage() {
        assertThat(Labels.period("2025-Q3", VI)).isEqualTo("Q3/2025");
        assertThat(Labels.period("2025-H1", VI)).isEqualTo("6 tháng/2025");
        assertThat(Labels.period("2025-Y", VI)).isEqualTo("Năm 2025");
        assertThat(Labels.period("2025-Q3", Locale.ENGLISH)).isEqualTo("Q3 2025");
    }

    @Test
    void everyVietnameseTextHasAnEnglishOneAndTheDefaultIsVietnamese() throws Exception {
        Translations t = new Translations(new org.springframework.beans.factory.support.StaticListableBeanFactory().getBeanProvider(vn.cchc.analytics.AccessScopeSource.class));
        java.util.Properties vi = new java.util.Properties();
        java.util.Properties en = new java.util.Properties();
        try (var a = getClass().getResourceAsStream("/i18n/ui.properties");
             var b = getClass().getResourceAsStream("/i18n/ui_en.properties")) {
            vi.load(new java.io.InputStreamReader(a, java.nio.charset.StandardCharsets.UTF_8));
            en.load(new java.io.InputStreamReader(b, java.nio.charset.StandardCharsets.UTF_8));
        }
        assertThat(en.keySet()).isEqualTo(vi.keySet());
        assertThat(t.getTranslation("nav.overview", Locale.GERMAN)).isEqualTo("Tổng quan");
        assertThat(t.getTranslation("nav.overview", Locale.US)).isEqualTo("Overview");
        assertThat(t.getTranslation("no.such.key", VI)).isEqualTo("!no.such.key!");
    }
}
