package vn.cchc.ui.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import vn.cchc.security.AccountStore;
import vn.cchc.security.Actor;
import vn.cchc.security.ApiToken;
import vn.cchc.security.ApiTokens;
import vn.cchc.security.AuditAction;
import vn.cchc.security.AuditFilter;
import vn.cchc.security.AuditLog;
import vn.cchc.security.NewAccount;
import vn.cchc.security.Role;
import vn.cchc.ui.DashboardViewTest;

/** An admin makes an API token in the view (shown once, stored hashed, audited), sees it listed and revokes it. */
@WithMockUser(username = "admin", roles = {"VIEWER", "ANALYST", "IMPORTER", "ADMIN"})
class TokensPanelTest extends DashboardViewTest {

    @Autowired
    AccountStore store;
    @Autowired
    ApiTokens tokens;
    @Autowired
    AuditLog audit;

    @Test
    void anAdminMakesATokenSeesItOnceAndRevokesIt() {
        if (store.find("token.importer").isEmpty()) {
            store.add(new NewAccount("token.importer", null, Role.IMPORTER, true, Set.of()), "password-long".toCharArray(), false, Actor.SYSTEM);
            store.add(new NewAccount("token.analyst", null, Role.ANALYST, true, Set.of()), "password-long".toCharArray(), false, Actor.SYSTEM);
        }
        TokensPanel p = navigate(AdminView.class).tokens;
        assertThat(p.account.getListDataView().getItems()).contains("token.importer").doesNotContain("token.analyst");

        test(p.account).selectItem("token.importer");
        test(p.label).setValue("nightly script");
        test(p.create).click();

        String secret = p.secret.getValue();
        assertThat(p.secret.isVisible()).isTrue();
        assertThat(secret).startsWith(ApiTokens.PREFIX);
        ApiToken made = tokens.list("token.importer").getFirst();
        assertThat(made.label()).isEqualTo("nightly script");
        assertThat(secret).startsWith(made.shownPrefix());
        assertThat(tokens.check(secret)).isInstanceOf(ApiTokens.Valid.class);
        assertThat(p.grid.getListDataView().getItems()).extracting(ApiToken::id).contains(made.id());
        assertThat(p.grid.getListDataView().getItems()).extracting(ApiToken::shownPrefix)
                .allSatisfy(prefix -> assertThat(secret).isNotEqualTo(prefix));

        navigate(vn.cchc.ui.overview.OverviewView.class);
        TokensPanel again = navigate(AdminView.class).tokens;
        assertThat(again).as("a new view, as after leaving the page").isNotSameAs(p);
        assertThat(again.secret.isVisible()).as("shown once").isFalse();
        assertThat(again.secret.getValue()).isEmpty();

        again.grid.select(again.grid.getListDataView().getItems().filter(t -> t.id() == made.id()).findFirst().orElseThrow());
        test(again.revoke).click();

        assertThat(tokens.check(secret)).isInstanceOf(ApiTokens.Refused.class);
        assertThat(tokens.find(made.id()).orElseThrow().revokedBy()).isEqualTo("admin");
        assertThat(audit.search(new AuditFilter(null, null, "admin", null), 20)).extracting(e -> e.action())
                .contains(AuditAction.TOKEN_CREATED.name(), AuditAction.TOKEN_REVOKED.name());
    }
}
