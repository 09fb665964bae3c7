import { constants, crc32, deflateRawSync } from "node:zlib";

/*
 * Gzip for pages that differ only in one short stretch (the calculator's page per share link: the same
 * 16 kB with its own 2 kB of preview tags). A deflate stream is a run of blocks, and a block flushed with
 * Z_SYNC_FLUSH ends on a byte boundary without ending the stream, so the fixed prefix and suffix are
 * deflated once and only the middle is deflated per page: the three pieces laid end to end are one
 * valid deflate stream (RFC 1951), wrapped in gzip's header and trailer (RFC 1952: the CRC-32 and length
 * of the whole). A back-reference cannot reach across a piece, which costs a few per cent of size.
 */

/** Gzip's 10-byte header: deflate, no flags, no time, no extra flags, unknown OS. */
const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]);

/**
 * The CRC-32 of `data` continued from `value`. Node's crc32 gives 0 for an empty buffer whose memory
 * was never allocated (zlib's crc32 of a null pointer), where it must give `value` back.
 */
function crcAfter(data: Buffer, value: number): number {
  return data.length === 0 ? value : crc32(data, value);
}

/** A page's body and its gzip. */
export type Spliced = { raw: Buffer; gzip: Buffer };

/**
 * A splicer for pages `prefix` + middle + `suffix`: the prefix (deflated up to a sync flush) and the
 * suffix (deflated to the end of the stream) are compressed here, once; each call deflates only its
 * middle (level 6, up to a sync flush).
 *
 * @example gzipSplicer(Buffer.from("<head>"), Buffer.from("</html>"))(Buffer.from("<title>x</title>")).raw.toString() // "<head><title>x</title></html>"
 */
export function gzipSplicer(prefix: Buffer, suffix: Buffer): (middle: Buffer) => Spliced {
  const head = deflateRawSync(prefix, { level: 9, finishFlush: constants.Z_SYNC_FLUSH });
  const tail = deflateRawSync(suffix, { level: 9 });
  const prefixCrc = crcAfter(prefix, 0);
  return (middle) => {
    const body = deflateRawSync(middle, { level: 6, finishFlush: constants.Z_SYNC_FLUSH });
    const raw = Buffer.concat([prefix, middle, suffix]);
    const trailer = Buffer.alloc(8);
    trailer.writeUInt32LE(crcAfter(suffix, crcAfter(middle, prefixCrc)), 0);
    // ISIZE: the length modulo 2^32.
    trailer.writeUInt32LE(raw.length % 2 ** 32, 4);
    return { raw, gzip: Buffer.concat([GZIP_HEADER, head, body, tail, trailer]) };
  };
}
