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

/** {@code user disable NAME} and {@code user enable NAME}: the account may (no longer) sign in; nothing is deleted. */
@Command(name = "disable", header = "${bundle:user.disable.header}")
class UserDisableCommand implements Callable<Integer> {

    private final Messages messages;
    private final PrintStream out;
    private final boolean enable;

    @Parameters(paramLabel = "${bundle:label.name}", descriptionKey = "opt.user.account", arity = "1")
    String name;

    @Mixin
    AccountFile accounts;

    @Mixin
    HelpOption help;

    UserDisableCommand(Messages messages, PrintStream out) {
        this(messages, out, false);
    }

    private UserDisableCommand(Messages messages, PrintStream out, boolean enable) {
        this.messages = messages;
        this.out = out;
        this.enable = enable;
    }

    @Override
    public Integer call() {
        try (AccountDatabase db = accounts.open(messages)) {
            AccountStore store = AccountStore.on(db);
            if (store.find(name).isEmpty()) {
                throw new AccountException(messages.get("user.noSuchAccount", AccountStore.normalise(name)));
            }
            store.setEnabled(name, enable, Actor.commandLine());
        }
        out.println(messages.get(enable ? "user.enabled" : "user.disabled", AccountStore.normalise(name)));
        return 0;
    }

    /** The way back, for an account disabled by mistake, or the only admin. */
    @Command(name = "enable", header = "${bundle:user.enable.header}")
    static final class Enable extends UserDisableCommand {
        Enable(Messages messages, PrintStream out) {
            super(messages, out, true);
        }
    }
}
