module github.com/siftnews/sift

go 1.26
