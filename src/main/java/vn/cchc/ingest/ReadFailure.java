package vn.cchc.ingest;

/** Turns what a library throws at a bad file into the one-line reason a user reads. */
final class ReadFailure {

    private static final int LONGEST_REASON = 160;

    private ReadFailure() {
    }

    /**
     * "damaged .docx: Truncated ZIP file": the reason of the innermost cause that gives one, as
     * libraries wrap the telling exception in generic ones.
     */
    static ReportReadException damaged(String format, Throwable e) {
        // A parse ended for taking too long is not a damaged file, whatever the library wrapped it in.
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ParseDeadline.Stopped) {
                return new ReportReadException(t.getMessage());
            }
        }
        return new ReportReadException("damaged ." + format + ": " + oneLine(e));
    }

    /** The first line of the innermost message along the cause chain, shortened; else the class name. */
    static String oneLine(Throwable e) {
        String reason = null;
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage();
            if (message != null && !message.isBlank()) {
                reason = message.strip().lines().findFirst().orElse("").strip();
            }
        }
        if (reason == null) {
            return e.getClass().getSimpleName();
        }
        return reason.length() > LONGEST_REASON ? reason.substring(0, LONGEST_REASON) + "…" : reason;
    }

    /** The first exception along the cause chain whose message contains {@code text}, or null. */
    static Throwable find(Throwable e, String text) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains(text)) {
                return t;
            }
            for (Throwable s : t.getSuppressed()) {
                Throwable found = find(s, text);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
