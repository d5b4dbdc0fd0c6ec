// The one transport from the browser to the API: XMLHttpRequest, because fetch reports no upload
// progress. The session cookie goes with it. Never rejects: a lost connection is status 0.
export interface SentRequest {
  method: string;
  url: string;
  /** A JSON text (sent as application/json), or bytes and forms sent as they are. */
  body?: string | Blob | FormData;
  contentType?: string;
  headers?: Readonly<Record<string, string>>;
  onUploadProgress?: (loaded: number, total: number) => void;
  /** The last byte has gone; the server is working on it. */
  onUploaded?: () => void;
}

export interface RawAnswer {
  status: number;
  /** The answer's JSON, or null when it had none or was not JSON. */
  body: unknown;
}

export type Transport = (request: SentRequest) => Promise<RawAnswer>;

export const sendRequest: Transport = (request) =>
  new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open(request.method, request.url);
    xhr.setRequestHeader("accept", "application/json");
    // An answer is read fresh each time (a job's progress, a claim after an edit), never from the browser's cache.
    xhr.setRequestHeader("cache-control", "no-cache");
    if (request.contentType) xhr.setRequestHeader("content-type", request.contentType);
    for (const [name, value] of Object.entries(request.headers ?? {})) xhr.setRequestHeader(name, value);
    const { onUploadProgress: progress, onUploaded } = request;
    if (progress) xhr.upload.onprogress = (e) => progress(e.loaded, e.lengthComputable ? e.total : 0);
    if (onUploaded) xhr.upload.onload = onUploaded;
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = xhr.responseText ? JSON.parse(xhr.responseText) : null;
      } catch {
        body = null;
      }
      resolve({ status: xhr.status, body });
    };
    xhr.onerror = () => resolve({ status: 0, body: null });
    xhr.onabort = () => resolve({ status: 0, body: null });
    xhr.send(request.body ?? null);
  });
