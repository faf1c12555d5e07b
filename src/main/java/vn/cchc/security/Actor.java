package vn.cchc.security;

/**
 * Who did something, for the audit log: an account name (or "system", or "cli:OS-USER") and where
 * from (the client's address, or "local").
 */
public record Actor(String name, String client) {

    public static final Actor SYSTEM = new Actor("system", "local");

    /** The server's own command line, run by an operator of the machine. */
    public static Actor commandLine() {
        return new Actor("cli:" + System.getProperty("user.name", "?"), "local");
    }
}
