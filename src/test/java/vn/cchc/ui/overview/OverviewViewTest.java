package vn.cchc.ui.overview;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.cchc.analytics.AgencyOption;
import vn.cchc.analytics.Boundary;
import vn.cchc.analytics.FilterOptionsService;
import vn.cchc.analytics.KpiCard;
import vn.cchc.analytics.MeasureCatalog;
import vn.cchc.analytics.OverviewService;
import vn.cchc.analytics.Scope;
import vn.cchc.ui.DashboardViewTest;
import vn.cchc.ui.drill.DrillDownView;
import vn.cchc.ui.i18n.Numbers;

class OverviewViewTest extends DashboardViewTest {

    @Autowired
    OverviewService overview;
    @Autowired
    FilterOptionsService options;

    @Test
    void showsTheThreeHeadlineRatesOfTheCountryInVietnameseFormat() {
        OverviewView view = open(OverviewView.class, "period=2025-Q2&boundary=63");
        List<KpiCardView> cards = $(KpiCardView.class).all();
        assertThat(cards).extracting(c -> c.card().measure().id()).containsExactlyElementsOf(MeasureCatalog.HEADLINE);
        List<KpiCard> expected = overview.cards(Scope.country(), "2025-Q2", Boundary.OLD_63);
        for (int i = 0; i < cards.size(); i++) {
            String shown = $(Span.class, cards.get(i)).withClassName("cchc-kpi-value").single().getText();
            assertThat(shown).isEqualTo(Numbers.percent(expected.get(i).current().value(), Locale.of("vi", "VN")));
        }
        String ontime = $(Span.class, cards.getFirst()).withClassName("cchc-kpi-value").single().getText();
        assertThat(ontime).matches("\\d{1,3},\\d{2} %");
        assertThat(view.scope()).isEqualTo(Scope.country());
    }

    @Test
    void choosingAProvinceChangesTheCardsAndTheUrl() {
        open(OverviewView.class, "period=2025-Q2&boundary=63");
        String countryValue = firstCardValue();
        ComboBox<?> province = $(ComboBox.class).withLabel("Tỉnh, thành phố").single();
        test(province).selectItem("Hà Giang");
        assertThat(location()).contains("province=ha-giang").contains("period=2025-Q2").contains("boundary=63");
        OverviewView view = (OverviewView) getCurrentView();
        assertThat(view.scope()).isEqualTo(Scope.province("ha-giang"));
        KpiCard expected = overview.cards(Scope.province("ha-giang"), "2025-Q2", Boundary.OLD_63).getFirst();
        assertThat(firstCardValue()).isEqualTo(Numbers.percent(expected.current().value(), Locale.of("vi", "VN")))
                .isNotEqualTo(countryValue);
    }

    @Test
    void aLinkNamingAPredecessorsAgencyPreselectsItsMergedOptionUnderThe34() {
        // Hà Giang's UBND tỉnh continues into the merged Tuyên Quang: under the 34 it is that unit's one option.
        AgencyOption predecessor = options.agencies("ha-giang", "province", Boundary.OLD_63).getFirst();
        AgencyOption merged = options.agencies("tuyen-quang-2025", "province", Boundary.NEW_34).getFirst();
        assertThat(merged.id()).isNotEqualTo(predecessor.id());
        open(OverviewView.class, "period=2025-Q2&boundary=34&province=tuyen-quang-2025&agency=" + predecessor.id());
        ComboBox<?> agency = $(ComboBox.class).withLabel("Cơ quan").single();
        assertThat(agency.getValue()).isEqualTo(merged);
    }

    @Test
    void aClickOnARankingBarOpensThatProvincesDrillDown() {
        OverviewView view = open(OverviewView.class, "period=2025-Q4");
        view.rankingChart().fireClick(0, 0, "cao-bang-2025");
        assertThat(getCurrentView()).isInstanceOf(DrillDownView.class);
        assertThat(urlState().province()).isEqualTo("cao-bang-2025");
        assertThat(urlState().period()).isEqualTo("2025-Q4");
    }

    @Test
    void withoutAPeriodTheLatestQuarterWithReportsIsShownAndNamedInTheState() {
        OverviewView view = navigate(OverviewView.class);
        assertThat(view.state().period()).isEqualTo("2026-Q4");
        assertThat(view.state().boundaryOrDefault()).isEqualTo(Boundary.NEW_34);
    }

    private String firstCardValue() {
        return $(Span.class, $(KpiCardView.class).first()).withClassName("cchc-kpi-value").single().getText();
    }
}
