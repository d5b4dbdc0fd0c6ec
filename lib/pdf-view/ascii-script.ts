// A script with every character outside ASCII written as a \uXXXX escape. pdf.js's worker holds a
// few hundred such characters in string literals among 1.2 MB of ASCII; one of them is enough to
// make the browser decode the whole file as UTF-8 into a two-byte string and compile it as one,
// about a fifth of the worker's start. Escaped, the file is ASCII and its code is the same: a
// \uXXXX escape means its character in a string, template, regular expression or identifier (and
// nothing in a comment); only a template's raw text (String.raw) would differ, which the worker
// never reads.

export function asciiScript(source: string): string {
  return source.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
