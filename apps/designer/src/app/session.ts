import { useCallback, useState } from 'react';

const KEY = 'fingerpost.designer.token';

/**
 * The designer's API token for this browser tab (`fingerpost serve` prints one). Kept in session
 * storage, so closing the tab signs out.
 */
export function useDesignerToken(): [string | null, (token: string | null) => void] {
  const [token, setToken] = useState<string | null>(() => sessionStorage.getItem(KEY));
  const update = useCallback((next: string | null) => {
    if (next) sessionStorage.setItem(KEY, next);
    else sessionStorage.removeItem(KEY);
    setToken(next);
  }, []);
  return [token, update];
}
