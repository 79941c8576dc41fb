// Reading text fields from FormData: a field may be absent, or a file may arrive where text was
// expected (a hand-made request); both read as the fallback, never as "[object File]".

/** The text of field `name`, or `fallback` when it is absent or not text. */
export function formText(form: FormData, name: string, fallback = ""): string {
  const value = form.get(name);
  return typeof value === "string" ? value : fallback;
}

/** Every text value of a repeated field (files are left out). */
export function formTexts(form: FormData, name: string): string[] {
  return form.getAll(name).filter((v): v is string => typeof v === "string");
}
