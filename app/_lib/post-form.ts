// POSTs a FormData (a file upload) to the API, reporting upload progress (see post-json.ts).
import { type JsonAnswer, postWithProgress } from "./post-json";

export function postForm(url: string, form: FormData, onUploadProgress?: (loaded: number, total: number) => void): Promise<JsonAnswer> {
  return postWithProgress(url, form, null, { onUploadProgress });
}
