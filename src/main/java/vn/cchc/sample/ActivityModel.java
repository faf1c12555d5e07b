package vn.cchc.sample;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import vn.cchc.catalog.Catalog;
import vn.cchc.catalog.Indicator;
import vn.cchc.catalog.Indicator.Accumulation;

/**
 * What one agency did in one quarter, indicator by indicator: the quarter's flows (accumulation
 * {@code period}), the year-to-date totals ({@code cumulative}, growing from quarter to quarter)
 * and the stocks at the quarter's end ({@code snapshot}). Rates computed from two indicators are
 * not here: a period's rate is the ratio of the period's counts, never an average.
 *
 * <p>The catalog decides the shape of every value — its kind, unit, accumulation, and the total a
 * part can never exceed (generated after its total, as a share of it). A few headline statistics
 * follow hand-set trends, because those are what dashboards show: dossiers resolved and on time
 * (rates mostly 85–100 %, improving), dossiers received online (about 10 % in 2021, 60–90 % by
 * 2025–2026) and staffing (85–100 % of posts filled).
 */
final class ActivityModel {

    /** Internal counts behind the 2021 template's online rates, which print no counts of their own. */
    static final String RECEIVED_LEVEL3 = "latent.dvc.received.level3";
    static final String ONLINE_LEVEL3 = "latent.dvc.received_online.level3";
    static final String RECEIVED_LEVEL4 = "latent.dvc.received.level4";
    static final String ONLINE_LEVEL4 = "latent.dvc.received_online.level4";

    /** Share of dossiers received online, by year: the national push for online public services. */
    private static final Map<Integer, Double> ONLINE_TREND = Map.of(2019, 0.04, 2020, 0.06, 2021, 0.10, 2022, 0.22,
            2023, 0.38, 2024, 0.53, 2025, 0.68, 2026, 0.76);
    /** More dossiers at the end of the year than at its start. */
    private static final double[] SEASON = {0.85, 1.0, 1.05, 1.12};
    /** How far the year's disbursement of public investment has got by the end of each quarter. */
    private static final double[] DISBURSEMENT_CURVE = {0.12, 0.38, 0.62, 0.93};

    /**
     * Ranges per quarter or stock for a department, by the unit the catalog gives: the catalog says
     * what is counted, these say how much of it a department typically has.
     */
    private static final Map<String, double[]> UNIT_RANGE = Map.ofEntries(
            Map.entry("Nhiệm vụ", new double[] {5, 40}), Map.entry("Văn bản", new double[] {0, 15}),
            Map.entry("Cơ quan, đơn vị", new double[] {0, 10}), Map.entry("Vấn đề", new double[] {0, 6}),
            Map.entry("Số lượng", new double[] {100, 2500}), Map.entry("Thủ tục", new double[] {20, 240}),
            Map.entry("TTHC", new double[] {20, 240}), Map.entry("Hồ sơ", new double[] {40, 3000}),
            Map.entry("PAKN", new double[] {0, 25}), Map.entry("Người", new double[] {0, 5}),
            Map.entry("Đơn vị", new double[] {1, 10}), Map.entry("Ban", new double[] {0, 5}),
            Map.entry("Tổ chức", new double[] {0, 20}), Map.entry("Triệu đồng", new double[] {3_000, 250_000}));
    /** A few statistics whose size their unit does not tell. */
    private static final Map<String, double[]> ID_RANGE = Map.of(
            "egov.outgoing_docs", new double[] {400, 6000},
            "tthc.simplified_approved", new double[] {0, 12},
            "tthc.published_new", new double[] {0, 30},
            "tthc.abolished_replaced", new double[] {0, 40},
            "staff.civil.contracts", new double[] {0, 12},
            "staff.civil.downsized", new double[] {0, 3},
            "staff.public.downsized", new double[] {0, 8});

    private final Catalog catalog;
    private final Randomness random;
    private final Map<String, List<String>> partitionSiblings = new HashMap<>();

