package vn.cchc.ui.security;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.warehouse.jooq.Tables.AGENCY;
import static vn.cchc.warehouse.jooq.Tables.PROVINCE;
import static vn.cchc.warehouse.jooq.Tables.PROVINCE_SUCCESSION;
import static vn.cchc.warehouse.jooq.Tables.REPORT;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.QueryParameters;
import java.io.IOException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import vn.cchc.security.AccountStore;
import vn.cchc.security.Actor;
import vn.cchc.security.CurrentUser;
import vn.cchc.security.NewAccount;
import vn.cchc.security.Role;
import vn.cchc.ui.DashboardViewTest;
import vn.cchc.ui.PageText;
import vn.cchc.ui.Workbooks;
import vn.cchc.ui.chart.Chart;
import vn.cchc.ui.drill.DrillDownView;
import vn.cchc.ui.export.ExportJob;
import vn.cchc.ui.heatmap.HeatmapView;
import vn.cchc.ui.overview.KpiCardView;
import vn.cchc.ui.overview.OverviewView;
import vn.cchc.ui.quality.DataQualityView;
import vn.cchc.ui.rankings.RankingsView;
import vn.cchc.ui.trends.TrendsView;

/**
 * The province scope on every path a user has: every route, with URL parameters naming another
 * province, agency or report, every chart clicked (with the keys it was given and with forged ones),
 * and every export, as an analyst scoped to one province of a warehouse of four — no other province's
 * name appears in any page or file. An account with no scope sees nothing; a country-wide one all.
 */
class ProvinceScopeViewTest extends DashboardViewTest {

