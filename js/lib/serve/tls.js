// `tcim serve --tls`: a local certificate authority made at start and a server certificate
// for localhost, 127.0.0.1 and ::1 signed by it, with node:crypto alone (no dependency).
// Clients trust the authority (`--tls-cert-out` writes it), as they would after `mkcert`:
// a CA and a leaf, not one self-signed leaf, because rustls/webpki refuses a CA certificate
// used as a server's and OpenSSL's strict mode wants the key identifiers set below.
import { createHash, generateKeyPairSync, randomBytes, sign } from "node:crypto";

/** The names the server certificate is valid for (its subjectAltName). */
export const TLS_NAMES = { dns: ["localhost"], ip: ["127.0.0.1", "::1"] };

/** What a TLS server needs, and the certificate its clients trust.
 * @typedef {{ cert: string, key: string, ca?: string }} TlsMaterial */

// DER (X.690), only the types a certificate uses.
/** @param {number} tag @param {Buffer} content */
function tlv(tag, content) {
  const n = content.length;
  const length = n < 0x80 ? Buffer.from([n]) : n < 0x100 ? Buffer.from([0x81, n]) : Buffer.from([0x82, n >> 8, n & 0xff]);
  return Buffer.concat([Buffer.from([tag]), length, content]);
}
/** @param {Buffer[]} parts */
const seq = (...parts) => tlv(0x30, Buffer.concat(parts));
/** @param {Buffer[]} parts */
const set = (...parts) => tlv(0x31, Buffer.concat(parts));
/** A non-negative INTEGER from its big-endian bytes, in DER's minimal form: no leading zero
 * byte except one that keeps the high bit clear (OpenSSL refuses other padding).
 * @param {Buffer} bytes */
function uint(bytes) {
  let start = 0;
  while (start < bytes.length - 1 && bytes[start] === 0) start++;
  const digits = bytes.subarray(start);
  return tlv(0x02, digits[0] >= 0x80 ? Buffer.concat([Buffer.from([0]), digits]) : digits);
}
/** @param {string} dotted */
function oid(dotted) {
  const [a, b, ...rest] = dotted.split(".").map(Number);
  const out = [40 * a + b];
  for (const arc of rest) {
    const digits = [arc & 0x7f];
    for (let v = arc >>> 7; v > 0; v >>>= 7) digits.unshift((v & 0x7f) | 0x80);
    out.push(...digits);
  }
  return tlv(0x06, Buffer.from(out));
}
/** @param {Buffer} bytes */
const bitString = (bytes) => tlv(0x03, Buffer.concat([Buffer.from([0]), bytes]));
/** @param {Buffer} bytes */
const octets = (bytes) => tlv(0x04, bytes);
/** A named-bit list of one byte: DER drops its trailing zero bits (counted in the first byte).
 * @param {number} byte */
const namedBits = (byte) => tlv(0x03, Buffer.from([Math.min(7, 31 - Math.clz32(byte & -byte)) , byte]));
const TRUE = tlv(0x01, Buffer.from([0xff]));
/** UTCTime (dates before 2050, as RFC 5280 asks). @param {Date} d */
const utcTime = (d) => tlv(0x17, Buffer.from(`${d.toISOString().slice(2, 19).replace(/[-:T]/g, "")}Z`));
/** @param {number} n @param {Buffer} content */
const explicit = (n, content) => tlv(0xa0 + n, content);

const ECDSA_SHA256 = seq(oid("1.2.840.10045.4.3.2"));
/** A Name of one commonName and the organization "tcim". @param {string} cn */
const name = (cn) => seq(set(seq(oid("2.5.4.10"), tlv(0x0c, Buffer.from("tcim")))), set(seq(oid("2.5.4.3"), tlv(0x0c, Buffer.from(cn)))));
/** @param {string} id @param {boolean} critical @param {Buffer} value */
const extension = (id, critical, value) => seq(oid(id), ...(critical ? [TRUE] : []), octets(value));
/** The key identifier RFC 5280 suggests: SHA-1 of the public key's bits. @param {Buffer} spki */
const keyId = (spki) => createHash("sha1").update(spki.subarray(spki.length - 65)).digest();

