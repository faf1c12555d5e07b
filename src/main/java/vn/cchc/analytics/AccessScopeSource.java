package vn.cchc.analytics;

/**
 * Where the analytics services take the reader's {@link AccessScope} from: the signed-in user in
 * the web app (vn.cchc.security.CurrentUser), the whole country for the server's own command line.
 * Never a view or URL parameter.
 */
@FunctionalInterface
public interface AccessScopeSource {

    AccessScope current();

    /** For the command line run on the server by its operator, who can read the warehouse file anyway. */
    static AccessScopeSource countryWide() {
        return AccessScope::country;
    }
}
