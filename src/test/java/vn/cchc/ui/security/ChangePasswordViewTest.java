package vn.cchc.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.util.Set;
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
import vn.cchc.ui.overview.OverviewView;
import vn.cchc.ui.rankings.RankingsView;

/** An account whose password an admin set is held on the password page until it chooses its own. */
class ChangePasswordViewTest extends DashboardViewTest {

    static final String NEW_USER = "new.user";

    @Autowired
    AccountStore store;
    @Autowired
    CurrentUser currentUser;

    @BeforeEach
    void aFreshlyResetAccount() {
        if (store.find(NEW_USER).isEmpty()) {
            store.add(new NewAccount(NEW_USER, null, Role.VIEWER, true, Set.of()), "temporary-1".toCharArray(), true,
                    new Actor("admin", "local"));
        } else {
            store.resetPassword(NEW_USER, "temporary-1".toCharArray(), new Actor("admin", "local"));
        }
        currentUser.forget();
    }

    @Test
    @WithMockUser(username = NEW_USER, roles = "VIEWER")
    void everyViewLeadsToThePasswordPageUntilTheNewPasswordIsSaved() {
        UI.getCurrent().navigate(RankingsView.class);
        ChangePasswordView page = (ChangePasswordView) getCurrentView();
        test(page.current).setValue("temporary-1");
        test(page.chosen).setValue("my-own-secret");
        test(page.repeated).setValue("my-own-secret-typo");
        test(page.save).click();
        assertThat(page.message.getText()).isNotBlank();
        assertThat(store.find(NEW_USER).orElseThrow().mustChangePassword()).isTrue();

        test(page.current).setValue("temporary-1");
        test(page.chosen).setValue("my-own-secret");
        test(page.repeated).setValue("my-own-secret");
        test(page.save).click();
        assertThat(store.find(NEW_USER).orElseThrow().mustChangePassword()).isFalse();
        assertThat(getCurrentView()).isInstanceOf(OverviewView.class);
    }
}
