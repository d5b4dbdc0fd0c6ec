// POSTs a FormData (a file upload) to the API with XMLHttpRequest, which reports upload progress.
// The session cookie goes with it. Never rejects: a network failure is status 0.
import type { JsonAnswer } from "./post-json";

export function postForm(url: string, form: FormData, onUploadProgress?: (loaded: number, total: number) => void): Promise<JsonAnswer> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", url);
    xhr.setRequestHeader("accept", "application/json");
    if (onUploadProgress) xhr.upload.onprogress = (e) => onUploadProgress(e.loaded, e.lengthComputable ? e.total : 0);
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
    xhr.send(form);
  });
}