    ActivityModel(Catalog catalog, Randomness random) {
        this.catalog = catalog;
        this.random = random;
        for (Indicator i : catalog.indicators()) {
            if (i.totalId() != null && partitionsItsTotal(i)) {
                partitionSiblings.computeIfAbsent(i.totalId(), t -> new ArrayList<>()).add(i.id());
            }
        }
    }

    /**
     * Parts named like their total's family partition it: tthc.count.province/.district/.commune of
     * tthc.count.total, direction.assigned_tasks_ontime/_late/_overdue_open of direction.assigned_tasks.
     */
    private static boolean partitionsItsTotal(Indicator part) {
        String family = family(part.id());
        return family.equals(part.totalId()) || family.equals(family(part.totalId()));
    }

    private static String family(String id) {
        int dot = id.lastIndexOf('.');
        return dot < 0 ? "" : id.substring(0, dot);
    }

    /** All values of the agency in the quarter (1–4) of the year, rates between two indicators excluded. */
    Map<String, Double> quarter(Agency agency, int year, int quarter) {
        Quarter q = new Quarter(agency, year, quarter);
        // The headline values first: the generic rules never overwrite a value already set.
        headline(q);
        for (Indicator i : catalog.indicators()) {
            if (!i.isRate()) {
                q.value(i.id());
            }
        }
        return q.values;
    }

    /** One agency-quarter being computed: totals before their parts. */
    private final class Quarter {
        final Agency agency;
        final int year;
        final int q;
        final Map<String, Double> values = new HashMap<>();

        Quarter(Agency agency, int year, int q) {
            this.agency = agency;
            this.year = year;
            this.q = q;
        }

        double value(String id) {
            Double known = values.get(id);
            if (known != null) {
                return known;
            }
            Indicator i = catalog.indicator(id).orElseThrow();
            double v = i.totalId() != null ? part(i) : root(i);
            values.put(id, v);
            return v;
        }

        /** Keys for values that stay the same all year (stocks, plans) or change every quarter (flows). */
        Object[] key(Indicator i, String what) {
            boolean yearly = i.accumulation() != Accumulation.PERIOD;
            return new Object[] {what, agency.key(), i.id(), year, yearly ? 0 : q};
        }

        private double root(Indicator i) {
            return switch (i.kind()) {
                case CODED -> coded(i);
                case PERCENT -> percent(i);
                case TEXT -> 0;
                case COUNT, MONEY -> amount(i);
            };
        }

        /** A code improving over the years: most agencies have completed what the template asks by 2024. */
        private double coded(Indicator i) {
            int top = 0;
            for (String option : i.codes().split(";")) {
                top = Math.max(top, Integer.parseInt(option.split("=")[0].trim()));
            }
            double progress = Math.min(1, (year - 2018) / 6.0) + random.uniform(-0.35, 0.35, key(i, "code"));
            return Math.max(0, Math.min(top, Math.round(progress * top)));
        }

        /** A share without counts behind it: high and improving; cuts since 2015 grow year by year. */
        private double percent(Indicator i) {
            double v;
            if (i.id().startsWith("tthc.ontime_rate.")) {
                // On-time rates of a field (land, construction): like the others, 85–100 % and improving.
                v = random.uniform(86, 97.5, "ontime", agency.key(), i.id()) + 0.6 * (year - 2019)
                        + random.uniform(-1, 1, key(i, "ontime"));
                return Math.max(85, Math.min(100, v));
            } else if (i.id().contains("cut_rate")) {
                v = random.uniform(0, 4, "cut", agency.key(), i.id()) + 1.6 * (year - 2015)
                        + random.uniform(-0.5, 0.5, key(i, "cut"));
            } else if (random.chance(0.3, "complete", agency.key(), i.id(), year)) {
                v = 100;
            } else {
                v = random.uniform(74, 96, "share", agency.key(), i.id()) + 0.9 * (year - 2019)
                        + random.uniform(-2, 2, key(i, "share"));
            }
            return Math.max(0, Math.min(100, v));
        }

