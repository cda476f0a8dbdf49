/**
 * Loaded with `--import` into every server the benchmark starts (ours, the floor, the peer): stdin is a
 * pipe from the benchmark, and when it closes (the benchmark ended, however abruptly) the server gets
 * SIGTERM and shuts down as it would under any supervisor. Nothing is left running after a bench.
 * Plain JavaScript: our server runs compiled, without a TypeScript loader.
 */
import process from 'node:process';

process.stdin.on('end', () => process.kill(process.pid, 'SIGTERM'));
process.stdin.on('error', () => process.kill(process.pid, 'SIGTERM'));
process.stdin.resume();
