import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { debounce } from './debounce.ts';

describe('debounce', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs once, after the calls pause', () => {
    const fn = vi.fn();
    const write = debounce(fn, 200);
    write();
    vi.advanceTimersByTime(150);
    write();
    vi.advanceTimersByTime(150);
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(50);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('flush runs a pending call now and only once; with nothing pending it does nothing', () => {
    const fn = vi.fn();
    const write = debounce(fn, 200);
    write.flush();
    expect(fn).not.toHaveBeenCalled();
    write();
    write.flush();
    expect(fn).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(500);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('cancel drops a pending call', () => {
    const fn = vi.fn();
    const write = debounce(fn, 200);
    write();
    write.cancel();
    vi.advanceTimersByTime(500);
    expect(fn).not.toHaveBeenCalled();
  });
});
