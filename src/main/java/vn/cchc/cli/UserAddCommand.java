package vn.cchc.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.cchc.catalog.ProvinceRef;
import vn.cchc.security.AccountDatabase;
import vn.cchc.security.AccountException;
import vn.cchc.security.AccountStore;
import vn.cchc.security.Actor;
import vn.cchc.security.NewAccount;
import vn.cchc.security.Role;

/**
 * {@code user add --name NAME --role R [--province P]... [--country] [--accounts FILE]}, the password
 * from standard input. The account must change the password at its first sign-in: the operator knows it.
 */
@Command(name = "add", header = "${bundle:user.add.header}", description = "${bundle:user.add.description}")
final class UserAddCommand implements Callable<Integer> {

    private final Messages messages;
    private final PasswordInput passwords;
    private final PrintStream out;
    private final PrintStream err;

    @Option(names = "--name", paramLabel = "${bundle:label.name}", descriptionKey = "opt.user.name")
    String name;

    @Option(names = "--role", paramLabel = "viewer|analyst|importer|admin", descriptionKey = "opt.user.role")
    String role;

    @Option(names = "--province", paramLabel = "${bundle:label.province}", descriptionKey = "opt.user.province")
    List<String> provinceNames = new ArrayList<>();

    @Option(names = "--country", descriptionKey = "opt.user.country")
    boolean country;

    @Mixin
    AccountFile accounts;

    @Mixin
    HelpOption help;

    UserAddCommand(Messages messages, PasswordInput passwords, PrintStream out, PrintStream err) {
        this.messages = messages;
        this.passwords = passwords;
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        if (name == null || name.isBlank()) {
            throw new UsageException("--name NAME is required");
        }
        Role r = Role.of(role).orElseThrow(() -> new UsageException(role == null ? "--role ROLE is required"
                : messages.get("user.unknownRole", role)));
        if (country && !provinceNames.isEmpty()) {
            throw new UsageException(messages.get("user.countryAndProvince"));
        }
        ProvinceNames provinces = ProvinceNames.bundled(messages.locale());
        Set<String> slugs = slugs(provinces);
        try (AccountDatabase db = accounts.create()) {
            AccountStore store = AccountStore.on(db);
            if (store.find(name).isPresent()) {
                // Said before the password is asked for, not after it was typed twice.
                throw new AccountException(messages.get("user.exists", AccountStore.normalise(name)));
            }
            char[] password = passwords.read(messages);
            var account = store.add(new NewAccount(name, null, r, country, slugs), password, true, Actor.commandLine());
            out.println(messages.get("user.added", account.name(), account.role().code(), UserListCommand.scope(account, provinces, messages)));
        }
        if (!country && slugs.isEmpty()) {
            err.println(messages.get("user.noScope", AccountStore.normalise(name)));
        }
        return 0;
    }

    /** The --province names as 2025 slugs; an unknown one is a usage error naming it. */
    private Set<String> slugs(ProvinceNames provinces) {
        Set<String> slugs = new LinkedHashSet<>();
        for (String typed : provinceNames) {
            ProvinceRef p = provinces.find(typed).orElseThrow(() -> new UsageException(provinces.successorOfEarlier(typed)
                    .map(s -> messages.get("user.mergedProvince", typed, s.name()))
                    .orElse(messages.get("user.unknownProvince", typed))));
            slugs.add(p.slug());
        }
        return slugs;
    }
}
