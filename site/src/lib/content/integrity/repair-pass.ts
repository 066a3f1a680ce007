// A repair pass: takes one published raw document (as the dataset/Sanity holds it), returns it repaired
// (a new object when something changed; the input is never mutated), and calls `note` once per repair
// with the field path (validator style: `body[3].markDefs[0].href`, `title`, '' for the document) and a
// short Vietnamese description of what was changed ("đã chuẩn hóa Unicode (NFC)", "đã bỏ liên kết không an toàn").
export type RepairNote = (path: string, message: string) => void;
export type RepairPass = (doc: Record<string, unknown>, note: RepairNote) => Record<string, unknown>;
