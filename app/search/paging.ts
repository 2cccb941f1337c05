/** One page of ranked results without sorting every match. Pure. */

/**
 * The results from `start` to `end` in sorted order, without sorting everything: the best `end`
 * are kept in a heap (a results page is small; the matches can be thousands).
 */
export function pageOf<T>(items: T[], compare: (a: T, b: T) => number, start: number, end: number): T[] {
  if (start >= items.length) return [];
  if (end * 4 >= items.length) return items.sort(compare).slice(start, end);
  // A max-heap (worst on top) of the best `end` items.
  const heap: T[] = [];
  const worse = (a: T, b: T) => compare(a, b) > 0;
  const siftUp = (i: number) => {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!worse(heap[i]!, heap[parent]!)) break;
      [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
      i = parent;
    }
  };
  const siftDown = (i: number) => {
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let largest = i;
      if (left < heap.length && worse(heap[left]!, heap[largest]!)) largest = left;
      if (right < heap.length && worse(heap[right]!, heap[largest]!)) largest = right;
      if (largest === i) break;
      [heap[i], heap[largest]] = [heap[largest]!, heap[i]!];
      i = largest;
    }
  };
  for (const item of items) {
    if (heap.length < end) {
      heap.push(item);
      siftUp(heap.length - 1);
    } else if (compare(item, heap[0]!) < 0) {
      heap[0] = item;
      siftDown(0);
    }
  }
  return heap.sort(compare).slice(start, end);
}
