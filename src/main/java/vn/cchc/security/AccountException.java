package vn.cchc.security;

/** A change to the accounts that cannot be made, with the reason in words a user can act on. */
public class AccountException extends RuntimeException {

    public AccountException(String message) {
        super(message);
    }
}
