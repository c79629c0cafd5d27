// The signed-in session: the bearer token lives in memory and in sessionStorage (a reload keeps it, closing the
// tab forgets it). Listeners hear sign-in and sign-out, including the sign-out forced by an expired token.

export interface Session {
  token: string;
  expiresAt: string;
}

const STORAGE_KEY = 'emporium.session';
let current: Session | null = readStored();
const listeners = new Set<() => void>();

function readStored(): Session | null {
  const raw = sessionStorage.getItem(STORAGE_KEY);
  if (!raw) return null;
  const session = JSON.parse(raw) as Session;
  return Date.parse(session.expiresAt) > Date.now() ? session : null;
}

export function currentSession(): Session | null {
  if (current && Date.parse(current.expiresAt) <= Date.now()) endSession();
  return current;
}

export function startSession(session: Session): void {
  current = session;
  sessionStorage.setItem(STORAGE_KEY, JSON.stringify(session));
  listeners.forEach((listener) => listener());
}

export function endSession(): void {
  current = null;
  sessionStorage.removeItem(STORAGE_KEY);
  listeners.forEach((listener) => listener());
}

export function onSessionChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
