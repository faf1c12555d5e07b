package vn.cchc.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;
import vn.cchc.security.AccountException;
import vn.cchc.warehouse.WarehouseException;

/**
 * What the user sees when a command cannot run: a usage error is one line saying why, then the
 * command's usage line and how to get its help, exit 2; a warehouse or an account store that cannot
 * be opened is one line, exit 3; a change the account store refuses is one line, exit 1. A reason about a command is in the user's language; a reason that quotes option
 * syntax ({@code --out FILE is required}, {@code --db needs a value}, picocli's own) stays in English,
 * as the command line always wrote them: scripts match them.
 */
final class UsageErrors implements IParameterExceptionHandler, IExecutionExceptionHandler {

    static final int REFUSED = 1;
    static final int USAGE = 2;
    /** The warehouse or the account store cannot be opened. */
    static final int UNAVAILABLE = 3;

    private final Messages messages;
    private final PrintStream err;

    UsageErrors(Messages messages, PrintStream err) {
        this.messages = messages;
        this.err = err;
    }

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        return usage(e.getCommandLine(), reason(e));
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed) throws Exception {
        if (e instanceof UsageException) {
            return usage(command, e.getMessage());
        }
        if (e instanceof WarehouseException) {
            // Typically the file is held by a running app: DuckDB allows one writing process. For a
            // load the way in is then that app (its API or its inbox), said in the same one line; the
            // readers' own reason already names the app's exports and snapshots.
            String reason = e.getMessage().replaceAll("\\s*\\R\\s*", " ");
            boolean heldLoad = vn.cchc.warehouse.FatalCause.isLock(e) && "load".equals(command.getCommandName());
            err.println(heldLoad ? messages.get("warehouse.held", reason)
                    : messages.get("warehouse.error", reason));
            return UNAVAILABLE;
        }
        if (e instanceof AccountFile.AccountsUnavailableException) {
            err.println(messages.get("user.cannotOpen", e.getMessage()));
            return UNAVAILABLE;
        }
        if (e instanceof AccountException) {
            // Understood, but the accounts refuse it: a name taken, no such account, a password too short.
            err.println(messages.get("user.refused", e.getMessage()));
            return REFUSED;
        }
        throw e;
    }

    /** The reason, the command's synopsis and where its whole help is: short enough to read in a job's log. */
    private int usage(CommandLine command, String reason) {
        Help help = command.getHelp();
        err.println(reason);
        err.print(help.synopsisHeading() + help.synopsis(help.synopsisHeadingLength()));
        err.println(messages.get("error.moreHelp", command.getCommandSpec().qualifiedName()));
        err.flush();
        return USAGE;
    }

    private String reason(ParameterException e) {
        if (e instanceof UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            String first = u.getUnmatched().getFirst();
            boolean takesCommands = !u.getCommandLine().getSubcommands().isEmpty();
            String reason = takesCommands && !first.startsWith("-")
                    ? messages.get("error.unknownCommand", first, String.join(", ", u.getCommandLine().getSubcommands().keySet()))
                    : "unknown option or argument " + String.join(" ", u.getUnmatched());
            List<String> suggestions = u.getSuggestions();
            return suggestions.isEmpty() ? reason : reason + " — " + messages.get("error.didYouMean", String.join(", ", suggestions));
        }
        if (e instanceof MissingParameterException m && m.getMissing().stream().allMatch(OptionSpec.class::isInstance)) {
            return m.getMissing().stream().map(a -> ((OptionSpec) a).longestName()).collect(Collectors.joining(", "))
                    + " needs a value";
        }
        return e.getMessage();
    }
}
