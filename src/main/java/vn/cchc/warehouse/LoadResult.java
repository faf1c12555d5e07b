package vn.cchc.warehouse;

import java.util.List;

/**
 * What loading one parsed report did.
 *
 * @param reportId   the report's id (the existing one for a duplicate)
 * @param superseded earlier reports of the same agency and period that this one replaced
 */
public record LoadResult(Status status, long reportId, List<Long> superseded) {

    public enum Status { LOADED, DUPLICATE }
}
