// A session that ends while someone works (expired, or signed out elsewhere): the next 401 sends them to the login
// page, which says why once.
const FLAG = 'gongkai.sessionExpired';

export function markSessionExpired(): void {
  sessionStorage.setItem(FLAG, '1');
}

export function takeSessionExpired(): boolean {
  const expired = sessionStorage.getItem(FLAG) === '1';
  sessionStorage.removeItem(FLAG);
  return expired;
}
