/** lib/live's public surface for the routes: start, follow and stop the Live page's tail. */
export { currentLiveSession, findLiveSession, startLiveSession, LIVE_INTERVAL_SECONDS, type LiveSession, type StartLiveError } from './live-session';
export { liveEventStream } from './live-event-stream';
