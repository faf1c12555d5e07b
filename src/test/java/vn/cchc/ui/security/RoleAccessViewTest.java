package vn.cchc.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import vn.cchc.ui.DashboardViewTest;
import vn.cchc.ui.admin.AdminView;
import vn.cchc.ui.drill.DrillDownView;
import vn.cchc.ui.heatmap.HeatmapView;
import vn.cchc.ui.overview.OverviewView;
import vn.cchc.ui.quality.DataQualityView;
import vn.cchc.ui.rankings.RankingsView;
import vn.cchc.ui.trends.TrendsView;

/**
 * What each role may open: its views open, the others answer "no access" (never an error page), and
 * the menu offers exactly what the role may open. Unsigned users are sent to the sign-in page.
 */
class RoleAccessViewTest extends DashboardViewTest {

    private static final List<Class<? extends Component>> VIEWER_VIEWS = List.of(OverviewView.class, TrendsView.class,
            RankingsView.class, HeatmapView.class);
    private static final List<Class<? extends Component>> ANALYST_VIEWS = List.of(DrillDownView.class, DataQualityView.class);
    private static final Map<Class<? extends Component>, String> MENU = Map.of(OverviewView.class, "Tổng quan",
            TrendsView.class, "Xu hướng", RankingsView.class, "Xếp hạng", HeatmapView.class, "Bản đồ nhiệt",
            DrillDownView.class, "Chi tiết", DataQualityView.class, "Chất lượng dữ liệu", AdminView.class, "Quản trị",
            vn.cchc.ui.upload.UploadView.class, "Tải báo cáo lên");

    @Test
    @WithMockUser(username = "admin", roles = "VIEWER")
    void aViewerSeesTheLeadershipViewsOnly() {
        assertOpens(VIEWER_VIEWS);
        assertRefused(List.of(DrillDownView.class, DataQualityView.class, AdminView.class, vn.cchc.ui.upload.UploadView.class));
        assertMenu(VIEWER_VIEWS);
    }

    @Test
    @WithMockUser(username = "admin", roles = {"VIEWER", "ANALYST"})
    void anAnalystAlsoDrillsToSourceLinesAndSeesDataQuality() {
        assertOpens(VIEWER_VIEWS);
        assertOpens(ANALYST_VIEWS);
        assertRefused(List.of(AdminView.class, vn.cchc.ui.upload.UploadView.class));
        assertMenu(List.of(OverviewView.class, TrendsView.class, RankingsView.class, DrillDownView.class,
                HeatmapView.class, DataQualityView.class));
    }

    @Test
    @WithMockUser(username = "admin", roles = {"VIEWER", "ANALYST", "IMPORTER"})
    void anImporterHasTheAnalystsViewsButNotTheAdministration() {
        assertOpens(ANALYST_VIEWS);
        assertOpens(List.of(vn.cchc.ui.upload.UploadView.class));
        assertRefused(List.of(AdminView.class));
        assertMenu(List.of(OverviewView.class, TrendsView.class, RankingsView.class, DrillDownView.class,
                HeatmapView.class, DataQualityView.class, vn.cchc.ui.upload.UploadView.class));
    }

    @Test
    @WithMockUser(username = "admin", roles = {"VIEWER", "ANALYST", "IMPORTER", "ADMIN"})
    void anAdminHasEverythingIncludingAccountsAndTheAuditLog() {
        assertOpens(VIEWER_VIEWS);
        assertOpens(ANALYST_VIEWS);
        assertOpens(List.of(AdminView.class));
        assertMenu(List.of(OverviewView.class, TrendsView.class, RankingsView.class, DrillDownView.class,
                HeatmapView.class, DataQualityView.class, vn.cchc.ui.upload.UploadView.class, AdminView.class));
    }

    @Test
    @WithAnonymousUser
    void nobodySignedInIsSentToTheSignInPage() {
        for (Class<? extends Component> view : List.of(OverviewView.class, DrillDownView.class, AdminView.class)) {
            UI.getCurrent().navigate(view);
            assertThat(getCurrentView()).as(view.getSimpleName()).isInstanceOf(LoginView.class);
        }
    }

    @Test
    @WithMockUser(username = "admin", roles = "VIEWER")
    void aViewersClickOnARankingBarDoesNotLeadToTheDrillDown() {
        OverviewView overview = navigate(OverviewView.class);
        assertThat(overview).isNotNull();
        var chart = $(vn.cchc.ui.chart.Chart.class).all().stream().filter(c -> c.optionJson().contains("\"id\""))
                .findFirst().orElseThrow();
        chart.fireClick(0, 0, "x");
        assertThat(getCurrentView()).isInstanceOf(OverviewView.class);
    }

    private void assertOpens(List<Class<? extends Component>> views) {
        for (Class<? extends Component> view : views) {
            UI.getCurrent().navigate(view);
            assertThat(getCurrentView()).as(view.getSimpleName()).isInstanceOf(view);
        }
    }

    private void assertRefused(List<Class<? extends Component>> views) {
        for (Class<? extends Component> view : views) {
            UI.getCurrent().navigate(view);
            assertThat(getCurrentView()).as(view.getSimpleName()).isInstanceOf(NoAccessView.class);
            assertThat(((NoAccessView) getCurrentView()).getElement().getTextRecursively())
                    .contains("Không có quyền truy cập");
        }
    }

    private void assertMenu(List<Class<? extends Component>> views) {
        UI.getCurrent().navigate(OverviewView.class);
        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getLabel)
                .containsExactlyElementsOf(views.stream().map(MENU::get).toList());
    }
}
