// Loaded with `node --import` by bench/report-check.ts into each `gongkai` it runs: at exit, the process's CPU time
// (user + system, all threads, in ms) is written to $BENCH_CPU_FILE. On a machine shared with other work, CPU time
// varies far less than wall time.
import { writeFileSync } from 'node:fs';
import process from 'node:process';

process.on('exit', () => {
  const usage = process.resourceUsage();
  writeFileSync(process.env.BENCH_CPU_FILE, String((usage.userCPUTime + usage.systemCPUTime) / 1000));
});
