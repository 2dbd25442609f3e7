package org.wortlaut.model;

import java.util.List;
import java.util.function.ToIntFunction;

/** Looking up offsets in layers sorted by start whose items do not overlap (so their ends are in order too). */
public final class Offsets {

    private Offsets() {
    }

    /** The index of the item that contains {@code offset}, or -1 when it lies between items. */
    static <T> int indexContaining(List<T> items, int offset, ToIntFunction<T> start, ToIntFunction<T> end) {
        int low = 0;
        int high = items.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            T item = items.get(mid);
            if (offset < start.applyAsInt(item)) {
                high = mid - 1;
            } else if (offset >= end.applyAsInt(item)) {
                low = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    /** The index of the first item that ends after {@code offset}; the layer's size if none does. */
    public static <T> int firstEndingAfter(List<T> items, int offset, ToIntFunction<T> end) {
        int low = 0;
        int high = items.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (end.applyAsInt(items.get(mid)) <= offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
