package docs_test

import (
	"fmt"

	"github.com/vnarchive/vnarchive/crawler/extract/docs"
)

func ExampleFind() {
	docs, refs := docs.Find("Quán triệt Nghị quyết số 19-NQ/TW ngày 16/6/2022 của Hội nghị Trung ương 5 (khóa XIII) " +
		"và Chỉ thị 16/CT-TTg của Thủ tướng Chính phủ; sau đó Nghị quyết 19 được cụ thể hóa theo Luật Đất đai năm 2024.")
	for _, d := range docs {
		fmt.Printf("%s %s [%s] date=%q issuer=%q term=%q\n", d.Type, d.Number, d.Canonical, d.Date, d.Issuer, d.Term)
	}
	for _, r := range refs {
		fmt.Printf("%s: %s\n", r.Type, r.Name)
	}
	// Output:
	// Nghị quyết 19-NQ/TW [19-NQ/TW] date="2022-06-16" issuer="Hội nghị Trung ương 5 (khóa XIII)" term="XIII"
	// Chỉ thị 16/CT-TTg [16/CT-TTG] date="" issuer="Thủ tướng Chính phủ" term=""
	// Luật: Luật Đất đai năm 2024
}

func ExampleTypeFromAbbrev() {
	for _, s := range []string{"NQ", "qđ", "chương trình hành động", "XYZ"} {
		t, ok := docs.TypeFromAbbrev(s)
		fmt.Printf("%q → %q %v\n", s, t, ok)
	}
	// Output:
	// "NQ" → "Nghị quyết" true
	// "qđ" → "Quyết định" true
	// "chương trình hành động" → "Chương trình" true
	// "XYZ" → "" false
}
