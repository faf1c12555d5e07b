package vn.cchc.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.cchc.warehouse.WarehouseException;

/**
 * The command line of the jar: {@code java -jar cchc-analytics.jar load|generate|export ...}.
 * Without a command the jar starts the web dashboard instead.
 */
public final class Cli {

    private static final Set<String> COMMANDS = Set.of("load", "generate", "export", "help", "--help");

    private Cli() {
    }

    public static boolean handles(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }

    /** Runs a command; returns the process exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        quietLibraries();
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        Messages messages = Messages.forArgs(rest);
        try {
            return switch (args[0]) {
                case "load" -> new LoadCommand(messages, out, err).run(LoadOptions.parse(rest));
                case "generate" -> new GenerateCommand(messages, out, err).run(rest);
                case "export" -> new ExportCommand(messages, out, err).run(rest);
                default -> {
                    out.println(messages.get("usage"));
                    out.println(messages.get("generate.usage"));
                    out.println(messages.get("export.usage"));
                    yield 0;
                }
            };
        } catch (UsageException e) {
            err.println(e.getMessage());
            err.println(messages.get("usage"));
            return 2;
        } catch (WarehouseException e) {
            // Typically the file is held by a running app: DuckDB allows one writing process.
            err.println(messages.get("warehouse.error", e.getMessage()));
            return 3;
        }
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

    static Locale locale(String lang) {
        return lang != null && lang.toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : Locale.of("vi");
    }
}
