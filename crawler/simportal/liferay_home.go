package simportal

import (
	"fmt"
	"strings"
)

// home renders the Liferay portal's home page: a box per category with its
// three newest articles.
func (v *lview) home() string {
	p := v.p
	var b strings.Builder
	b.WriteString(`<div class="portlet-boundary portlet-boundary_101_INSTANCE_trangchu_ portlet-asset-publisher" id="p_p_id_101_INSTANCE_trangchu_"> <div class="portlet-body">`)
	for cat, c := range liferayCats {
		fmt.Fprintf(&b, "\n<div class=\"box-chuyenmuc\"> <h2 class=\"title-chuyenmuc\"><a href=\"/%s\">%s</a></h2> <ul>", c.slug, esc(c.name, modeNFC))
		for k, i32 := range p.lists[famLiferay][cat] {
			if k == 3 {
				break
			}
			a := p.head(int(i32))
			a.slug = p.slugOf(a.idx, a.slug)
			fmt.Fprintf(&b, ` <li><a href="%s">%s</a> <span class="date">(%s)</span></li>`, v.itemHref(a, k), esc(a.title, modeNFC), a.pub.Format("02/01/2006"))
		}
		b.WriteString(" </ul> </div>")
	}
	b.WriteString("\n</div> </div>")
	return v.page("Trang chủ", "/", "Trang chủ", b.String())
}
