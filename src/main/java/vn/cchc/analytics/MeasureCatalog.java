package vn.cchc.analytics;

import static vn.cchc.warehouse.jooq.Tables.INDICATOR;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import vn.cchc.catalog.Indicator.Accumulation;
import vn.cchc.catalog.Indicator.Kind;
import vn.cchc.warehouse.jooq.tables.records.IndicatorRecord;

/**
 * The measures the views can chart: the three headline KPIs first, then every catalog indicator
 * of the warehouse (its indicator table, so that a corrected catalog shows without a restart of
 * this code's assumptions). Read once; the catalog changes only with a migration.
 */
@Service
public class MeasureCatalog {

    public static final String ONTIME_RATE = "kpi.ontime_rate";
    public static final String ONLINE_RATE = "kpi.online_rate";
    public static final String STAFFING_FILL = "kpi.staffing_fill";
    /** The overview's cards, in order. */
    public static final List<String> HEADLINE = List.of(ONTIME_RATE, ONLINE_RATE, STAFFING_FILL);

    private static final List<Measure> KPIS = List.of(
            new Measure(ONTIME_RATE, "Tỷ lệ hồ sơ TTHC giải quyết đúng hạn", "On-time resolution rate", "%",
                    Kind.PERCENT, Accumulation.PERIOD, true, true,
                    List.of(new RatioPart("tthc.ontime.dept", "tthc.resolved.dept"),
                            new RatioPart("tthc.ontime.district", "tthc.resolved.district"),
                            new RatioPart("tthc.ontime.commune", "tthc.resolved.commune")),
                    List.of("tthc.ontime_rate.dept", "tthc.ontime_rate.district", "tthc.ontime_rate.commune")),
            new Measure(ONLINE_RATE, "Tỷ lệ hồ sơ TTHC tiếp nhận trực tuyến", "Online submission rate", "%",
                    Kind.PERCENT, Accumulation.PERIOD, true, true,
                    List.of(new RatioPart("dvc.received_online", "dvc.received")), List.of("dvc.online_rate")),
            new Measure(STAFFING_FILL, "Tỷ lệ biên chế có mặt so với được giao", "Staffing fill (present / assigned)", "%",
                    Kind.PERCENT, Accumulation.SNAPSHOT, null, true,
                    List.of(new RatioPart("staff.civil.present", "staff.civil.assigned"),
                            new RatioPart("staff.public.present", "staff.public.assigned")), List.of()));

    private final DSLContext dsl;
    private volatile Map<String, Measure> measures;

    public MeasureCatalog(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Every measure: the KPIs, then the catalog in id order. */
    public List<Measure> all() {
        return new ArrayList<>(byId().values());
    }

    public Optional<Measure> find(String id) {
        return Optional.ofNullable(byId().get(id));
    }

    public Measure get(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("no measure " + id));
    }

    private Map<String, Measure> byId() {
        Map<String, Measure> m = measures;
        if (m == null) {
            m = new LinkedHashMap<>();
            for (Measure k : KPIS) {
                m.put(k.id(), k);
            }
            for (IndicatorRecord r : dsl.selectFrom(INDICATOR).orderBy(INDICATOR.ID).fetch()) {
                m.put(r.getId(), of(r));
            }
            measures = m;
        }
        return m;
    }

    private static Measure of(IndicatorRecord r) {
        Kind kind = Kind.valueOf(r.getKind().toUpperCase(Locale.ROOT));
        boolean rate = kind == Kind.PERCENT && r.getNumeratorId() != null && r.getDenominatorId() != null;
        return new Measure(r.getId(), r.getNameVi(), r.getNameEn(), r.getUnit(), kind,
                Accumulation.valueOf(r.getAccumulation().toUpperCase(Locale.ROOT)), r.getHigherIsBetter(), false,
                rate ? List.of(new RatioPart(r.getNumeratorId(), r.getDenominatorId())) : List.of(),
                rate ? List.of(r.getId()) : List.of());
    }
}
