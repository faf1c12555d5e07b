package vn.cchc.cli;

import java.io.PrintStream;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import vn.cchc.security.Account;
import vn.cchc.security.AccountDatabase;
import vn.cchc.security.AccountStore;

/** {@code user list [--accounts FILE]}: every account by name — role, scope (province names), state. */
@Command(name = "list", header = "${bundle:user.list.header}", description = "${bundle:user.list.description}")
final class UserListCommand implements Callable<Integer> {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Messages messages;
    private final PrintStream out;

    @Mixin
    AccountFile accounts;

    @Mixin
    HelpOption help;

    UserListCommand(Messages messages, PrintStream out) {
        this.messages = messages;
        this.out = out;
    }

    @Override
    public Integer call() {
        List<Account> all;
        try (AccountDatabase db = accounts.open(messages)) {
            all = AccountStore.on(db).list();
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {messages.get("user.col.name"), messages.get("user.col.role"), messages.get("user.col.scope"),
                messages.get("user.col.state")});
        LocalDateTime now = LocalDateTime.now();
        ProvinceNames provinces = ProvinceNames.bundled(messages.locale());
        for (Account a : all) {
            rows.add(new String[] {a.name(), a.role().code(), scope(a, provinces, messages), state(a, now)});
        }
        print(rows);
        return 0;
    }

    /** "cả nước", the province names, or a note that the account sees nothing. */
    static String scope(Account a, ProvinceNames provinces, Messages messages) {
        if (a.countryWide()) {
            return messages.get("user.scope.country");
        }
        return a.provinces().isEmpty() ? messages.get("user.scope.none") : String.join(", ", provinces.names(a.provinces()));
    }

    private String state(Account a, LocalDateTime now) {
        List<String> parts = new ArrayList<>();
        parts.add(messages.get(a.enabled() ? "user.state.enabled" : "user.state.disabled"));
        if (a.lockedAt(now)) {
            parts.add(messages.get("user.state.locked", MINUTE.format(a.lockedUntil())));
        }
        if (a.mustChangePassword()) {
            parts.add(messages.get("user.state.mustChange"));
        }
        return String.join(", ", parts);
    }

    /** Columns padded to their widest cell; the last one is not padded. */
    private void print(List<String[]> rows) {
        int[] widths = new int[rows.getFirst().length];
        rows.forEach(r -> {
            for (int i = 0; i < r.length; i++) {
                widths[i] = Math.max(widths[i], r[i].length());
            }
        });
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < r.length - 1; i++) {
                line.append(r[i]).append(" ".repeat(widths[i] - r[i].length() + 2));
            }
            out.println(line.append(r[r.length - 1]));
        }
    }
}
