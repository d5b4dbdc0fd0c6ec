// The file name an artifact is downloaded under: the document's title and an extension for its type.
const EXTENSIONS: Record<string, string> = {
  "application/pdf": "pdf",
  "text/html": "html",
  "text/plain": "txt",
  "application/wacz": "wacz",
};

export function artifactFileName(title: string, mediaType: string): string {
  const ext = EXTENSIONS[mediaType.split(";")[0]!.trim().toLowerCase()] ?? "bin";
  const base = title.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, " ").replace(/\s+/g, " ").trim().slice(0, 120) || "source";
  return `${base}.${ext}`;
}
