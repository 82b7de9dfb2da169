package io.github.ets4j.allocation.industry;

/**
 * Sorts an array of positions ({@code int}s) by a comparison of the positions, without boxing them: a merge sort
 * (stable, n log n comparisons in the worst case) with insertion sort for short ranges. The balance sweep orders its
 * breakpoints with it. Holds no state; thread-safe.
 */
final class PositionSort {
  /** Ranges this short are sorted by insertion. */
  private static final int SHORT = 16;

  /** Compares two positions, as {@link java.util.Comparator#compare}. */
  @FunctionalInterface
  interface Order {
    int compare(int x, int y);
  }

  private PositionSort() {}

  static void sort(int[] positions, Order order) {
    sortRange(positions, 0, positions.length, order);
  }

  /** Sorts {@code positions[from, to)}. */
  static void sortRange(int[] positions, int from, int to, Order order) {
    if (to - from <= SHORT) {
      insertion(positions, from, to, order);
      return;
    }
    int[] scratch = new int[to - from];
    mergeSort(positions, from, to, order, scratch);
  }

  private static void mergeSort(int[] a, int from, int to, Order order, int[] scratch) {
    if (to - from <= SHORT) {
      insertion(a, from, to, order);
      return;
    }
    int mid = (from + to) >>> 1;
    mergeSort(a, from, mid, order, scratch);
    mergeSort(a, mid, to, order, scratch);
    if (order.compare(a[mid - 1], a[mid]) <= 0) {
      return;
    }
    int length = mid - from;
    System.arraycopy(a, from, scratch, 0, length);
    int i = 0;
    int j = mid;
    int k = from;
    // Equal elements keep their order: the left run's element goes first.
    while (i < length && j < to) {
      a[k++] = order.compare(a[j], scratch[i]) < 0 ? a[j++] : scratch[i++];
    }
    while (i < length) {
      a[k++] = scratch[i++];
    }
  }

  private static void insertion(int[] a, int from, int to, Order order) {
    for (int i = from + 1; i < to; i++) {
      int x = a[i];
      int j = i - 1;
      while (j >= from && order.compare(a[j], x) > 0) {
        a[j + 1] = a[j];
        j--;
      }
      a[j + 1] = x;
    }
  }
}
