// Splits a stream of UTF-8 bytes into lines (LF), keeping a partial line across chunks.
export async function* readLines(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<string> {
  const decoder = new TextDecoder("utf-8");
  let carry = "";
  for await (const chunk of chunks) {
    const text = carry + decoder.decode(chunk, { stream: true });
    const lines = text.split("\n");
    carry = lines.pop() ?? "";
    for (const line of lines) if (line) yield line;
  }
  const last = carry + decoder.decode();
  if (last) yield last;
}
