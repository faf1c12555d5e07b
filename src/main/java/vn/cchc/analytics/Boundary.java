package vn.cchc.analytics;

/**
 * Which provinces the dashboard shows (DOMAIN §8). Under {@link #NEW_34} a period before 2025-07-01
 * shows each 2025 province as the ratio of sums over the 2008 provinces that became it. Under
 * {@link #OLD_63} a period after shows the 2008 provinces that continue as exactly one 2025
 * province (unchanged or renamed) with its figures; a province merged into a larger one has none of
 * its own any more and is listed apart as {@link Unranked.Reason#MERGED}.
 */
public enum Boundary {
    OLD_63("2008"), NEW_34("2025");

    private final String generation;

    Boundary(String generation) {
        this.generation = generation;
    }

    /** The province generation of reference/provinces.csv this boundary lists. */
    public String generation() {
        return generation;
    }
}
