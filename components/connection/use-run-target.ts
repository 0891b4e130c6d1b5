'use client';

import { useCallback, useSyncExternalStore } from 'react';

export type RunTargetChoice = 'embedded' | 'external';

const STORAGE_KEY = 'pi-connector-demo.run-target';
const CHANGE_EVENT = 'pi-connector-demo:run-target';

function read(): RunTargetChoice {
  return window.localStorage.getItem(STORAGE_KEY) === 'external' ? 'external' : 'embedded';
}

function subscribe(onChange: () => void): () => void {
  // `storage` reports changes from other tabs; the custom event, changes from this one.
  window.addEventListener('storage', onChange);
  window.addEventListener(CHANGE_EVENT, onChange);
  return () => {
    window.removeEventListener('storage', onChange);
    window.removeEventListener(CHANGE_EVENT, onChange);
  };
}

/**
 * Which PI Web API the next run reads: the embedded mock (default) or the external server saved
 * on the Connection page. A browser preference, not a secret: the run's own settings record it.
 */
export function useRunTarget(): [RunTargetChoice, (choice: RunTargetChoice) => void] {
  const choice = useSyncExternalStore(subscribe, read, () => 'embedded' as const);
  const setChoice = useCallback((next: RunTargetChoice) => {
    window.localStorage.setItem(STORAGE_KEY, next);
    window.dispatchEvent(new Event(CHANGE_EVENT));
  }, []);
  return [choice, setChoice];
}
