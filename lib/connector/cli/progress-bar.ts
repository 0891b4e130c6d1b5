/** A progress bar on stderr: redrawn in place on a terminal, a line every few seconds otherwise (CI logs). */
export class ProgressBar {
  private lastLineAt = 0;
  private readonly startedAt = Date.now();

  constructor(
    private readonly stream: NodeJS.WriteStream = process.stderr,
    private readonly width = 30,
  ) {}

  update(label: string, done: number, total: number, extra: string): void {
    const fraction = total > 0 ? Math.min(1, done / total) : 0;
    const filled = Math.round(fraction * this.width);
    const seconds = ((Date.now() - this.startedAt) / 1000).toFixed(1);
    const line = `${label} [${'#'.repeat(filled)}${' '.repeat(this.width - filled)}] ${(fraction * 100).toFixed(0).padStart(3)}% ${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')} ${extra} ${seconds}s`;
    if (this.stream.isTTY) {
      this.stream.write(`\r${line}`);
    } else if (Date.now() - this.lastLineAt > 2000 || done === total) {
      this.lastLineAt = Date.now();
      this.stream.write(`${line}\n`);
    }
  }

  finish(): void {
    if (this.stream.isTTY) this.stream.write('\n');
  }
}
