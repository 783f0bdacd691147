// Package archive owns vnarchive's web archive: the WARC files (ISO 28500, WARC/1.1) that hold every HTTP
// exchange the crawler made, and the pywb-style CDXJ index beside them.
//
// # Data flow
//
//	crawler ──Write(Exchange)──▶ Archive ──▶ <dir>/vnarchive-YYYYMMDDhhmmss-NNNNN.warc.gz  (append, fsync)
//	                               │      └─▶ in-memory index ──Flush/Close──▶ <dir>/index.cdxj (+ index.cdxj.state)
//	                               └── Open: repair torn tail of newest file, reconcile index with the files
//	reindex ◀──Records(dir)── every response record, in order, payload decoded
//	web page ◀──Captures(dir) / ReadAt(dir, Location)── one archived copy
//
// # Files
//
// dir holds the WARC files, named vnarchive-<UTC creation time>-<serial>.warc.gz, the serial growing by one
// per file; a file is closed for appending once it passes Options.MaxFileSize. Each file starts with a warcinfo
// record (software "vnarchive", format, conformsTo, plus Options.Info). Each Write appends one group of
// records, each record its own gzip member: response, request (if RequestRaw is given, WARC-Concurrent-To the
// response), metadata (application/warc-fields from Exchange.Meta, WARC-Refers-To the response). The records
// are built and serialised by github.com/nlnwa/gowarc/v3 (which also checks the block and payload digests we
// set: sha1, base 32); this package frames them in gzip members and manages files, offsets and fsync itself.
// Also in dir: index.cdxj (one line per response or revisit record, sorted byte-wise like pywb's:
// "SURT TIMESTAMP14 {url, mime, status, digest, length, offset, filename}", the very line webrecorder's warcio
// cdx-indexer writes for the record, so the digest there is bare base 32 while Location.Digest keeps "sha1:"),
// index.cdxj.state (which bytes of which file the CDXJ covers), lock (held while an Archive is open), and
// rarely "<warc>.cut-<offset>": bytes cut from a damaged file that still held readable records.
//
// # Durability and consistency
//
// When Write returns nil, all records of the exchange are fsynced (concurrent Writes share one fsync: group
// commit). A process killed at any instant leaves at most a torn group at the end of the newest file. Open
// repairs it: the file is cut back to the end of the last complete group, where "complete" means every gzip
// member is whole, holds one whole WARC record, and the group's metadata record is there. So after repair the
// archive is consistent: each exchange is either wholly present (response, request, metadata) or absent, and
// every byte of every file is part of a valid record. An exchange whose Write did not return may be present
// (its bytes reached the disk before the kill); the crawler decides, with Lookup, whether to fetch it again.
// A group is appended with one write(2), so a SIGKILL alone rarely tears one (the kernel finishes the write);
// torn tails come from power loss, an OS crash or a full disk, and a failed write is undone at once.
//
// The CDXJ on disk is rewritten by Flush and Close. It can be stale after a kill, or missing; Open and Captures
// complete it from the WARC files (the WARC files are the truth), scanning only the bytes the state file does
// not cover, so it always lists exactly the complete response records.
//
// # Reading, and the independent check
//
// Records, ReadAt and Captures need no Archive and take no lock; they may run while a crawl appends. They parse
// gzip members and WARC records with this package's own small reader (scan.go), not with the gowarc code that
// wrote them. The tests check the files with two more readers that share no code with the writer: a minimal
// gzip + WARC parser written inside archive_test.go (compress/gzip with multistream off, one member at a
// time), and gowarc's own WarcFileReader with strict validation and digest checks. Where Node.js and
// webrecorder's warcio.js are installed (VNARCHIVE_WARCIO_JS naming the package directory,
// …/node_modules/warcio), the tests also read every record with warcio, verify every payload digest with it,
// and compare its cdx-index output with index.cdxj line for line.
package archive
