package vn.cchc.cli;

import java.io.PrintStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.cchc.security.AccountDatabase;
import vn.cchc.security.ApiTokens;
import vn.cchc.security.Actor;

/**
 * {@code user token NAME [--label TEXT]}: a new API token of an importer's or admin's account. The
 * token is printed once, alone on the last line (a script takes {@code tail -n 1}); only its hash is kept.
 */
@Command(name = "token", header = "${bundle:user.token.header}", description = "${bundle:user.token.description}")
final class UserTokenCommand implements Callable<Integer> {

    private final Messages messages;
    private final PrintStream out;

    @Parameters(paramLabel = "${bundle:label.name}", descriptionKey = "opt.user.account", arity = "1")
    String name;

    @Option(names = "--label", paramLabel = "${bundle:label.text}", descriptionKey = "opt.user.tokenLabel")
    String label;

    @Mixin
    AccountFile accounts;

    @Mixin
    HelpOption help;

    UserTokenCommand(Messages messages, PrintStream out) {
        this.messages = messages;
        this.out = out;
    }

    @Override
    public Integer call() {
        ApiTokens.Created created;
        try (AccountDatabase db = accounts.open(messages)) {
            created = ApiTokens.on(db).create(name, label, Actor.commandLine());
        }
        out.println(messages.get("user.tokenMade", created.token().accountName(), created.token().id()));
        out.println(created.secret());
        out.flush();
        return 0;
    }
}
