import { useLayoutEffect, useState, type RefObject } from 'react';

/** Cells this far past either edge of the view are filled too, so a short scroll shows no gap. */
const OVERSCAN_PX = 240;
/** Left of the first column: the checkbox cell. */
const CHECK_WIDTH = 44;

export interface ColumnRange {
  first: number;
  last: number;
}

function rangeIn(widths: number[], left: number, viewWidth: number): ColumnRange {
  const from = left - OVERSCAN_PX;
  const to = left + viewWidth + OVERSCAN_PX;
  let x = CHECK_WIDTH;
  let first = widths.length;
  let last = -1;
  widths.forEach((width, i) => {
    if (x + width > from && x < to) {
      first = Math.min(first, i);
      last = i;
    }
    x += width;
  });
  return { first, last };
}

/**
 * The columns a horizontal scroll shows: the others render as empty cells of their width. At
 * 1,440 px half the columns are off to the right, and their badges were much of the first
 * screen's render time. Measured before the first paint, while the rows are still skeletons.
 */
export function useColumnsInView(scrollRef: RefObject<HTMLDivElement | null>, columns: Array<{ width: number }>): ColumnRange {
  const key = columns.map((c) => c.width).join(',');
  const [range, setRange] = useState(() =>
    rangeIn(key.split(',').map(Number), 0, typeof window === 'undefined' ? 4096 : window.innerWidth),
  );

  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    const widths = key.split(',').map(Number);
    const measure = () => {
      const next = rangeIn(widths, el.scrollLeft, el.clientWidth);
      setRange((r) => (r.first === next.first && r.last === next.last ? r : next));
    };
    measure();
    let frame = 0;
    const onScroll = () => {
      frame ||= requestAnimationFrame(() => {
        frame = 0;
        measure();
      });
    };
    const resized = new ResizeObserver(onScroll);
    el.addEventListener('scroll', onScroll, { passive: true });
    resized.observe(el);
    return () => {
      el.removeEventListener('scroll', onScroll);
      resized.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [scrollRef, key]);

  return range;
}
