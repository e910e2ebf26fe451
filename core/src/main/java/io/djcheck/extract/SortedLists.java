package io.djcheck.extract;

import java.util.List;
import java.util.function.Predicate;

/** Binary search in lists kept in text order, for look-ups that a scan per hit would make quadratic. */
final class SortedLists {

    private SortedLists() {
    }

    /**
     * The index of the first element that is not {@code before} (the size when all are); the list
     * holds every element that is {@code before} ahead of every one that is not.
     */
    static <T> int firstNotBefore(List<T> sorted, Predicate<? super T> before) {
        int lo = 0;
        int hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (before.test(sorted.get(mid))) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
