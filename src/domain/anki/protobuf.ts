/**
 * Just enough of the protobuf wire format to read the two things an Anki 2.1.50+ collection keeps
 * only in protobuf blobs: whether a note type is a cloze type (Notetype.Config.kind, field 1) and
 * a card template's question (Template.Config.q_format, field 1). Anki's own definitions:
 * proto/anki/notetypes.proto. A blob that does not parse reads as having no fields.
 */

export type ProtoValue = { wire: 0; value: number } | { wire: 2; bytes: Uint8Array };

/** The fields of one message, by number; fixed-width (wire types 1 and 5) fields are skipped. */
export function protoFields(bytes: Uint8Array): Map<number, ProtoValue[]> {
  const fields = new Map<number, ProtoValue[]>();
  let at = 0;
  const varint = (): number | undefined => {
    let result = 0;
    let scale = 1;
    for (let i = 0; i < 10 && at < bytes.length; i++) {
      const b = bytes[at++]!;
      result += (b & 0x7f) * scale;
      if (b < 0x80) return result;
      scale *= 128;
    }
    return undefined;
  };
  while (at < bytes.length) {
    const key = varint();
    if (key === undefined) return new Map();
    const number = Math.floor(key / 8);
    const wire = key % 8;
    let value: ProtoValue | undefined;
    if (wire === 0) {
      const v = varint();
      if (v === undefined) return new Map();
      value = { wire: 0, value: v };
    } else if (wire === 2) {
      const length = varint();
      if (length === undefined || at + length > bytes.length) return new Map();
      value = { wire: 2, bytes: bytes.subarray(at, at + length) };
      at += length;
    } else if (wire === 1 || wire === 5) {
      at += wire === 1 ? 8 : 4;
    } else return new Map();
    if (value) fields.set(number, [...(fields.get(number) ?? []), value]);
  }
  return fields;
}

export const protoNumber = (fields: Map<number, ProtoValue[]>, number: number): number => {
  const v = fields.get(number)?.[0];
  return v?.wire === 0 ? v.value : 0;
};

export const protoText = (fields: Map<number, ProtoValue[]>, number: number): string => {
  const v = fields.get(number)?.[0];
  return v?.wire === 2 ? new TextDecoder().decode(v.bytes) : '';
};
