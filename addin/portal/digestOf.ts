/** The SHA-256 of a file's bytes in hexadecimal: the same file chosen again gets the same submission key. */
export async function digestOf(file: Blob): Promise<string> {
  const hash = await crypto.subtle.digest("SHA-256", await file.arrayBuffer());
  return [...new Uint8Array(hash)].map((byte) => byte.toString(16).padStart(2, "0")).join("");
}
