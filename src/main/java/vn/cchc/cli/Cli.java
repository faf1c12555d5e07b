package vn.cchc.cli;

import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.Arrays;
import picocli.CommandLine;
import picocli.CommandLine.Help;

/**
 * The command line of the jar: {@code java -jar cchc-analytics.jar load|generate|export|snapshot|serve|user|help ...},
 * parsed by picocli. Which arguments start the web app instead is {@link Launch}'s decision.
 */
public final class Cli {

    private Cli() {
    }

    /** Runs a command; returns the process exit code. A password is read from the console or standard input. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, PasswordInput.system(), out, err);
    }

    /** Runs a command with {@code in} as its standard input (never a console). */
    static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        return run(args, new PasswordInput(in, null), out, err);
    }

    private static int run(String[] args, PasswordInput passwords, PrintStream out, PrintStream err) {
        quietLibraries();
        return commandLine(Messages.forArgs(Arrays.asList(args)), passwords, out, err).execute(args);
    }

    static CommandLine commandLine(Messages messages, PasswordInput passwords, PrintStream out, PrintStream err) {
        CommandLine cli = new CommandLine(new RootCommand(messages));
        cli.addSubcommand(new LoadCommand(messages, out, err));
        cli.addSubcommand(new GenerateCommand(messages, out, err));
        cli.addSubcommand(new ExportCommand(messages, out, err));
        cli.addSubcommand(new SnapshotCommand(messages, out, err));
        cli.addSubcommand(new ComposeCommand(messages, out, err));
        cli.addSubcommand(new BriefCommand(messages, out, err));
        cli.addSubcommand(new ServeCommand());
        cli.addSubcommand(user(messages, passwords, out, err));
        cli.addSubcommand(new CommandLine.HelpCommand());
        // Spring's --name=value options are serve's arguments, not options picocli should know.
        cli.getSubcommands().get("serve").setUnmatchedOptionsArePositionalParams(true);
        // These setters reach the subcommands added before them: keep them after the last one.
        cli.setResourceBundle(messages.bundle());
        cli.setSeparator(" ");
        cli.setColorScheme(Help.defaultColorScheme(Help.Ansi.OFF));
        cli.setOut(new PrintWriter(new OutputStreamWriter(out, out.charset()), true));
        cli.setErr(new PrintWriter(new OutputStreamWriter(err, err.charset()), true));
        UsageErrors errors = new UsageErrors(messages, err);
        cli.setParameterExceptionHandler(errors);
        cli.setExecutionExceptionHandler(errors);
        return cli;
    }

    private static CommandLine user(Messages messages, PasswordInput passwords, PrintStream out, PrintStream err) {
        CommandLine user = new CommandLine(new UserCommand(messages));
        user.addSubcommand(new UserAddCommand(messages, passwords, out, err));
        user.addSubcommand(new UserListCommand(messages, out));
        user.addSubcommand(new UserDisableCommand(messages, out));
        user.addSubcommand(new UserDisableCommand.Enable(messages, out));
        user.addSubcommand(new UserResetPasswordCommand(messages, passwords, out));
        user.addSubcommand(new UserTokenCommand(messages, out));
        return user;
    }

    /** A command's output is its own: no library banners or INFO logs between the lines. */
    private static void quietLibraries() {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        atLeast(org.slf4j.Logger.ROOT_LOGGER_NAME, ch.qos.logback.classic.Level.WARN);
        // A damaged file is reported in one FAILED line; the libraries' own warnings about it are noise.
        for (String library : new String[] {"org.apache.pdfbox", "org.apache.poi", "org.apache.fontbox"}) {
            atLeast(library, ch.qos.logback.classic.Level.ERROR);
        }
    }

    /** Raises a logger's threshold, never lowers one a configuration already set higher. */
    private static void atLeast(String name, ch.qos.logback.classic.Level level) {
        if (org.slf4j.LoggerFactory.getLogger(name) instanceof ch.qos.logback.classic.Logger logger
                && !logger.getEffectiveLevel().isGreaterOrEqual(level)) {
            logger.setLevel(level);
        }
    }
}
