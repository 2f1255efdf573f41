package model

import (
	"strings"
	"testing"
)

func BenchmarkCleanLine(b *testing.B) {
	for _, bb := range []struct{ name, in string }{
		{"plain", "Oma Ria (moeders kant), woont tien minuten fietsen verderop"},
		{"accented", "Zoë en Fatma gaan met 李 naar het café 👩‍👧"},
		{"hostile", strings.Repeat("\x1b[31mRia\x1b[0m\u202e \t\x00\u0085\x1b]8;;https://e.example\x07klik\x1b]8;;\x07 \xff", 8)},
	} {
		b.Run(bb.name, func(b *testing.B) {
			b.SetBytes(int64(len(bb.in)))
			for b.Loop() {
				CleanLine(bb.in)
			}
		})
	}
}

func BenchmarkDecodeExample(b *testing.B) {
	data := exampleJSON(b)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := Decode(data); err != nil {
			b.Fatal(err)
		}
	}
}
