// The planner's queues: due sends ordered by time, and ready sends in arrival order.

export interface QueueItem {
  due: number;
  lead: number;
  step: number;
}

/** Min-heap on `due`. */
export class DueQueue {
  private readonly items: QueueItem[] = [];
  get size(): number {
    return this.items.length;
  }
  peek(): QueueItem | undefined {
    return this.items[0];
  }
  push(item: QueueItem): void {
    const a = this.items;
    a.push(item);
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (a[p]!.due <= item.due) break;
      a[i] = a[p]!;
      i = p;
    }
    a[i] = item;
  }
  pop(): QueueItem | undefined {
    const a = this.items;
    const top = a[0];
    const last = a.pop();
    if (a.length > 0 && last) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= a.length) break;
        const r = l + 1;
        const c = r < a.length && a[r]!.due < a[l]!.due ? r : l;
        if (a[c]!.due >= last.due) break;
        a[i] = a[c]!;
        i = c;
      }
      a[i] = last;
    }
    return top;
  }
}

/** FIFO with a moving head; cheaper than shift() on long queues. */
export class Fifo<T> {
  private items: T[] = [];
  private head = 0;
  get size(): number {
    return this.items.length - this.head;
  }
  push(item: T): void {
    this.items.push(item);
  }
  peek(): T | undefined {
    return this.items[this.head];
  }
  shift(): T | undefined {
    const item = this.items[this.head++];
    if (this.head > 1024 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return item;
  }
}
