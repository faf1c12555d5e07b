package vn.cchc.analytics;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The answers of the view calls, kept until the warehouse moves on: keyed by the derived tables'
 * generation ({@link AnalyticsTables#generation}, which every load and retraction in the app moves
 * through {@link AnalyticsTables#ensureFresh}), the reader's whole {@link AccessScope}, the call and
 * its arguments. So an answer is only ever served again to a reader of the very same scope, and
 * never after a load or retraction. Leadership opens the same few views; on a busy server a view
 * already computed for that scope then costs no query at all (issue 12: p95 &lt; 100 ms).
 *
 * <p>Bounded: the least recently used answers go first. Answers are immutable (records, lists and
 * maps copied unmodifiable: {@link #frozen}), as several readers share them.
 */
final class ViewCache {

    /** Enough for every view of every scope a working day sees; an answer is a few KB to a few hundred. */
    static final int MOST_ENTRIES = 400;

    private record Key(long generation, AccessScope scope, String call, List<Object> args) {
    }

    private final Map<Key, Object> answers = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Object> eldest) {
            return size() > MOST_ENTRIES;
        }
    };

    /**
     * The answer to {@code call(args)} for the scope at the generation, computed once. Computed outside
     * the lock (two readers missing at once both compute; the answers are equal).
     */
    @SuppressWarnings("unchecked")
    <T> T get(long generation, AccessScope scope, String call, Object[] args, Supplier<T> compute) {
        Key key = new Key(generation, scope, call, Arrays.asList(args.clone()));
        synchronized (answers) {
            Object hit = answers.get(key);
            if (hit != null) {
                return (T) hit;
            }
        }
        T answer = compute.get();
        if (answer != null) {
            synchronized (answers) {
                answers.put(key, answer);
            }
        }
        return answer;
    }

    /**
     * A list the readers share, unmodifiable; unlike {@code List.copyOf} it answers {@code contains(null)}
     * and {@code indexOf(null)} as the views' lists always did, instead of throwing.
     */
    static <E> List<E> frozen(List<E> list) {
        return java.util.Collections.unmodifiableList(new java.util.ArrayList<>(list));
    }

    /** A map the readers share, unmodifiable, answering {@code get(null)} with null as a HashMap does. */
    static <K, V> Map<K, V> frozen(Map<K, V> map) {
        return java.util.Collections.unmodifiableMap(new java.util.HashMap<>(map));
    }

    int size() {
        synchronized (answers) {
            return answers.size();
        }
    }
}
