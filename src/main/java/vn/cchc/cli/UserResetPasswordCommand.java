package vn.cchc.cli;

import java.io.PrintStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import vn.cchc.security.AccountDatabase;
import vn.cchc.security.AccountException;
import vn.cchc.security.AccountStore;
import vn.cchc.security.Actor;

/**
 * {@code user reset-password NAME}, the new password from standard input: the account must change it
 * at its next sign-in, and a sign-in lock is lifted.
 */
@Command(name = "reset-password", header = "${bundle:user.reset.header}", description = "${bundle:user.reset.description}")
final class UserResetPasswordCommand implements Callable<Integer> {

    private final Messages messages;
    private final PasswordInput passwords;
    private final PrintStream out;

    @Parameters(paramLabel = "${bundle:label.name}", descriptionKey = "opt.user.account", arity = "1")
    String name;

    @Mixin
    AccountFile accounts;

    @Mixin
    HelpOption help;

    UserResetPasswordCommand(Messages messages, PasswordInput passwords, PrintStream out) {
        this.messages = messages;
        this.passwords = passwords;
        this.out = out;
    }

    @Override
    public Integer call() {
        try (AccountDatabase db = accounts.open(messages)) {
            AccountStore store = AccountStore.on(db);
            var account = store.find(name).orElseThrow(() -> new AccountException(
                    messages.get("user.noSuchAccount", AccountStore.normalise(name))));
            store.resetPassword(account.name(), passwords.read(messages), Actor.commandLine());
            out.println(messages.get("user.passwordReset", account.name()));
            if (!account.enabled()) {
                out.println(messages.get("user.stillDisabled", account.name()));
            }
        }
        return 0;
    }
}
