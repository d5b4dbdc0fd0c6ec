// POSTs to the API from the browser with XMLHttpRequest, which (unlike fetch) reports upload progress:
// JSON here, a FormData (a file upload) in post-form.ts. The session cookie goes with it. Never
// rejects: a network failure is status 0.
export interface JsonAnswer {
  status: number;
  body: unknown;
}

export interface PostJsonOptions {
  onUploadProgress?: (loaded: number, total: number) => void;
  onUploaded?: () => void;
}

/** The one XMLHttpRequest POST both helpers use; `contentType` unset lets the browser set it (multipart). */
export function postWithProgress(url: string, payload: XMLHttpRequestBodyInit, contentType: string | null, options: PostJsonOptions = {}): Promise<JsonAnswer> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", url);
    if (contentType) xhr.setRequestHeader("content-type", contentType);
    xhr.setRequestHeader("accept", "application/json");
    if (options.onUploadProgress) {
      const report = options.onUploadProgress;
      xhr.upload.onprogress = (e) => report(e.loaded, e.lengthComputable ? e.total : 0);
    }
    if (options.onUploaded) xhr.upload.onload = options.onUploaded;
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
    xhr.send(payload);
  });
}

export function postJson(url: string, data: unknown, options: PostJsonOptions = {}): Promise<JsonAnswer> {
  return postWithProgress(url, JSON.stringify(data), "application/json", options);
}
