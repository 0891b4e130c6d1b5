/** The start both extract modes share: arguments to a config or an exit code, and stopping on a signal. */
import type { Result } from '../../result';
import { HELP_REQUESTED } from './common-flags';

/**
 * The parsed config, or the exit code to stop with: 0 once the usage is printed for --help, 2
 * for bad arguments (their message on stderr).
 */
export function configOrExitCode<T>(parsed: Result<T, string>, usage: string): { config: T } | { exitCode: number } {
  if (parsed.ok) return { config: parsed.value };
  if (parsed.error === HELP_REQUESTED) {
    console.log(usage);
    return { exitCode: 0 };
  }
  console.error(parsed.error);
  return { exitCode: 2 };
}

/** Aborted by SIGINT or SIGTERM (a scheduler stopping the pod); what landed before is kept. */
export function abortOnStopSignals(): AbortController {
  const abort = new AbortController();
  process.once('SIGINT', () => abort.abort());
  process.once('SIGTERM', () => abort.abort());
  return abort;
}
