package vn.cchc.cli;

/** The command line was not understood: exit 2, the reason on one line, then the command's usage. */
final class UsageException extends RuntimeException {
    UsageException(String message) {
        super(message);
    }
}
