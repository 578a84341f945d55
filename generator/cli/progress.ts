import type { ProgressEvent } from '../index.js';

export type { ProgressEvent };

const STAGES: ProgressEvent['stage'][] = ['load', 'model', 'emit', 'format', 'compile', 'write'];
const WIDTH = 24;

/**
 * A one-line progress bar on a terminal, for runs that take longer than a second: quiet on
 * anything that is not a TTY, in CI, and with --quiet.
 */
export class ProgressBar {
  #last: ProgressEvent | undefined;
  #shown = false;
  #timer: NodeJS.Timeout | undefined;
  readonly #enabled: boolean;

  constructor(
    private readonly stream: NodeJS.WriteStream = process.stderr,
    enabled = stream.isTTY === true && !process.env.CI,
    private readonly delayMs = 1000,
  ) {
    this.#enabled = enabled;
    if (enabled) this.#timer = setTimeout(() => this.#render(), delayMs);
  }

  update = (event: ProgressEvent): void => {
    this.#last = event;
    if (this.#shown) this.#render();
  };

  done(): void {
    clearTimeout(this.#timer);
    if (this.#shown) this.stream.write('\r\u001b[2K');
    this.#shown = false;
  }

  #render(): void {
    if (!this.#enabled || this.#last === undefined) return;
    this.#shown = true;
    const { stage, done, total } = this.#last;
    const index = STAGES.indexOf(stage);
    const within = done !== undefined && total !== undefined && total > 0 ? done / total : 0;
    const fraction = (index + within) / STAGES.length;
    const filled = Math.round(fraction * WIDTH);
    const count = done !== undefined && total !== undefined ? ` ${done}/${total}` : '';
    this.stream.write(`\r\u001b[2K[${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${stage}${count}`);
  }
}
