package vn.cchc.cli;

import java.util.Arrays;
import java.util.List;

/**
 * Which face of the jar an argument list asks for, decided before anything starts: the web app
 * (with the arguments Spring is to see) or a command of the command line.
 * <ul>
 * <li>no argument, or only Spring-style options ({@code --server.port=9090}): the web app;</li>
 * <li>{@code serve [--name=value ...]}: the web app, the rest passed to Spring ({@code serve --help}
 * is the command line's help);</li>
 * <li>anything else: the command line — a word that is no command is a usage error there, never a
 * silent start of the web app.</li>
 * </ul>
 *
 * @param springArgs the arguments for Spring when {@code webApp}; empty otherwise
 */
public record Launch(boolean webApp, List<String> springArgs) {

    private static final Launch COMMAND = new Launch(false, List.of());

    public static Launch of(String... args) {
        List<String> all = Arrays.asList(args);
        if (all.stream().allMatch(Launch::isSpringOption)) {
            return new Launch(true, List.copyOf(all));
        }
        List<String> rest = all.subList(1, all.size());
        if (all.getFirst().equals("serve") && !rest.contains("--help") && !rest.contains("-h")) {
            return new Launch(true, List.copyOf(rest));
        }
        return COMMAND;
    }

    /** {@code --name=value}: what Spring Boot reads as a property; no command of ours looks like it. */
    static boolean isSpringOption(String arg) {
        return arg.startsWith("--") && arg.indexOf('=') > 2;
    }

    public String[] springArgArray() {
        return springArgs.toArray(String[]::new);
    }
}
