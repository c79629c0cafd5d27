// Escapes text for a LIKE pattern, so a search for "50%" or "A_1" matches those characters literally.

/** Backslash is PostgreSQL's default LIKE escape character. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}
