/** Runs started through POST /api/runs, as a second screen would, with what each one landed. */
import { expect, type APIRequestContext } from '@playwright/test';
import { finishedRunOrThrow } from './runs';

export interface FinishedRun {
  runId: string;
  afElements: number | null;
  eventFrames: number | null;
}

interface RunBody {
  figures: { afElements: number | null; eventFrames: number | null } | null;
}

export class RunsApi {
  constructor(private readonly request: APIRequestContext) {}

  /** Starts a run with these settings and waits until it has finished. */
  async finish(settings: Record<string, unknown>): Promise<FinishedRun> {
    const runId = await finishedRunOrThrow(this.request, settings);
    const response = await this.request.get(`/api/runs/${runId}`);
    expect(response.status()).toBe(200);
    const { figures } = (await response.json()) as RunBody;
    return { runId, afElements: figures?.afElements ?? null, eventFrames: figures?.eventFrames ?? null };
  }
}
