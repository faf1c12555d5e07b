package vn.cchc.cli;

import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A new password, never from the command line (every user of the machine sees a process's arguments):
 * typed at the console without echo, twice, or else the first line of standard input, so that a
 * script can pipe it from a secret store. Kept in char arrays the caller wipes, never in a String.
 */
final class PasswordInput {

    private final InputStream in;
    private final Console console;

    /** @param console the terminal to prompt on, or null to read standard input */
    PasswordInput(InputStream in, Console console) {
        this.in = in;
        this.console = console;
    }

    /** Standard input, or the console when the process is attached to a terminal. */
    static PasswordInput system() {
        Console console = System.console();
        return new PasswordInput(System.in, console != null && isTerminal(console) ? console : null);
    }

    /**
     * From JDK 22 on, System.console() may return a console whose input is a pipe; its isTerminal()
     * (22+) tells. The build targets 21, where a console is always a terminal: hence the reflection.
     */
    private static boolean isTerminal(Console console) {
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    /** The password; none given (an empty line, no input) is a usage error. */
    char[] read(Messages messages) {
        char[] password = console == null ? firstLine() : typedTwice(messages);
        if (password.length == 0) {
            throw new UsageException(messages.get("user.emptyPassword"));
        }
        return password;
    }

    private char[] typedTwice(Messages messages) {
        char[] first = orEmpty(console.readPassword("%s", messages.get("user.passwordPrompt")));
        char[] again = orEmpty(console.readPassword("%s", messages.get("user.passwordAgain")));
        boolean same = Arrays.equals(first, again);
        Arrays.fill(again, '\0');
        if (!same) {
            Arrays.fill(first, '\0');
            throw new UsageException(messages.get("user.passwordsDiffer"));
        }
        return first;
    }

    private static char[] orEmpty(char[] typed) {
        return typed == null ? new char[0] : typed;
    }

    /** Up to the first line break (a trailing CR dropped), read a character at a time so no String holds it. */
    private char[] firstLine() {
        char[] buffer = new char[64];
        int length = 0;
        try {
            Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
            for (int c = reader.read(); c != -1 && c != '\n'; c = reader.read()) {
                if (length == buffer.length) {
                    char[] bigger = Arrays.copyOf(buffer, length * 2);
                    Arrays.fill(buffer, '\0');
                    buffer = bigger;
                }
                buffer[length++] = (char) c;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (length > 0 && buffer[length - 1] == '\r') {
            length--;
        }
        char[] password = Arrays.copyOf(buffer, length);
        Arrays.fill(buffer, '\0');
        return password;
    }
}
