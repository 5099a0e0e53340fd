// The reader's imported file, held in this page's memory: one file at a time, shared by the import page and
// the explorer (React reads it with useSyncExternalStore). Never stored, never sent: a reload forgets it.
import { useSyncExternalStore } from 'react';
import type { UserFile } from '../query/user/user-file';

type Listener = () => void;

let current: UserFile | null = null;
const listeners = new Set<Listener>();

export function getUserFile(): UserFile | null {
  return current;
}

/** Replaces the held file (a new import replaces the last one), or forgets it with null. */
export function setUserFile(file: UserFile | null): void {
  if (file === current) return;
  current = file;
  for (const listener of [...listeners]) listener();
}

export function subscribeUserFile(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The held file; the component re-renders when another is imported or it is forgotten. */
export function useUserFile(): UserFile | null {
  return useSyncExternalStore(subscribeUserFile, getUserFile, getUserFile);
}
