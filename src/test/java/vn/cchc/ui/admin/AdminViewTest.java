package vn.cchc.ui.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import vn.cchc.analytics.Boundary;
import vn.cchc.analytics.FilterOptionsService;
import vn.cchc.analytics.ProvinceOption;
import vn.cchc.security.Account;
import vn.cchc.security.AccountStore;
import vn.cchc.security.AuditAction;
import vn.cchc.security.AuditFilter;
import vn.cchc.security.AuditLog;
import vn.cchc.security.Role;
import vn.cchc.ui.DashboardViewTest;
import vn.cchc.ui.Workbooks;

/** An admin manages accounts and reads the audit log in the view: each change is stored and audited. */
@WithMockUser(username = "admin", roles = {"VIEWER", "ANALYST", "IMPORTER", "ADMIN"})
class AdminViewTest extends DashboardViewTest {

    @Autowired
    AccountStore store;
    @Autowired
    AuditLog audit;
    @Autowired
    FilterOptionsService options;

    @Test
    void anAdminAddsAnAccountScopedToAProvinceThenChangesItsRoleScopeAndState() {
        AdminView view = navigate(AdminView.class);
        AccountsPanel p = view.accounts;
        ProvinceOption tq = options.provinces(Boundary.NEW_34).stream().filter(o -> o.name().equals("Tuyên Quang"))
                .findFirst().orElseThrow();
        test(p.name).setValue("Mai.Tran");
        test(p.role).selectItem("Xem");
        p.provinces.setValue(Set.of(tq));
        test(p.password).setValue("temporary-pass");
        test(p.add).click();

        Account mai = store.find("mai.tran").orElseThrow();
        assertThat(mai.role()).isEqualTo(Role.VIEWER);
        assertThat(mai.provinces()).containsExactly(tq.slug());
        assertThat(mai.mustChangePassword()).isTrue();
        assertThat(p.scopeText(mai)).isEqualTo("Tuyên Quang");

        p.grid.select(mai);
        test(p.role).selectItem("Phân tích");
        test(p.countryWide).click();
        test(p.save).click();
        Account changed = store.find("mai.tran").orElseThrow();
        assertThat(changed.role()).isEqualTo(Role.ANALYST);
        assertThat(changed.countryWide()).isTrue();

        p.grid.select(changed);
        test(p.enable).click();
        assertThat(store.find("mai.tran").orElseThrow().enabled()).isFalse();

        assertThat(audit.search(new AuditFilter(null, null, "admin", null), 50))
                .filteredOn(e -> "mai.tran".equals(e.target())).extracting(e -> e.action())
                .contains(AuditAction.ACCOUNT_ADDED.name(), AuditAction.ACCOUNT_CHANGED.name());
    }

    @Test
    void aBadNameOrShortPasswordIsRefusedWithAReasonAndNothingStored() {
        AccountsPanel p = navigate(AdminView.class).accounts;
        test(p.name).setValue("bad name");
        test(p.password).setValue("short");
        test(p.add).click();
        assertThat(p.message.getText()).isNotBlank();
        assertThat(store.find("bad name")).isEmpty();
    }

    @Test
    void theAuditLogIsFilteredAndExportedThroughTheExporter() throws Exception {
        AdminView view = navigate(AdminView.class);
        AuditPanel a = view.audit;
        test(a.action).selectItem("VIEW");
        a.refresh();
        assertThat(test(a.grid).size()).isPositive();
        for (int row = 0; row < test(a.grid).size(); row++) {
            assertThat(test(a.grid).getCellText(row, 3)).isEqualTo("VIEW");
        }
        var job = a.getClass().getDeclaredMethod("exportJob");
        job.setAccessible(true);
        try (var workbook = Workbooks.written((vn.cchc.ui.export.ExportJob) job.invoke(a))) {
            assertThat(Workbooks.text(workbook.getSheetAt(0))).contains("Thao tác").contains("VIEW").contains("/admin");
            assertThat(workbook.getSheet("Bộ lọc")).isNotNull();
        }
    }
}
