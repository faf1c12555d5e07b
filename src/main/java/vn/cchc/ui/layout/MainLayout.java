package vn.cchc.ui.layout;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import vn.cchc.analytics.WarehouseSummaryService;
import vn.cchc.intake.IntakeService;
import vn.cchc.ui.drill.DrillDownView;
import vn.cchc.ui.heatmap.HeatmapView;
import vn.cchc.security.CurrentUser;
import vn.cchc.ui.admin.AdminView;
import vn.cchc.ui.i18n.LanguageSwitch;
import vn.cchc.ui.security.ViewAccess;
import vn.cchc.ui.overview.OverviewView;
import vn.cchc.ui.quality.DataQualityView;
import vn.cchc.ui.rankings.RankingsView;
import vn.cchc.ui.trends.TrendsView;

/**
 * The shared frame: the title, the side navigation between the views the user's role may open, the
 * signed-in user with sign-out, the language switch, and — for an account given no province — the
 * plain statement that it sees nothing.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    private final transient ViewAccess access;

    public MainLayout(WarehouseSummaryService summaries, ViewAccess access, CurrentUser user,
                      AuthenticationContext authentication) {
        this.access = access;
        Span title = title();
        LanguageSwitch language = new LanguageSwitch();
        language.addClassName("cchc-navbar-language");
        HorizontalLayout bar = new HorizontalLayout(new DrawerToggle(), title, new SampleDataBadge(summaries),
                language, new SignedInUser(user, authentication));
        bar.addClassName("cchc-navbar");
        bar.addComponentAtIndex(3, new ReadOnlyBadge(VaadinService.getCurrent().getInstantiator().getOrCreate(IntakeService.class)));
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.expand(title);
        bar.getStyle().set("padding-right", "var(--lumo-space-m)");
        addToNavbar(bar);
        // On a phone the navbar has no room for the language switch (cchc-layout.css hides it there): a
        // second one under the menu, shown on a phone only.
        LanguageSwitch drawerLanguage = new LanguageSwitch();
        drawerLanguage.addClassName("cchc-drawer-language");
        addToDrawer(navigation(), drawerLanguage);
        setPrimarySection(Section.DRAWER);
        if (user.current().isEmpty()) {
            Div none = new Div(getTranslation("scope.none"));
            none.addClassName("cchc-scope-none");
            none.getStyle().set("padding", "var(--lumo-space-m)").set("background", "var(--lumo-error-color-10pct)");
            addToNavbar(none);
        }
    }

    /** The full title, and a short one that cchc-layout.css shows instead on a phone (one line beside ☰). */
    private Span title() {
        Span full = new Span(getTranslation("app.title"));
        full.addClassName("cchc-app-title-full");
        Span brief = new Span(getTranslation("app.title.short"));
        brief.addClassName("cchc-app-title-short");
        Span title = new Span(full, brief);
        title.addClassName("cchc-app-title");
        title.setTitle(getTranslation("app.title"));
        return title;
    }

    private SideNav navigation() {
        SideNav nav = new SideNav();
        item(nav, "nav.overview", OverviewView.class, VaadinIcon.DASHBOARD);
        item(nav, "nav.trends", TrendsView.class, VaadinIcon.TRENDING_UP);
        item(nav, "nav.rankings", RankingsView.class, VaadinIcon.BAR_CHART_H);
        item(nav, "nav.drill", DrillDownView.class, VaadinIcon.SITEMAP);
        item(nav, "nav.heatmap", HeatmapView.class, VaadinIcon.GRID_BIG);
        item(nav, "nav.quality", DataQualityView.class, VaadinIcon.CHECK_SQUARE_O);
        item(nav, "nav.upload", vn.cchc.ui.upload.UploadView.class, VaadinIcon.UPLOAD);
        item(nav, "nav.admin", AdminView.class, VaadinIcon.USERS);
        return nav;
    }

    /** Only what the role may open is offered. */
    private void item(SideNav nav, String key, Class<? extends Component> view, VaadinIcon icon) {
        if (access.canOpen(view)) {
            nav.addItem(new SideNavItem(getTranslation(key), view, icon.create()));
        }
    }
}
