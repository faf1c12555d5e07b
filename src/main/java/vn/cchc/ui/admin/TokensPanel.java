package vn.cchc.ui.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import vn.cchc.security.Account;
import vn.cchc.security.AccountException;
import vn.cchc.security.AccountStore;
import vn.cchc.security.Actor;
import vn.cchc.security.ApiToken;
import vn.cchc.security.ApiTokens;
import vn.cchc.security.CurrentUser;
import vn.cchc.security.Role;
import vn.cchc.ui.security.UiAudit;

/**
 * API tokens for scripts and {@code load --server}: make one for an importer or admin account (its
 * secret shown here once, never again), list them, revoke one. Making and revoking are audited by
 * the store.
 */
class TokensPanel extends VerticalLayout {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    final ComboBox<String> account = new ComboBox<>();
    final TextField label = new TextField();
    final Button create = new Button();
    /** The new token, read-only, until the panel is left or another is made. */
    final TextField secret = new TextField();
    final Grid<ApiToken> grid = new Grid<>();
    final Button revoke = new Button();
    final Paragraph message = new Paragraph();

    private final transient ApiTokens tokens;
    private final transient AccountStore store;
    private final transient CurrentUser user;

    TokensPanel(ApiTokens tokens, AccountStore store, CurrentUser user) {
        this.tokens = tokens;
        this.store = store;
        this.user = user;
        account.setLabel(getTranslation("admin.tokens.account"));
        label.setLabel(getTranslation("admin.tokens.label"));
        create.setText(getTranslation("admin.tokens.create"));
        secret.setLabel(getTranslation("admin.tokens.secret"));
        secret.setReadOnly(true);
        secret.setWidthFull();
        secret.setVisible(false);
        revoke.setText(getTranslation("admin.tokens.revoke"));
        revoke.setEnabled(false);

        grid.addColumn(t -> "#" + t.id()).setHeader("#").setAutoWidth(true);
        grid.addColumn(ApiToken::accountName).setHeader(getTranslation("admin.name"));
        grid.addColumn(t -> t.label() == null ? "" : t.label()).setHeader(getTranslation("admin.tokens.label"));
        grid.addColumn(t -> t.shownPrefix() + "…").setHeader(getTranslation("admin.tokens.prefix"));
        grid.addColumn(t -> time(t.createdAt()) + " · " + t.createdBy()).setHeader(getTranslation("admin.tokens.created"));
        grid.addColumn(t -> time(t.lastUsedAt())).setHeader(getTranslation("admin.tokens.lastUsed"));
        grid.addColumn(t -> t.revoked() ? getTranslation("admin.tokens.revoked", time(t.revokedAt()), t.revokedBy())
                : getTranslation("admin.active")).setHeader(getTranslation("admin.state"));
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(e -> revoke.setEnabled(e.getValue() != null && !e.getValue().revoked()));

        create.addClickListener(e -> make());
        revoke.addClickListener(e -> {
            ApiToken t = grid.asSingleSelect().getValue();
            if (t != null) {
                secret.setVisible(false);
                secret.clear();
                act(() -> tokens.revoke(t.id(), actor()));
                message.setText(getTranslation("admin.tokens.revokedNow", t.id()));
            }
        });
        HorizontalLayout bar = new HorizontalLayout(account, label, create);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(bar, secret, message, grid, revoke);
        refresh();
    }

    private void make() {
        secret.setVisible(false);
        secret.clear();
        if (account.getValue() == null) {
            message.setText(getTranslation("admin.tokens.chooseAccount"));
            return;
        }
        act(() -> {
            ApiTokens.Created made = tokens.create(account.getValue(), label.getValue(), actor());
            secret.setValue(made.secret());
            secret.setVisible(true);
            message.setText(getTranslation("admin.tokens.shownOnce", made.token().id(), made.token().accountName()));
        });
        label.clear();
    }

    private void act(Runnable change) {
        try {
            change.run();
        } catch (AccountException e) {
            message.setText(e.getMessage());
        }
        refresh();
    }

    /** Called when the accounts change: only enabled importers and admins may have a token. */
    void refresh() {
        account.setItems(store.list().stream().filter(Account::enabled).filter(a -> a.role().includes(Role.IMPORTER))
                .map(Account::name).toList());
        grid.setItems(tokens.list(null));
        revoke.setEnabled(false);
    }

    private Actor actor() {
        return new Actor(user.name().orElse("?"), UiAudit.client());
    }

    private static String time(LocalDateTime t) {
        return t == null ? "—" : TIME.format(t);
    }
}
