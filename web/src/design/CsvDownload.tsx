// Downloads a report as the API exports it (?format=csv): fetched with the session's token (a plain link would
// carry none), then saved from a blob under the file name the server gives.
import { useState } from 'react';
import { currentSession } from '../auth/session.ts';

export function CsvDownload({ path, query, label = 'Download CSV' }: { path: string; query?: Record<string, string | undefined>; label?: string }) {
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);

  async function download() {
    setBusy(true);
    setFailed(false);
    try {
      const params = new URLSearchParams();
      for (const [name, value] of Object.entries(query ?? {})) if (value) params.set(name, value);
      params.set('format', 'csv');
      const response = await fetch(`${path}?${params}`, { headers: { Authorization: `Bearer ${currentSession()?.token ?? ''}` } });
      if (!response.ok) throw new Error(String(response.status));
      const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? 'export.csv';
      const url = URL.createObjectURL(await response.blob());
      const anchor = document.createElement('a');
      anchor.href = url;
      anchor.download = name;
      anchor.click();
      // Revoked once the browser has taken the download.
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  }

  return (
    <span>
      <button type="button" className="secondary" disabled={busy} onClick={download}>
        {label}
      </button>
      {failed && (
        <span role="alert" className="error">
          {' '}
          The export failed. Try again.
        </span>
      )}
    </span>
  );
}
