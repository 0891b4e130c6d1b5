/** URLs of the `/api/bronze/*` routes; absent or null parameters are left out, as the routes treat them. */
export function bronzeUrl(path: string, params: Readonly<Record<string, string | number | null | undefined>> = {}): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== '') query.set(key, String(value));
  }
  const text = query.toString();
  return `/api/bronze/${path}${text ? `?${text}` : ''}`;
}
