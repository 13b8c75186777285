package site

import (
	"path"
	"strings"
)

// contentTypes maps file extensions to MIME types. The table is explicit
// rather than taken from the system's mime.types, which differs between
// machines and may lack application/wasm (without it browsers refuse
// WebAssembly.instantiateStreaming) or application/manifest+json.
var contentTypes = map[string]string{
	".html":        "text/html; charset=utf-8",
	".htm":         "text/html; charset=utf-8",
	".css":         "text/css; charset=utf-8",
	".js":          "text/javascript; charset=utf-8",
	".mjs":         "text/javascript; charset=utf-8",
	".json":        "application/json",
	".map":         "application/json",
	".webmanifest": "application/manifest+json",
	".wasm":        "application/wasm",
	".svg":         "image/svg+xml",
	".png":         "image/png",
	".jpg":         "image/jpeg",
	".jpeg":        "image/jpeg",
	".gif":         "image/gif",
	".webp":        "image/webp",
	".avif":        "image/avif",
	".ico":         "image/x-icon",
	".txt":         "text/plain; charset=utf-8",
	".md":          "text/markdown; charset=utf-8",
	".xml":         "application/xml",
	".woff2":       "font/woff2",
	".woff":        "font/woff",
}

// ContentType returns the MIME type for a file name by its extension;
// unknown extensions are application/octet-stream, which together with
// nosniff keeps browsers from guessing.
func ContentType(name string) string {
	if t, ok := contentTypes[strings.ToLower(path.Ext(name))]; ok {
		return t
	}
	return "application/octet-stream"
}

// compressible reports whether a file is worth storing precompressed:
// text formats and WebAssembly, not the already compressed images and fonts.
func compressible(name string) bool {
	switch strings.ToLower(path.Ext(name)) {
	case ".html", ".htm", ".css", ".js", ".mjs", ".json", ".map", ".webmanifest",
		".wasm", ".svg", ".ico", ".txt", ".md", ".xml":
		return true
	}
	return false
}
