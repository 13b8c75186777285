package htmltext

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

func TestConvertText(t *testing.T) {
	tests := []struct {
		name, html, want string
	}{
		{"paragraphs", "<p>First  paragraph\n here.</p><p>Second.</p>", "First paragraph here.\n\nSecond."},
		{"inline", "<p>A <b>bold</b> and <a href='/x'>linked</a> word.</p>", "A bold and linked word."},
		{"br", "Line one<br>Line two<br/>Line three", "Line one\nLine two\nLine three"},
		{"list", "<ul><li>One</li><li>Two<li>Three</ul>", "One\nTwo\nThree"},
		{"headings", "<h1>Title</h1><div>Byline</div><p>Body.</p>", "Title\n\nByline\n\nBody."},
		{"script and style dropped", "<p>Keep</p><script>var x = '<p>no</p>';</script><style>p{}</style><p>this</p>", "Keep\n\nthis"},
		{"script end tag case", "a<SCRIPT>x</ScRiPt>b", "ab"},
		{"template dropped", "<template><p>Hidden</p></template><p>Shown</p>", "Shown"},
		{"head dropped", "<html><head><title>T</title><meta charset=utf-8></head><body><p>Text</p></body></html>", "Text"},
		{"head without end", "<head><title>T</title><p>Text</p>", "Text"},
		{"comments", "a<!-- <p>not</p> -->b<!---->c", "abc"},
		{"unclosed comment", "a<!-- never closed", "a"},
		{"doctype", "<!DOCTYPE html><p>x</p>", "x"},
		{"entities", "<p>Fish &amp; chips &lt;3 &eacute;t&eacute; &#8220;q&#x201D; &nbsp;&copy;</p>", "Fish & chips <3 été “q” ©"},
		{"unknown entity", "&bogus; &amp", "&bogus; &"},
		{"bad numeric", "&#0; &#xD800; &#99999999999;", "\uFFFD \uFFFD \uFFFD"},
		{"cp1252 quote", "&#147;Hi&#148;", "“Hi”"},
		{"soft hyphen", "co&shy;operate", "cooperate"},
		{"lone lt", "a < b and 3<4", "a < b and 3<4"},
		{"hidden", "<p>Seen</p><div hidden><p>Unseen</p></div><p style='display: none'>No</p><span aria-hidden=true>x</span>", "Seen"},
		{"pre keeps lines", "<pre>a  b\nc</pre>", "a  b\nc"},
		{"table cells", "<table><tr><td>A</td><td>B</td></tr><tr><td>C</td></tr></table>", "A\tB\nC"},
		{"stray end tags", "</div>a</span>b</p>c", "ab\n\nc"},
		{"attribute with >", `<a title="x>y" href=z>link</a>`, "link"},
		{"svg dropped", "<p>a<svg><title>icon</title><path d='M0'/></svg>b</p>", "ab"},
		{"self-closing div", "<div/>text", "text"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := Convert(tt.html)
			if got != tt.want {
				t.Errorf("Convert(%q)\n got %q\nwant %q", tt.html, got, tt.want)
			}
		})
	}
}

func TestConvertFurniture(t *testing.T) {
	tests := []struct {
		name, html string
		want       []string // furniture texts in order
	}{
		{"nav", "<nav><a>Home</a> <a>World</a></nav><p>Story.</p>", []string{"Home World"}},
		{"page header and footer", "<header>Site</header><p>Story.</p><footer>© Site</footer>", []string{"Site", "© Site"}},
		{"article header is article", "<article><header><h1>Headline</h1></header><p>Story.</p><footer>Tags</footer></article>", []string{"Tags"}},
		{"aside and figcaption", "<p>A.</p><aside>Read next</aside><figure><figcaption>Photo: X</figcaption></figure>", []string{"Read next", "Photo: X"}},
		{"form", "<form><label>Email</label> <button>Sign up</button></form>", []string{"Email Sign up"}},
		{"class words", `<div class="post-share-bar">Share</div><div class="relatedStories">x</div><div id="comments">Say</div><p class="lead">Story.</p>`, []string{"Share", "Say"}},
		{"related links", `<div class="related_links">Also</div>`, []string{"Also"}},
		{"role", `<div role="navigation">Menu</div><div role="main">Story.</div>`, []string{"Menu"}},
		{"not commentary", `<div class="commentary">Opinion text.</div>`, nil},
		{"nested", `<div class="newsletter"><p>Get it</p><p>Daily</p></div>`, []string{"Get it\n\nDaily"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			plain, spans := Convert(tt.html)
			var got []string
			for _, s := range spans {
				got = append(got, plain[s.Start:s.End])
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("Convert(%q): furniture %q, want %q (text %q)", tt.html, got, tt.want, plain)
			}
		})
	}
}

// TestConvertLinear guards against inputs that once could cost quadratic
// time: many unclosed elements followed by many stray end tags.
func TestConvertLinear(t *testing.T) {
	page := strings.Repeat("<b>", 200000) + strings.Repeat("</i>", 200000) + strings.Repeat("</b>", 200000)
	done := make(chan struct{})
	go func() {
		Convert(page)
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("Convert took over 5s on 1.4 MB of nested and stray tags")
	}
}

func FuzzConvert(f *testing.F) {
	for _, s := range []string{
		"<p>a</p>", "<nav><ul><li>x</ul></nav>", "<script>a</script", "&#x;&#;&", "<a b='c", "<!--", "</",
		"<div class=share><p>x</div></p>", "<pre>\n</pre>", "<head><p>", "<svg/><math/>", "&eacute",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, page string) {
		plain, spans := Convert(page)
		if utf8.ValidString(page) && !utf8.ValidString(plain) {
			t.Fatalf("valid input gave invalid UTF-8 %q", plain)
		}
		last := 0
		for _, s := range spans {
			if s.Start < last || s.End <= s.Start || s.End > len(plain) {
				t.Fatalf("bad span %v after %d in %d bytes", s, last, len(plain))
			}
			if !utf8.ValidString(plain[s.Start:s.End]) && utf8.ValidString(plain) {
				t.Fatalf("span %v splits a rune", s)
			}
			last = s.End
		}
		if len(plain) > 2*len(page)+8 {
			t.Fatalf("output %d bytes for %d input bytes", len(plain), len(page))
		}
	})
}

func BenchmarkConvert(b *testing.B) {
	var sb strings.Builder
	sb.WriteString("<html><head><title>x</title><style>p{}</style></head><body><nav><ul>")
	for i := 0; i < 20; i++ {
		sb.WriteString("<li><a href='/s'>Section</a></li>")
	}
	sb.WriteString("</ul></nav><article><h1>A headline</h1>")
	for i := 0; i < 40; i++ {
		sb.WriteString("<p>The council said on Tuesday that the bridge would reopen &ldquo;within weeks&rdquo;, though engineers were less sure.</p>")
	}
	sb.WriteString("</article><footer>&copy; 2026</footer></body></html>")
	page := sb.String()
	b.SetBytes(int64(len(page)))
	b.ReportAllocs()
	for b.Loop() {
		Convert(page)
	}
}