        private double amount(Indicator i) {
            double[] range = ID_RANGE.getOrDefault(i.id(), UNIT_RANGE.getOrDefault(i.unit(), new double[] {0, 15}));
            double scale = switch (agency.kind()) {
                case DEPARTMENT -> 1;
                case DISTRICT -> 2.5;
                case PROVINCE -> 8;
            };
            // The agency's own size, kept across the years; the year's and quarter's noise on top.
            double size = random.uniform(0.35, 1, "size", agency.key(), i.id());
            double v = (range[0] + (range[1] - range[0]) * size) * scale;
            RandomGenerator r = random.stream(key(i, "amount"));
            v *= 0.85 + 0.3 * r.nextDouble();
            if (i.accumulation() == Accumulation.CUMULATIVE) {
                // Year to date: a quarter's share of the year's amount, quarter after quarter.
                v = v * q / 4.0;
            }
            if (range[0] == 0 && r.nextDouble() < 0.35) {
                v = 0; // disciplinary cases, inspections found nothing: zero is common
            }
            return Math.round(v);
        }

        private double part(Indicator i) {
            double total = value(i.totalId());
            Indicator totalIndicator = catalog.indicator(i.totalId()).orElseThrow();
            if (i.id().equals("direction.plan_tasks_done")) {
                // Tasks of the year's plan done so far: a quarter of them per quarter, give or take.
                double pace = random.uniform(0.85, 1.05, "pace", agency.key(), year);
                return Math.floor(total * Math.min(1, pace * q / 4.0));
            }
            if (i.id().equals("finance.investment_disbursed")) {
                double pace = random.uniform(0.8, 1.07, "disbursement", agency.key(), year);
                return Math.floor(total * Math.min(1, pace * DISBURSEMENT_CURVE[q - 1]) * 1000) / 1000;
            }
            List<String> siblings = partitionSiblings.get(i.totalId());
            double share;
            if (siblings != null && siblings.contains(i.id())) {
                share = partitionShare(i, siblings);
            } else {
                share = random.uniform(0.3, 1, key(i, "share"));
            }
            if (i.accumulation() == Accumulation.CUMULATIVE && totalIndicator.accumulation() == Accumulation.SNAPSHOT) {
                // Achieved so far this year, never less than last quarter: the stock grows towards its share.
                share *= Math.min(1, 0.7 + 0.1 * q);
            }
            return Math.floor(total * share);
        }

        /** Shares of siblings that split their total; levels (province/district/commune) split all of it. */
        private double partitionShare(Indicator i, List<String> siblings) {
            boolean levels = siblings.stream().allMatch(s -> s.matches(".*\\.(province|district|commune|dept)$"));
            double rest = levels ? 0 : random.uniform(0, 0.3, "rest", agency.key(), i.totalId(), year);
            double sum = rest;
            double mine = 0;
            for (String s : siblings) {
                // Tasks done late or overdue are the exception, not a third of the work.
                boolean exception = s.contains("late") || s.contains("overdue");
                double w = random.uniform(exception ? 0.01 : 0.2, exception ? 0.08 : 1, "weight", agency.key(), s, year);
                sum += w;
                if (s.equals(i.id())) {
                    mine = w;
                }
            }
            return mine / sum;
        }
    }

    // ---- the headline statistics ------------------------------------------------------------

