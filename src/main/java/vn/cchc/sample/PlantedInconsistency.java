package vn.cchc.sample;

/**
 * A deliberate error in a generated report, and the loader's rule that must find it.
 *
 * @param rule      rate_mismatch, present_exceeds_assigned or part_exceeds_total
 * @param indicator the indicator whose written value is wrong: the rate, the part, the posts present
 */
public record PlantedInconsistency(String rule, String indicator) {
}
