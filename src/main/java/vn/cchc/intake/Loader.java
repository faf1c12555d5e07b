package vn.cchc.intake;

import vn.cchc.analytics.AccessScope;
import vn.cchc.security.Actor;

/**
 * Who is loading, fixed when the request is made (the parse and the write may run on other threads,
 * where nobody is signed in): as the audit log names them, and the provinces they may load.
 */
public record Loader(Actor actor, AccessScope scope) {

    /** The inbox folder's loads: the system account, the whole country (the folder is the server operator's). */
    public static Loader system() {
        return new Loader(Actor.SYSTEM, AccessScope.country());
    }
}
