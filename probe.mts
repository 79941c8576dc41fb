import { typeset } from "./lib/ingest/pdf-fixture";
import { getDocumentProxy } from "unpdf";
const r = await typeset([{ text: "word ".repeat(800) }], () => ({ columns: 1, pageNumber: true }));
const pd = await getDocumentProxy(new Uint8Array(r.bytes));
const p = await pd.getPage(1); const tc = await p.getTextContent();
console.log(tc.items.filter((i: any) => i.str.trim()).length, (tc.items as any[]).slice(-3).map(i => i.transform));
