package vn.cchc.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * {@code java -jar cchc-analytics.jar COMMAND ...}: holds the subcommands (added by {@link Cli}) and
 * the one option they all take, {@code --lang}.
 */
@Command(name = "cchc-analytics.jar", header = "${bundle:root.header}", description = "${bundle:root.description}",
        footer = "${bundle:root.footer}", synopsisSubcommandLabel = "${bundle:label.command}")
final class RootCommand implements Callable<Integer> {

    private final Messages messages;

    @Mixin
    HelpOption help;

    /** Read before parsing by {@link Messages#forArgs}; declared here so every command accepts and documents it. */
    @Option(names = "--lang", scope = ScopeType.INHERIT, paramLabel = "vi|en", descriptionKey = "lang")
    String lang;

    RootCommand(Messages messages) {
        this.messages = messages;
    }

    /** Options without a command: nothing to do, say what there is. */
    @Override
    public Integer call() {
        throw new UsageException(messages.get("error.noCommand"));
    }
}
