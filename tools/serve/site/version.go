package site

import (
	"crypto/sha256"
	"encoding/hex"
	hashpkg "hash"
	"io"
	"io/fs"
	"path"
	"slices"
	"strconv"
	"strings"
	"time"
)

var timeZero time.Time

// Version returns the content hash of the site in fsys: the first 16 hex
// digits of a SHA-256 over the names and contents of every file it serves
// (dot files and precompressed variants excluded, as they are not separate
// resources). Any change to any file changes it, so the service worker
// opens a new cache.
func Version(fsys fs.FS) (string, error) {
	names, err := siteFiles(fsys)
	if err != nil {
		return "", err
	}
	h := newHash()
	for _, name := range names {
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return "", err
		}
		writeEntry(h, name, data)
	}
	return h.version(), nil
}

// writeEntry feeds one file to the hash, length-prefixed so that no two
// different sites hash the same stream.
func writeEntry(h io.Writer, name string, data []byte) {
	h.Write([]byte(strconv.Itoa(len(name)) + ":" + name + strconv.Itoa(len(data)) + ":"))
	h.Write(data)
}

// siteFiles lists the regular files of the site in sorted order.
func siteFiles(fsys fs.FS) ([]string, error) {
	var names []string
	err := fs.WalkDir(fsys, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if name != "." && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.Type().IsRegular() && !isVariant(name) {
			names = append(names, name)
		}
		return nil
	})
	slices.Sort(names)
	return names, err
}

// isVariant reports whether name is a precompressed copy of another file.
func isVariant(name string) bool {
	ext := path.Ext(name)
	return ext == ".gz" || ext == ".br"
}

// fingerprint summarizes the names, sizes and times of the site's files:
// cheap to compute on every request, and it changes whenever a rebuild
// changes a file, which is when the version must be hashed again.
func fingerprint(fsys fs.FS) (string, error) {
	var b strings.Builder
	err := fs.WalkDir(fsys, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		b.WriteString(name + "\x00" + strconv.FormatInt(info.Size(), 10) + "\x00" +
			strconv.FormatInt(info.ModTime().UnixNano(), 10) + "\n")
		return nil
	})
	return b.String(), err
}

// hash is the SHA-256 behind Version.
type hash struct{ h hashpkg.Hash }

func newHash() *hash                        { return &hash{sha256.New()} }
func (h *hash) Write(p []byte) (int, error) { return h.h.Write(p) }
func (h *hash) version() string             { return hex.EncodeToString(h.h.Sum(nil))[:16] }