    private void headline(Quarter q) {
        Agency a = q.agency;
        String[] scopes = switch (a.kind()) {
            case DEPARTMENT -> new String[] {"dept"};
            case DISTRICT -> new String[] {"district", "commune"};
            case PROVINCE -> new String[] {"dept", "district", "commune"};
        };
        double received = 0;
        for (String scope : scopes) {
            double resolved = resolved(a, scope, q.year, q.q);
            q.values.put("tthc.resolved." + scope, resolved);
            q.values.put("tthc.ontime." + scope, Math.min(resolved, Math.round(resolved * ontimeShare(a, scope, q.year, q.q))));
            received += scope.equals("commune") ? 0 : resolved;
        }
        received = Math.round(received * random.uniform(0.98, 1.12, "received", a.key(), q.year, q.q));
        double online = onlineShare(a, q.year, q.q);
        q.values.put("dvc.received", received);
        q.values.put("dvc.received_online", Math.min(received, Math.round(received * online)));
        double level3 = Math.round(received * random.uniform(0.3, 0.5, "level3", a.key()));
        double level4 = received - level3;
        q.values.put(RECEIVED_LEVEL3, level3);
        q.values.put(ONLINE_LEVEL3, Math.min(level3, Math.round(level3 * online * random.uniform(0.8, 1.05, "l3", a.key(), q.year, q.q))));
        q.values.put(RECEIVED_LEVEL4, level4);
        q.values.put(ONLINE_LEVEL4, Math.min(level4, Math.round(level4 * online * random.uniform(0.95, 1.15, "l4", a.key(), q.year, q.q))));
        staff(q, "civil", a.kind() == Agency.Kind.DISTRICT ? new double[] {60, 150} : new double[] {15, 110}, 0);
        staff(q, "public", a.kind() == Agency.Kind.DISTRICT ? new double[] {800, 3500} : new double[] {10, 400}, 0.3);
    }

    /** Dossiers resolved in the quarter: the agency's size, a little more each year, more towards December. */
    private double resolved(Agency a, String scope, int year, int quarter) {
        double[] range = switch (scope) {
            case "dept" -> new double[] {40, 3000};
            case "district" -> new double[] {300, 3000};
            default -> a.kind() == Agency.Kind.PROVINCE ? new double[] {20_000, 150_000} : new double[] {1500, 15_000};
        };
        double size = Math.exp(random.uniform(Math.log(range[0]), Math.log(range[1]), "volume", a.key(), scope));
        double growth = 1 + 0.05 * (year - 2019);
        return Math.max(1, Math.round(size * growth * SEASON[quarter - 1]
                * random.uniform(0.9, 1.1, "volume", a.key(), scope, year, quarter)));
    }

    /** Share resolved on time: 86–97.5 % to start with, half a point better each year, some agencies at 100 %. */
    private double ontimeShare(Agency a, String scope, int year, int quarter) {
        if (random.chance(0.12, "perfect", a.key(), scope)) {
            return 1;
        }
        double base = random.uniform(0.86, 0.975, "ontime", a.key(), scope);
        double share = base + 0.006 * (year - 2019) + random.uniform(-0.01, 0.01, "ontime", a.key(), scope, year, quarter);
        return Math.max(0.85, Math.min(1, share));
    }

    private double onlineShare(Agency a, int year, int quarter) {
        double trend = ONLINE_TREND.getOrDefault(year, year < 2019 ? 0.03 : 0.8);
        double share = trend + random.uniform(-0.07, 0.07, "online", a.key()) + 0.01 * (quarter - 1);
        return Math.max(0.01, Math.min(0.95, share));
    }

    /** Posts assigned for the year and people present at the quarter's end: 85–100 % filled. */
    private void staff(Quarter q, String kind, double[] range, double noneChance) {
        Agency a = q.agency;
        double assigned = 0;
        if (!random.chance(noneChance, "staffless", a.key(), kind)) {
            double size = random.uniform(range[0], range[1], "posts", a.key(), kind);
            assigned = Math.round(size * random.uniform(0.97, 1.03, "posts", a.key(), kind, q.year));
        }
        double fill = random.uniform(0.85, 1, "fill", a.key(), kind, q.year, q.q);
        q.values.put("staff." + kind + ".assigned", assigned);
        q.values.put("staff." + kind + ".present", Math.min(assigned, Math.ceil(assigned * fill)));
    }
}
