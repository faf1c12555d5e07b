package vn.cchc.ui.layout;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import java.util.Locale;
import vn.cchc.analytics.WarehouseSummaryService;
import vn.cchc.ui.drill.DrillDownView;
import vn.cchc.ui.heatmap.HeatmapView;
import vn.cchc.ui.i18n.LanguageInitializer;
import vn.cchc.ui.i18n.Translations;
import vn.cchc.ui.overview.OverviewView;
import vn.cchc.ui.quality.DataQualityView;
import vn.cchc.ui.rankings.RankingsView;
import vn.cchc.ui.trends.TrendsView;

/** The shared frame: the title, the side navigation between the six views, and the language switch. */
@Layout
public class MainLayout extends AppLayout {

    public MainLayout(WarehouseSummaryService summaries) {
        Span title = new Span(getTranslation("app.title"));
        title.addClassName("cchc-app-title");
        HorizontalLayout bar = new HorizontalLayout(new DrawerToggle(), title, new SampleDataBadge(summaries),
                languageSwitch());
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.expand(title);
        bar.getStyle().set("padding-right", "var(--lumo-space-m)");
        addToNavbar(bar);
        addToDrawer(navigation());
        setPrimarySection(Section.DRAWER);
    }

    private SideNav navigation() {
        SideNav nav = new SideNav();
        nav.addItem(new SideNavItem(getTranslation("nav.overview"), OverviewView.class, VaadinIcon.DASHBOARD.create()),
                new SideNavItem(getTranslation("nav.trends"), TrendsView.class, VaadinIcon.TRENDING_UP.create()),
                new SideNavItem(getTranslation("nav.rankings"), RankingsView.class, VaadinIcon.BAR_CHART_H.create()),
                new SideNavItem(getTranslation("nav.drill"), DrillDownView.class, VaadinIcon.SITEMAP.create()),
                new SideNavItem(getTranslation("nav.heatmap"), HeatmapView.class, VaadinIcon.GRID_BIG.create()),
                new SideNavItem(getTranslation("nav.quality"), DataQualityView.class, VaadinIcon.CHECK_SQUARE_O.create()));
        return nav;
    }

    private Select<Locale> languageSwitch() {
        Select<Locale> language = new Select<>();
        language.setItems(Translations.VIETNAMESE, Translations.ENGLISH);
        language.setItemLabelGenerator(l -> l.equals(Translations.ENGLISH) ? "English" : "Tiếng Việt");
        language.setValue(Translations.supported(getLocale()));
        language.setAriaLabel(getTranslation("app.language"));
        language.setWidth("9em");
        language.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                UI ui = UI.getCurrent();
                LanguageInitializer.choose(ui.getSession(), e.getValue());
                // Every text and number format changes: reload the same URL, so the view state stays.
                ui.getPage().reload();
            }
        });
        return language;
    }
}
