// A priority queue (binary heap) of the changes still to consider, so the simulation jumps from one candidate date
// to the next instead of walking day by day: O(log n) per entry.
export interface Agenda<T> {
  add(entry: T): void;
  peek(): T | undefined;
  take(): T | undefined;
}

export function makeAgenda<T>(comesFirst: (a: T, b: T) => number): Agenda<T> {
  const heap: T[] = [];
  const before = (i: number, j: number) => comesFirst(heap[i] as T, heap[j] as T) < 0;
  const swap = (i: number, j: number) => {
    [heap[i], heap[j]] = [heap[j] as T, heap[i] as T];
  };
  const siftUp = (start: number) => {
    for (let i = start; i > 0 && before(i, (i - 1) >> 1); i = (i - 1) >> 1) swap(i, (i - 1) >> 1);
  };
  const siftDown = (start: number) => {
    for (let i = start; ;) {
      const [left, right] = [2 * i + 1, 2 * i + 2];
      let first = i;
      if (left < heap.length && before(left, first)) first = left;
      if (right < heap.length && before(right, first)) first = right;
      if (first === i) return;
      swap(i, first);
      i = first;
    }
  };
  return {
    add(entry) {
      heap.push(entry);
      siftUp(heap.length - 1);
    },
    peek: () => heap[0],
    take() {
      const top = heap[0];
      const last = heap.pop();
      if (heap.length > 0 && last !== undefined) {
        heap[0] = last;
        siftDown(0);
      }
      return top;
    },
  };
}
