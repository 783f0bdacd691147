const { WARCParser } = require(process.env.WARCIO_JS);
const fs = require("fs");
const crypto = require("crypto");
function b32(buf) {
  const A = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  let bits = 0, val = 0, out = "";
  for (const b of buf) { val = (val << 8) | b; bits += 8; while (bits >= 5) { out += A[(val >>> (bits - 5)) & 31]; bits -= 5; } }
  if (bits > 0) out += A[(val << (5 - bits)) & 31];
  while (out.length % 8) out += "=";
  return out;
}
(async () => {
  let n = 0, bad = 0;
  for (const file of process.argv.slice(2)) {
    const parser = new WARCParser(fs.createReadStream(file));
    for await (const record of parser) {
      const payload = await record.readFully(false);
      if (record.warcType === "response") {
        const got = "sha1:" + b32(crypto.createHash("sha1").update(payload).digest());
        const want = record.warcPayloadDigest;
        if (got !== want) { bad++; console.log("MISMATCH", record.warcTargetURI, got, want); }
        console.log("response", record.warcTargetURI, record.httpHeaders.statusCode, got);
      }
      n++;
    }
  }
  console.log("records", n, "bad", bad);
  process.exit(bad ? 1 : 0);
})().catch(e => { console.error(e); process.exit(2); });
