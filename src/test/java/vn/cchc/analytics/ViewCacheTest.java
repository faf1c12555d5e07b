package vn.cchc.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The key of a kept answer: generation, the reader's whole scope, the call and its arguments (nulls among them). */
class ViewCacheTest {

    final ViewCache cache = new ViewCache();
    final AtomicInteger computed = new AtomicInteger();

    private String answer(long generation, AccessScope scope, String call, Object... args) {
        return cache.get(generation, scope, call, args, () -> call + "#" + computed.incrementAndGet());
    }

    @Test
    void theSameCallOfTheSameScopeAndGenerationIsComputedOnce() {
        String first = answer(1, AccessScope.country(), "heatmap", "m", null, Boundary.NEW_34);
        assertThat(answer(1, AccessScope.country(), "heatmap", "m", null, Boundary.NEW_34)).isSameAs(first);
        assertThat(computed).hasValue(1);
    }

    @Test
    void anotherScopeNeverGetsTheAnswer() {
        String hanoi = answer(1, AccessScope.provinces(Set.of("ha-noi-2025")), "cards", "2026-Q1");
        String hue = answer(1, AccessScope.provinces(Set.of("hue-2025")), "cards", "2026-Q1");
        String country = answer(1, AccessScope.country(), "cards", "2026-Q1");
        assertThat(Set.of(hanoi, hue, country)).hasSize(3);
        assertThat(computed).hasValue(3);
    }

    @Test
    void aNewGenerationOrOtherArgumentsComputeAfresh() {
        String before = answer(1, AccessScope.country(), "cards", "2026-Q1");
        assertThat(answer(2, AccessScope.country(), "cards", "2026-Q1")).isNotEqualTo(before);
        assertThat(answer(2, AccessScope.country(), "cards", "2026-Q2")).isNotEqualTo(before);
        assertThat(answer(2, AccessScope.country(), "trends", "2026-Q1")).isNotEqualTo(before);
        assertThat(computed).hasValue(4);
    }

    @Test
    void itKeepsAtMostItsBoundLeastRecentlyUsedFirstOut() {
        for (int i = 0; i < ViewCache.MOST_ENTRIES + 50; i++) {
            answer(1, AccessScope.country(), "cards", i);
        }
        assertThat(cache.size()).isEqualTo(ViewCache.MOST_ENTRIES);
        int before = computed.get();
        answer(1, AccessScope.country(), "cards", 0);
        assertThat(computed.get()).as("the eldest answer left").isEqualTo(before + 1);
    }
}