/** An IPv4 or IPv6 address as the 4 or 16 bytes of an iPAddress name.
 * @param {string} ip */
function ipBytes(ip) {
  if (ip.includes(".")) return Buffer.from(ip.split(".").map(Number));
  const [head, tail = ""] = ip.split("::");
  const groups = (/** @type {string} */ s) => (s ? s.split(":").map((g) => parseInt(g, 16)) : []);
  const [h, t] = [groups(head), groups(tail)];
  const all = [...h, ...Array(8 - h.length - t.length).fill(0), ...t];
  return Buffer.from(all.flatMap((g) => [g >> 8, g & 0xff]));
}

/** A signed certificate (DER).
 * @param {{ subject: string, issuer: string, spki: Buffer, issuerSpki: Buffer, issuerKey: import("node:crypto").KeyObject, extensions: Buffer[], now: Date, days: number }} o */
function certificate({ subject, issuer, spki, issuerSpki, issuerKey, extensions, now, days }) {
  const from = new Date(now.getTime() - 86_400_000); // a day back: clocks differ
  const until = new Date(now.getTime() + days * 86_400_000);
  const tbs = seq(
    explicit(0, uint(Buffer.from([2]))), // v3
    uint(randomBytes(16)),
    ECDSA_SHA256,
    name(issuer),
    seq(utcTime(from), utcTime(until)),
    name(subject),
    spki,
    explicit(3, seq(
      extension("2.5.29.14", false, octets(keyId(spki))), // subjectKeyIdentifier
      extension("2.5.29.35", false, seq(tlv(0x80, keyId(issuerSpki)))), // authorityKeyIdentifier
      ...extensions,
    )),
  );
  return seq(tbs, ECDSA_SHA256, bitString(sign("sha256", tbs, issuerKey)));
}

/** @param {Buffer} der */
const pem = (der) => `-----BEGIN CERTIFICATE-----\n${der.toString("base64").replace(/.{64}/g, "$&\n").replace(/\n?$/, "\n")}-----END CERTIFICATE-----\n`;

/** A fresh local authority and a server certificate it signed (P-256, valid `days` days):
 * `cert` is the chain the server presents, `key` its private key, `ca` what clients trust.
 * @param {{ now?: Date, days?: number }} [o]
 * @returns {Required<TlsMaterial>} */
export function localCertificate({ now = new Date(), days = 365 } = {}) {
  const ca = generateKeyPairSync("ec", { namedCurve: "prime256v1" });
  const leaf = generateKeyPairSync("ec", { namedCurve: "prime256v1" });
  const caSpki = ca.publicKey.export({ type: "spki", format: "der" });
  const leafSpki = leaf.publicKey.export({ type: "spki", format: "der" });
  const caName = `tcim local CA ${randomBytes(4).toString("hex")}`;
  const caDer = certificate({
    subject: caName, issuer: caName, spki: caSpki, issuerSpki: caSpki, issuerKey: ca.privateKey, now, days,
    extensions: [
      extension("2.5.29.19", true, seq(TRUE, uint(Buffer.from([0])))), // basicConstraints: CA, pathLen 0
      extension("2.5.29.15", true, namedBits(0x06)), // keyUsage: keyCertSign, cRLSign
    ],
  });
  const altNames = [...TLS_NAMES.dns.map((d) => tlv(0x82, Buffer.from(d))), ...TLS_NAMES.ip.map((ip) => tlv(0x87, ipBytes(ip)))];
  const leafDer = certificate({
    subject: "localhost", issuer: caName, spki: leafSpki, issuerSpki: caSpki, issuerKey: ca.privateKey, now, days,
    extensions: [
      extension("2.5.29.19", true, seq()), // basicConstraints: not a CA
      extension("2.5.29.15", true, namedBits(0x80)), // keyUsage: digitalSignature
      extension("2.5.29.37", false, seq(oid("1.3.6.1.5.5.7.3.1"))), // extKeyUsage: serverAuth
      extension("2.5.29.17", false, seq(...altNames)), // subjectAltName
    ],
  });
  return {
    cert: pem(leafDer) + pem(caDer),
    key: /** @type {string} */ (leaf.privateKey.export({ type: "pkcs8", format: "pem" })),
    ca: pem(caDer),
  };
}
