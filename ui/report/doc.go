// Package report turns a session into the files that leave the laptop:
// the intake report (Markdown and a print-ready HTML page), the circle map
// as SVG, the network as CSV, DOT and GraphML, the kring/v1 JSON and an
// encrypted case file. It is pure: bytes in, bytes out, no file I/O.
//
//	model.Session ─┬─ Options.Pseudonymise? ──► Pseudonymise (a copy)
//	               ▼
//	Render(format) ── the one list of formats (render.go) ──┐
//	   ├─ md, html     ◄── markdown.go, html.go ◄── build (document.go):
//	   │                   the report as one document tree for both
//	   ├─ svg          ◄── svg.go ◄── maplayout.go (the map's geometry)
//	   ├─ csv          ◄── table.go
//	   ├─ dot, graphml ◄── graph.go
//	   ├─ json         ◄── model.Encode
//	   └─ case         ◄── the json, encrypted with age to
//	                       Options.Passphrase (casefile.go)
//	                                                         ▼
//	                               []byte for cmd/kring or step 6 to write
//
// Every text from the session is escaped for the format it lands in, so a
// name such as <script> or =HYPERLINK(…) comes out as text, never as
// markup, a link or a formula. The report follows the order of the
// investigation (CRvB 1 May 2017, ECLI:NL:CRVB:2017:1477).
package report
