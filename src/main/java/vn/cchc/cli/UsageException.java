package vn.cchc.cli;

/** The command line was not understood. */
final class UsageException extends RuntimeException {
    UsageException(String message) {
        super(message);
    }
}
