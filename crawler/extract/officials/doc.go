// Package officials finds the officials named in Vietnamese text: every
// person presented with a position, office or rank, or as "đồng chí", with
// every title the text gives them (shared/eval/ANNOTATION.md). Find is the
// whole API.
//
// It is grammar over lexicons, not a model:
//
//	text ──NFC, hard-wrapped lines joined (wrap.go)──▶
//	     tokens (token.go: words, punctuation, line breaks; keys fold case
//	       │              and tone placement; glued words such as "dânTrong" are cut,
//	       │              "ĐOÀNBÍ THƯ" too when a head follows; dotted abbreviations
//	       │              the lexicon knows ("UV.BTV", "T.Ư") are one word; "H'Yim")
//	       ▼
//	   scan (scan.go): items ── title  = head (Bí thư, Phó Chủ tịch, UVTV…) + body
//	       │                             (title.go: orgs, units, places, "quận 5", inner
//	       │                             dashes and commas, "(cũ)", "(ĐBQH)" before more
//	       │                             of the body, a parent council after a comma
//	       │                             ("Trưởng ban Pháp chế, HĐND tỉnh"), "khóa" only
//	       │                             with its number, "là Thường trực Hội"; a unit's
//	       │                             name after its unit noun, small syllables and all:
//	       │                             "Cục Quản lý giá", "trưởng đoàn Đoàn Giám sát";
//	       │                             "Chủ tịch danh dự …"; "thành viên" of a public
//	       │                             body; a capitalised "Báo cáo", "Phát biểu" ends it)
//	       │                     name   = 2–5 capitalised syllables, first a surname
//	       │                             (name.go: a place may stand between body and
//	       │                             name; the most name-like split wins; after
//	       │                             "tỉnh"/"thành phố" a run that is no known
//	       │                             province is a name, after "phường"/"xã"/"khu
//	       │                             dân cư" two syllables are the place; a known
//	       │                             place such as "Việt Nam" starts no name)
//	       │                     honorific / rank / degree, separators, "làm"/"giữ
//	       │                     chức"/"được bầu" ("giữ chức Vụ trưởng": the capital
//	       │                     Vụ opens the post), "vào" after "bầu", "gồm", credits
//	       │                     ("Ảnh:")
//	       ▼
//	   grammar (find.go): TITLE NAME · NAME - TITLE, TITLE · "T là ông A" · "A giữ chức T"
//	       │              list headers ("các đồng chí T: A - …; B - …", "T gồm: …",
//	       │              "Ba T, gồm: ông A; bà B", "Các T gồm ông A, B"); in a
//	       │              "các đồng chí:" list a name of any shape starts an item only
//	       │              after a separator, never inside an item ("tỉnh Hủa Phăn")
//	       │              plural titles ("các nguyên Phó Bí thư A, B") · brackets after
//	       │              names · "Thủ tướng làm T" (the holder of the title) · places and
//	       │              wards mistaken for names are merged back into their titles, and
//	       │              so are eponyms ("Học viện … Hồ Chí Minh", "Trường … Phạm Ngọc
//	       │              Thạch") in titles apposed to someone ·
//	       │              "T, ông A" · "Hai T là A và B" · "Tổng Bí thư Trường Chinh"
//	       │              (a pseudonym after a top position) · "… và giữ chức T" at the
//	       │              end of a long sentence with one person (farLinks) ·
//	       │              "3 T khóa 16, nhiệm kỳ …, gồm các ông: A; B" · "bầu chức vụ T
//	       │              nhiệm kỳ … đối với[:] ông A, T_A và ông B", each item's
//	       │              purpose passed over ("ông A, để nghỉ hưu; ông B do …"), a
//	       │              term "(nhiệm kỳ 2021 - -2026)" before it (officeLinks) · a
//	       │              term of office inside a chain ("T1 nhiệm kỳ …, T2", "…, làm
//	       │              T3") · "T1, T2 A, T3, T4 B": T3, T4 are B's · "Đối với A, T
//	       │              nhấn mạnh": T is the subject, not A's · "các đồng chí Y Ngọc,
//	       │              A Pớt, C giữ chức T" (bare names of any shape share the term
//	       │              and the link) · "ông Toàn" = the one "… Toàn" met before ·
//	       │              "miễn nhiệm …, gồm: T1 đối với ông A; T2 đối với bà B và …"
//	       │              item by item (officeLinks) · "3 T là các ông A, B, C" ·
//	       │              "chỉ định ông A tham gia …, … và giữ chức T" (farLinks) ·
//	       │              "bầu ông A, T_A và ông B, T_B giữ chức X", "bầu đồng chí
//	       │              A, đồng chí B giữ chức X": X is both people's
//	       │              (sharedLinks) · "A thôi giữ chức T1, T2" (a post left
//	       │              was held; one given before cut inside a word, "Bí thư
//	       │              Tỉnh" … "Bí thư Tỉnh ủy", is one post) · "A được HĐND tỉnh
//	       │              bầu vào chức danh T", "bầu bà B vào chức vụ T" (the
//	       │              active verb links only after "được" and the one who
//	       │              appoints) · "A, Phó Bí Tỉnh ủy, Chủ tịch …": a post with
//	       │              a misspelt head is kept as written when the chain goes on ·
//	       │              "bầu bổ sung ông A, T_A, bà B và ông C vào T": T is every
//	       │              elected person's (electedLinks)
//	       ▼
//	   signatures (signature.go): upper-case title line above a lone name line
//	       │  "Các T hiện nay là A, B" (also "hiện tại", "đương nhiệm", "hiện";
//	       │  a single T too: "T hiện là bà A"): T is every name's; "A, B được bầu
//	       │  tiếp tục giữ chức T": T is the list's · "T - A" (a bare name after
//	       │  a dash) · "A nhận quyết định bổ nhiệm giữ chức T" · a career "A
//	       │  từng giữ các chức vụ[:] T1, T2" · bodies named with a comma ("Sở
//	       │  Văn hóa, Thể thao và Du lịch", data/lexicon/orgs.txt) · "các ông A
//	       │  (T_A), B (T_B) và C được bầu làm P" (bracketLinks) · "A, người vừa
//	       │  được … làm T" · "…, ông là T1, T2" or "Ông từng giữ các chức vụ:
//	       │  T1; T2" after A was named, with no one named since (pronounLinks) ·
//	       │  careers "đảm nhận các chức vụ", "…, như: T1, T2" (suchAs) · "N T
//	       │  [mới] [nhiệm kỳ …] được bầu/chỉ định gồm: A, B": T is every listed
//	       │  name's (chosenBy, afterNewTerm) · a national park, reserve,
//	       │  airport, industrial zone or plant takes a proper name
//	       │  (data/lexicon/places-units.txt)
//	   headlines (headline.go): "PHÓ CHỦ TỊCH … LÊ VĂN A:" in capitals at a
//	       │  line start, ending at a colon or the line end: a surname-led name
//	       │  of three or four syllables, no place, closes the post, which must
//	       │  read as one post in small letters ("… CHỈ ĐẠO KHẨN TRƯƠNG" not)
//	       ▼
//	   []data.Official, one per person (merged on a case- and tone-folded key),
//	   titles deduplicated on a key without case, tone placement or punctuation,
//	   a term that ends a title dropped ("Chủ tịch UBND tỉnh khóa IX": the term
//	   says when, not what; one inside a title stays)
//
// The word lists live in data/lexicon (surnames, titles, orgs, places,
// honorifics) and are embedded by package data (data/peoplelex.go); the
// grammar generalises through them, never through lists of known people.
// Find is pure, safe for concurrent use and never panics; it runs in time
// roughly linear in the text.
//
// Two short cuts leave the result as it is: the text is normalised (NFC)
// and read again only when the tokenizer meets a rune NFC may change
// (nfcStable; extraction's text is NFC already), and a text where no word
// can start a title, an address term, a rank or a degree (mayHoldPosts;
// most portal pages) skips the scanner and the grammar, which could name no
// one there, and reads only its signature blocks, or nothing when no
// dotted or glued-capitals pass changed its tokens (a signature's title
// line is then tokens of the text that start a head). FuzzQuietFind checks
// Find against find without them.
package officials
