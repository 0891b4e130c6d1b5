'use client';

import { useCallback, useSyncExternalStore } from 'react';

function subscribe(onChange: () => void): () => void {
  document.addEventListener('fullscreenchange', onChange);
  return () => document.removeEventListener('fullscreenchange', onChange);
}

function noSubscription(): () => void {
  return () => {};
}

/**
 * The page in full screen (Fullscreen API on the whole document, so CSS can hide the chrome with
 * `html:fullscreen`); Esc leaves it as the browser does, and the state follows.
 */
export function useFullscreen() {
  const active = useSyncExternalStore(subscribe, () => document.fullscreenElement !== null, () => false);
  const supported = useSyncExternalStore(noSubscription, () => document.fullscreenEnabled, () => false);
  const toggle = useCallback(async () => {
    if (document.fullscreenElement) await document.exitFullscreen();
    else await document.documentElement.requestFullscreen();
  }, []);
  return { active, supported, toggle };
}
