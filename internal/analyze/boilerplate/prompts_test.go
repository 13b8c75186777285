package boilerplate

import (
	"testing"

	"github.com/siftnews/sift/internal/analyze/text"
)

func TestCJKPrompts(t *testing.T) {
	for _, tt := range []struct {
		line string
		tag  string
	}{
		{"留言列表 (12)", "comments"},
		{"發表留言", "comments"},
		{"相關文章", "related"},
		{"回覆", "reply"},
		{"分享到微博", "share"},
		{"コメントを書く", "comments"},
		{"今天的天氣很好", ""}, // prose
	} {
		doc := text.Parse(tt.line)
		li := readLines(doc)[0]
		if tag, _ := matchPrompt(doc, doc.Tokens, li.words, li.endsSentence); tag != tt.tag {
			t.Errorf("matchPrompt(%q) = %q, want %q", tt.line, tag, tt.tag)
		}
	}
}

func TestEndsWithReply(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"小林 於 2014/01/01 20:31 回覆", true},
		{"Ann Lee, 3 May 2014 at 20:31 Reply", true},
		{"Reply", false}, // a button alone is a prompt, not a comment's head
		{"He did not reply", false},
		{"She wrote a long letter to the council and waited two weeks for the mayor to reply", false},
	} {
		doc := text.Parse(tt.line)
		li := readLines(doc)[0]
		if got := endsWithReply(doc, doc.Tokens, li.words); got != tt.want {
			t.Errorf("endsWithReply(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}
