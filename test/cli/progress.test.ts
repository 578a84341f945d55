import { describe, expect, it, vi } from 'vitest';
import { ProgressBar } from '../../generator/cli/progress.js';

function fakeStream() {
  const writes: string[] = [];
  return { writes, stream: { isTTY: true, write: (s: string) => writes.push(s) } as unknown as NodeJS.WriteStream };
}

describe('ProgressBar', () => {
  it('stays silent for runs shorter than its delay', () => {
    vi.useFakeTimers();
    const { writes, stream } = fakeStream();
    const bar = new ProgressBar(stream, true, 1000);
    bar.update({ stage: 'load' });
    vi.advanceTimersByTime(500);
    bar.done();
    vi.advanceTimersByTime(1000);
    expect(writes).toEqual([]);
    vi.useRealTimers();
  });

  it('draws stages after the delay and clears the line when done', () => {
    vi.useFakeTimers();
    const { writes, stream } = fakeStream();
    const bar = new ProgressBar(stream, true, 1000);
    bar.update({ stage: 'format', done: 1, total: 4 });
    vi.advanceTimersByTime(1000);
    bar.update({ stage: 'compile' });
    bar.done();
    expect(writes[0]).toMatch(/^\r\u001b\[2K\[#+-+\] format 1\/4$/);
    expect(writes[1]).toMatch(/\] compile$/);
    expect(writes.at(-1)).toBe('\r\u001b[2K');
    vi.useRealTimers();
  });

  it('never draws when disabled (not a TTY, CI, --quiet)', () => {
    vi.useFakeTimers();
    const { writes, stream } = fakeStream();
    const bar = new ProgressBar(stream, false, 10);
    bar.update({ stage: 'load' });
    vi.advanceTimersByTime(100);
    bar.done();
    expect(writes).toEqual([]);
    vi.useRealTimers();
  });
});
