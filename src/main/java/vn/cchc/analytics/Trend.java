package vn.cchc.analytics;

import java.util.ArrayList;
import java.util.List;

/** A measure over the periods of one grain, one series per scope, all on one axis. */
public record Trend(Measure measure, Grain grain, Axis axis, List<String> periods, List<TrendSeries> series) {

    /** The same lines named, one label per series in order (the view's words, in the reader's language). */
    public Trend labelled(List<String> labels) {
        if (labels.size() != series.size()) {
            throw new IllegalArgumentException(labels.size() + " labels for " + series.size() + " series");
        }
        List<TrendSeries> named = new ArrayList<>(series.size());
        for (int i = 0; i < series.size(); i++) {
            TrendSeries s = series.get(i);
            named.add(new TrendSeries(s.scope(), labels.get(i), s.points()));
        }
        return new Trend(measure, grain, axis, periods, List.copyOf(named));
    }
}
