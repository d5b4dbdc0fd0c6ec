// POSTs JSON to the API from the browser with XMLHttpRequest, which (unlike fetch) reports upload
// progress. The session cookie goes with it. Never rejects: a network failure is status 0.
export interface JsonAnswer {
  status: number;
  body: unknown;
}

export interface PostJsonOptions {
  onUploadProgress?: (loaded: number, total: number) => void;
  onUploaded?: () => void;
}

export function postJson(url: string, data: unknown, options: PostJsonOptions = {}): Promise<JsonAnswer> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", url);
    xhr.setRequestHeader("content-type", "application/json");
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
    xhr.send(JSON.stringify(data));
  });
}
