package vn.cchc.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code user add|list|disable|enable|reset-password}: the accounts of the web app, kept in their
 * own small database (see {@link vn.cchc.security.AccountStore}), changed by an operator of the server.
 */
@Command(name = "user", header = "${bundle:user.header}", description = "${bundle:user.description}",
        footer = "${bundle:user.footer}", synopsisSubcommandLabel = "${bundle:label.command}")
final class UserCommand implements Callable<Integer> {

    private final Messages messages;

    @Mixin
    HelpOption help;

    UserCommand(Messages messages) {
        this.messages = messages;
    }

    @Override
    public Integer call() {
        throw new UsageException(messages.get("error.noCommand"));
    }
}
