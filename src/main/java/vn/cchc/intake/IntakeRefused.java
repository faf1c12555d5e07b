package vn.cchc.intake;

/** A load or retraction this app or this account may not do; the message says why, in one line. */
public class IntakeRefused extends RuntimeException {

    public IntakeRefused(String message) {
        super(message);
    }
}
