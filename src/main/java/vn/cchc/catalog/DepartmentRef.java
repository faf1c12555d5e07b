package vn.cchc.catalog;

import java.time.LocalDate;
import java.util.List;

/**
 * A kind of provincial department or equivalent agency.
 *
 * @param shortCodes the suffixes of its document numbers (599/BC-SXD → SXD)
 */
public record DepartmentRef(String slug, String name, List<String> shortCodes, LocalDate validFrom,
                            LocalDate validTo, List<String> aliases) {
}