    static final String SCOPED = "scoped.analyst";
    static final String UNSCOPED = "unscoped.viewer";
    static final String NATIONAL = "national.analyst";
    private static final List<Class<? extends Component>> VIEWS = List.of(OverviewView.class, TrendsView.class,
            RankingsView.class, HeatmapView.class, DrillDownView.class, DataQualityView.class);
    private static final Pattern KEY = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]*)\"");

    @Autowired
    AccountStore store;
    @Autowired
    DSLContext dsl;
    @Autowired
    CurrentUser currentUser;

    private String scope2025;
    private Set<String> allowed;
    private List<String> forbiddenNames;
    private String other2008;
    private String other2025;
    private long otherAgency;
    private long otherReport;
    private long ownAgency;
    private long ownReport;

    @BeforeEach
    void accountsAndProvinces() {
        Map<String, String> successor = dsl.selectFrom(PROVINCE_SUCCESSION)
                .fetchMap(PROVINCE_SUCCESSION.OLD_SLUG, PROVINCE_SUCCESSION.NEW_SLUG);
        List<String> filed = dsl.selectDistinct(REPORT.PROVINCE_SLUG).from(REPORT).where(REPORT.PROVINCE_SLUG.isNotNull())
                .orderBy(REPORT.PROVINCE_SLUG).fetch(REPORT.PROVINCE_SLUG);
        Set<String> with2025 = new LinkedHashSet<>();
        filed.forEach(s -> with2025.add(successor.getOrDefault(s, s)));
        assertThat(with2025).as("the test warehouse holds at least three provinces").hasSizeGreaterThanOrEqualTo(3);
        scope2025 = with2025.iterator().next();
        allowed = new HashSet<>(Set.of(scope2025));
        successor.forEach((old, now) -> {
            if (now.equals(scope2025)) {
                allowed.add(old);
            }
        });
        Map<String, String> names = dsl.select(PROVINCE.SLUG, PROVINCE.NAME).from(PROVINCE).fetchMap(PROVINCE.SLUG, PROVINCE.NAME);
        Set<String> allowedNames = new HashSet<>();
        allowed.forEach(s -> allowedNames.add(names.get(s)));
        forbiddenNames = new ArrayList<>();
        for (String s : filed) {
            for (String slug : List.of(s, successor.getOrDefault(s, s))) {
                if (!allowed.contains(slug) && !allowedNames.contains(names.get(slug)) && !forbiddenNames.contains(names.get(slug))) {
                    forbiddenNames.add(names.get(slug));
                }
            }
        }
        other2008 = filed.stream().filter(s -> !allowed.contains(s) && successor.containsKey(s)).findFirst().orElseThrow();
        other2025 = successor.get(other2008);
        otherAgency = dsl.select(AGENCY.ID).from(AGENCY).where(AGENCY.PROVINCE_SLUG.eq(other2008)).limit(1).fetchOne(AGENCY.ID);
        ownAgency = dsl.select(AGENCY.ID).from(AGENCY).where(AGENCY.PROVINCE_SLUG.in(allowed)).limit(1).fetchOne(AGENCY.ID);
        otherReport = dsl.select(REPORT.ID).from(REPORT).where(REPORT.PROVINCE_SLUG.eq(other2008)).limit(1).fetchOne(REPORT.ID);
        ownReport = dsl.select(REPORT.ID).from(REPORT).where(REPORT.PROVINCE_SLUG.in(allowed)).limit(1).fetchOne(REPORT.ID);

        ensure(SCOPED, Role.ANALYST, false, Set.of(scope2025));
        ensure(UNSCOPED, Role.VIEWER, false, Set.of());
        ensure(NATIONAL, Role.ANALYST, true, Set.of());
        // The browserless UI opened its first view before these accounts existed: drop the scope it cached.
        currentUser.forget();
    }

    private void ensure(String name, Role role, boolean country, Set<String> provinces) {
        if (store.find(name).isEmpty()) {
            store.add(new NewAccount(name, null, role, country, provinces), "scope-test-password".toCharArray(), false,
                    new Actor("test", "local"));
        }
    }

    @Test
    @WithMockUser(username = SCOPED, roles = {"VIEWER", "ANALYST"})
    void aScopedAnalystSeesNoOtherProvinceOnAnyPathAndIsToldNoAccessForItsUrls() throws Exception {
        List<String> own = List.of("", "boundary=63", "province=" + scope2025, "kind=district",
                "boundary=63&province=" + allowed.stream().filter(s -> !s.equals(scope2025)).findFirst()
                        .orElse(scope2025), "agency=" + ownAgency, "report=" + ownReport, "units=" + scope2025);
        List<String> foreign = List.of("province=" + other2008, "province=" + other2025, "boundary=63&province=" + other2008,
                "agency=" + otherAgency, "report=" + otherReport, "units=" + other2008, "units=a" + otherAgency,
                "province=" + scope2025 + "&report=" + otherReport);
        int pages = 0;
        int clicks = 0;
        int files = 0;
        for (Class<? extends Component> view : VIEWS) {
            for (String query : own) {
                go(view, query);
                assertThat(getCurrentView()).as(view.getSimpleName() + "?" + query).isInstanceOf(view);
                assertClean(view + "?" + query);
                pages++;
                files += export(view, query);
                if (query.isEmpty() || query.equals("boundary=63")) {
                    // Each view's charts at their default state, under both boundaries (enough for every click path).
                    clicks += clickEveryChart(view, query);
                }
            }
            for (String query : foreign) {
                go(view, query);
                assertThat(getCurrentView()).as(view.getSimpleName() + "?" + query).isInstanceOf(NoAccessView.class);
                assertClean(view + "?" + query);
                pages++;
            }
        }
        System.out.printf("province scope walk: %d pages, %d chart clicks, %d exports, %d names that must not appear%n",
                pages, clicks, files, forbiddenNames.size());
        assertThat(pages).isEqualTo(VIEWS.size() * (own.size() + foreign.size()));
        assertThat(clicks).as("chart clicks tried").isGreaterThan(40);
        assertThat(files).as("exports opened").isEqualTo(VIEWS.size() * own.size());
    }

    @Test
    @WithMockUser(username = SCOPED, roles = {"VIEWER", "ANALYST"})
    void theScopedCountryFigureIsTheProvincesOwnNotTheNations() {
        go(OverviewView.class, "");
        List<String> ownScope = cardValues();
        assertThat(ownScope).hasSize(3).anySatisfy(v -> assertThat(v).isNotEqualTo("null"));
        go(OverviewView.class, "province=" + scope2025);
        assertThat(cardValues()).isEqualTo(ownScope);
        assertThat(PageText.of(UI.getCurrent(), this::gridText)).contains("Các tỉnh được giao").doesNotContain("Cả nước");
    }

    @Test
    @WithMockUser(username = SCOPED, roles = {"VIEWER", "ANALYST"})
    void theNationalBenchmarkAddsOneNationalFigurePerCardOnlyWhenAnAdminTurnsItOn() {
        assertThat(currentUser.current().provinces()).containsExactly(scope2025);
        go(OverviewView.class, "");
        assertThat($(KpiCardView.class).all()).isNotEmpty().allSatisfy(k -> assertThat(k.card().national()).isNull());
        store.setNationalBenchmark(true, new Actor("test", "local"));
        currentUser.forget();
        try {
            go(OverviewView.class, "");
            List<KpiCardView> cards = $(KpiCardView.class).all();
            assertThat(cards).allSatisfy(k -> assertThat(k.card().national()).isNotNull());
            assertThat(cards).anySatisfy(k -> assertThat(k.card().national().value()).isNotNull()
                    .isNotEqualTo(k.card().current().value()));
            assertThat(cards.getFirst().getElement().getTextRecursively()).contains("Cả nước:");
            assertClean("overview with the national benchmark");
        } finally {
            store.setNationalBenchmark(false, new Actor("test", "local"));
            currentUser.forget();
        }
    }

    @Test
    @WithMockUser(username = UNSCOPED, roles = {"VIEWER"})
    void anAccountWithNoScopeSeesNothingAndIsToldSo() {
        for (Class<? extends Component> view : List.of(OverviewView.class, TrendsView.class, RankingsView.class,
                HeatmapView.class)) {
            go(view, "");
            String text = PageText.of(UI.getCurrent(), this::gridText);
            assertThat(text).contains("chưa được giao tỉnh");
            assertThat(text).doesNotContain(names(allowed)).doesNotContain(forbiddenNames);
        }
        assertThat(cardValues()).isEmpty();
    }

    @Test
    @WithMockUser(username = NATIONAL, roles = {"VIEWER", "ANALYST"})
    void aCountryWideAccountSeesEveryProvince() {
        go(RankingsView.class, "");
        String text = PageText.of(UI.getCurrent(), this::gridText);
        go(RankingsView.class, "boundary=63&period=2024-Q4");
        text += PageText.of(UI.getCurrent(), this::gridText);
        assertThat(text).contains(forbiddenNames);
        go(DrillDownView.class, "report=" + otherReport);
        assertThat(getCurrentView()).isInstanceOf(DrillDownView.class);
    }

    private void go(Class<? extends Component> view, String query) {
        UI.getCurrent().navigate(view, QueryParameters.fromString(query));
    }

    private void assertClean(String where) {
        String text = PageText.of(UI.getCurrent(), this::gridText);
        for (String name : forbiddenNames) {
            assertThat(text).as(where + " shows " + name).doesNotContain(name);
        }
    }

    /** Clicks each data item a chart was given (a few per chart) and forged keys of another province. */
    private int clickEveryChart(Class<? extends Component> view, String query) {
        int clicks = 0;
        int charts = $(Chart.class).all().size();
        for (int c = 0; c < charts; c++) {
            go(view, query);
            List<String> keys = new ArrayList<>();
            Matcher m = KEY.matcher($(Chart.class).all().get(c).optionJson());
            while (m.find() && keys.size() < 2) {
                keys.add(m.group(1));
            }
            // Forged keys, as a hostile client could send: another province, another agency, cells, junk.
            keys.addAll(List.of(other2008, other2025, "a" + otherAgency, String.valueOf(otherAgency), "0:0", "99:99",
                    "99999999999:1", "x"));
            for (String key : keys) {
                go(view, query);
                List<Chart> now = $(Chart.class).all();
                if (c >= now.size()) {
                    break;
                }
                now.get(c).fireClick(0, 0, key);
                assertClean(view.getSimpleName() + "?" + query + " click " + key);
                clicks++;
            }
        }
        go(view, query);
        return clicks;
    }

    /** Writes the view's export as its download would and reads every sheet back. */
    private int export(Class<? extends Component> view, String query) throws IOException, ReflectiveOperationException {
        Object shown = getCurrentView();
        Method job = shown.getClass().getDeclaredMethod("exportJob");
        job.setAccessible(true);
        try (XSSFWorkbook workbook = Workbooks.written((ExportJob) job.invoke(shown))) {
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                String text = Workbooks.text(workbook.getSheetAt(i));
                for (String name : forbiddenNames) {
                    assertThat(text).as(view.getSimpleName() + "?" + query + " export shows " + name).doesNotContain(name);
                }
            }
        }
        return 1;
    }

    private String gridText(Grid<?> grid) {
        var tester = test(grid);
        StringBuilder b = new StringBuilder();
        for (int row = 0; row < tester.size(); row++) {
            for (int col = 0; col < grid.getColumns().size(); col++) {
                try {
                    b.append(tester.getCellText(row, col)).append('\t');
                } catch (RuntimeException notText) {
                    // a component column: its text is in the element tree
                }
            }
        }
        return b.toString();
    }

    private List<String> cardValues() {
        return $(KpiCardView.class).all().stream().map(k -> String.valueOf(k.card().current().value())).toList();
    }

    private String[] names(Set<String> slugs) {
        return dsl.select(PROVINCE.NAME).from(PROVINCE).where(PROVINCE.SLUG.in(slugs)).fetch(PROVINCE.NAME).toArray(String[]::new);
    }
}
