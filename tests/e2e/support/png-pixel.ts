// The colour of one screen pixel from a 1×1 PNG screenshot. For a single pixel every PNG row
// filter reduces to "None" (there is no left or upper neighbour), so inflating IDAT is enough.
import { inflateSync } from 'node:zlib';

export function pixelOfPng(png: Uint8Array): [number, number, number] {
  const buf = Buffer.from(png);
  let offset = 8;
  const idat: Buffer[] = [];
  let colorType = 6;
  while (offset < buf.length) {
    const length = buf.readUInt32BE(offset);
    const type = buf.toString('ascii', offset + 4, offset + 8);
    const data = buf.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') colorType = data[9];
    if (type === 'IDAT') idat.push(data);
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  if (colorType !== 2 && colorType !== 6) throw new Error(`unexpected PNG colour type ${colorType}`);
  return [raw[1], raw[2], raw[3]];
}
