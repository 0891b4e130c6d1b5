/**
 * Preloaded (`node --import`) into a process whose peak memory the benchmark reports: at exit it
 * writes the kernel's high-water mark of its resident set (getrusage ru_maxrss, exact, unlike
 * sampling) to the file named by BENCH_MAX_RSS_FILE.
 */
import { writeFileSync } from 'node:fs';

const file = process.env.BENCH_MAX_RSS_FILE;
if (file) {
  process.on('exit', () => {
    // maxRSS is in kilobytes.
    writeFileSync(file, JSON.stringify({ maxRssBytes: process.resourceUsage().maxRSS * 1024 }));
  });
}
