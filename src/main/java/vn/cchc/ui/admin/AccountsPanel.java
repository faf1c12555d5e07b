package vn.cchc.ui.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.cchc.analytics.Boundary;
import vn.cchc.analytics.FilterOptionsService;
import vn.cchc.analytics.ProvinceOption;
import vn.cchc.catalog.VietnameseOrder;
import vn.cchc.security.Account;
import vn.cchc.security.AccountException;
import vn.cchc.security.AccountStore;
import vn.cchc.security.Actor;
import vn.cchc.security.CurrentUser;
import vn.cchc.security.NewAccount;
import vn.cchc.security.Role;
import vn.cchc.ui.security.UiAudit;

/**
 * The accounts in a grid; the form below edits the selected one or adds a new one. Scope is the whole
 * country or a set of the 34 provinces; none means the account sees nothing.
 */
class AccountsPanel extends VerticalLayout {

    final Grid<Account> grid = new Grid<>();
    final TextField name = new TextField();
    final TextField email = new TextField();
    final Select<Role> role = new Select<>();
    final Checkbox countryWide = new Checkbox();
    final MultiSelectComboBox<ProvinceOption> provinces = new MultiSelectComboBox<>();
    final PasswordField password = new PasswordField();
    final Button add = new Button();
    final Button save = new Button();
    final Button enable = new Button();
    final Button reset = new Button();
    final Button unlock = new Button();
    final Checkbox benchmark = new Checkbox();
    final Paragraph message = new Paragraph();

    private final transient AccountStore store;
    private final transient CurrentUser user;
    private final Map<String, String> provinceNames;

    AccountsPanel(AccountStore store, CurrentUser user, FilterOptionsService options) {
        this.store = store;
        this.user = user;
        List<ProvinceOption> all = options.provinces(Boundary.NEW_34);
        provinceNames = all.stream().collect(Collectors.toMap(ProvinceOption::slug, ProvinceOption::name));
        grid.addColumn(Account::name).setHeader(getTranslation("admin.name")).setComparator(VietnameseOrder.by(Account::name));
        grid.addColumn(a -> a.email() == null ? "" : a.email()).setHeader(getTranslation("admin.email"));
        grid.addColumn(a -> getTranslation("role." + a.role().code())).setHeader(getTranslation("admin.role"));
        grid.addColumn(this::scopeText).setHeader(getTranslation("admin.scope")).setFlexGrow(3);
        grid.addColumn(this::stateText).setHeader(getTranslation("admin.state"));
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));

        name.setLabel(getTranslation("admin.name"));
        email.setLabel(getTranslation("admin.email"));
        role.setLabel(getTranslation("admin.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> getTranslation("role." + r.code()));
        role.setValue(Role.VIEWER);
        countryWide.setLabel(getTranslation("admin.country"));
        provinces.setLabel(getTranslation("admin.provinces"));
        provinces.setItems(all);
        provinces.setItemLabelGenerator(ProvinceOption::name);
        countryWide.addValueChangeListener(e -> provinces.setEnabled(!e.getValue()));
        password.setLabel(getTranslation("admin.password"));
        password.setHelperText(getTranslation("password.rule", AccountStore.MIN_PASSWORD_CHARS));
        add.setText(getTranslation("admin.add"));
        save.setText(getTranslation("admin.save"));
        enable.setText(getTranslation("admin.disable"));
        reset.setText(getTranslation("admin.reset"));
        unlock.setText(getTranslation("admin.unlock"));
        benchmark.setLabel(getTranslation("admin.benchmark"));
        benchmark.setValue(store.nationalBenchmark());
        benchmark.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                act(() -> store.setNationalBenchmark(e.getValue(), actor()));
            }
        });
        add.addClickListener(e -> act(() -> store.add(new NewAccount(name.getValue(), email.getValue(), role.getValue(),
                countryWide.getValue(), slugs()), password.getValue().toCharArray(), true, actor())));
        save.addClickListener(e -> selected(a -> {
            store.setRole(a.name(), role.getValue(), actor());
            store.setEmail(a.name(), email.getValue(), actor());
            store.setScope(a.name(), countryWide.getValue(), slugs(), actor());
        }));
        enable.addClickListener(e -> selected(a -> store.setEnabled(a.name(), !a.enabled(), actor())));
        reset.addClickListener(e -> selected(a -> store.resetPassword(a.name(), password.getValue().toCharArray(), actor())));
        unlock.addClickListener(e -> selected(a -> store.unlock(a.name(), actor())));

        FormLayout form = new FormLayout(name, email, role, countryWide, provinces, password);
        add(benchmark, grid, form, new HorizontalLayout(add, save, enable, reset, unlock), message);
        refresh();
        show(null);
    }

    private void show(Account a) {
        boolean existing = a != null;
        name.setValue(existing ? a.name() : "");
        name.setReadOnly(existing);
        email.setValue(existing && a.email() != null ? a.email() : "");
        role.setValue(existing ? a.role() : Role.VIEWER);
        countryWide.setValue(existing && a.countryWide());
        provinces.setValue(existing ? provinces.getListDataView().getItems().filter(p -> a.provinces().contains(p.slug()))
                .collect(Collectors.toSet()) : Set.of());
        password.clear();
        add.setEnabled(!existing);
        save.setEnabled(existing);
        enable.setEnabled(existing);
        enable.setText(getTranslation(existing && !a.enabled() ? "admin.enable" : "admin.disable"));
        reset.setEnabled(existing);
        unlock.setEnabled(existing && a.lockedAt(LocalDateTime.now()));
    }

    private void selected(java.util.function.Consumer<Account> change) {
        Account a = grid.asSingleSelect().getValue();
        if (a != null) {
            act(() -> change.accept(a));
        }
    }

    private void act(Runnable change) {
        try {
            change.run();
            message.setText(getTranslation("admin.saved"));
            user.forget();
        } catch (AccountException e) {
            message.setText(e.getMessage());
        }
        password.clear();
        refresh();
    }

    private void refresh() {
        Account chosen = grid.asSingleSelect().getValue();
        grid.setItems(store.list());
        if (chosen != null) {
            store.find(chosen.name()).ifPresent(grid::select);
        }
    }

    private Set<String> slugs() {
        return provinces.getValue().stream().map(ProvinceOption::slug).collect(Collectors.toSet());
    }

    private Actor actor() {
        return new Actor(user.name().orElse("?"), UiAudit.client());
    }

    String scopeText(Account a) {
        if (a.countryWide()) {
            return getTranslation("admin.country");
        }
        if (a.provinces().isEmpty()) {
            return getTranslation("admin.scope.none");
        }
        return a.provinces().stream().map(s -> provinceNames.getOrDefault(s, s))
                .sorted(VietnameseOrder.NAMES).collect(Collectors.joining(", "));
    }

    private String stateText(Account a) {
        if (!a.enabled()) {
            return getTranslation("admin.disabled");
        }
        return a.lockedAt(LocalDateTime.now()) ? getTranslation("admin.locked") : getTranslation("admin.active");
    }
}
