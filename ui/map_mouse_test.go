package ui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"kring/ui/i18n"
)

// cellOf finds name on the screen as drawn and returns its first cell.
func cellOf(t *testing.T, d *driver, name string) (x, y int) {
	t.Helper()
	for y, line := range strings.Split(d.view(), "\n") {
		if i := strings.Index(line, name); i >= 0 {
			return ansi.StringWidth(line[:i]), y
		}
	}
	t.Fatalf("%q is not on the screen:\n%s", name, d.view())
	return 0, 0
}

func click(d *driver, x, y int) {
	d.send(tea.MouseClickMsg{X: x, Y: y, Button: tea.MouseLeft})
}

func TestMapClickSelectsAndDoubleClickEdits(t *testing.T) {
	t.Parallel()
	for _, size := range [][2]int{{80, 24}, {120, 40}, {200, 60}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			t.Parallel()
			runApp(t, setup{store: listStore(t), lang: i18n.NL, width: size[0], height: size[1]}, func(t *testing.T, d *driver) {
				openMap(d)
				m := mapOf(d)
				// Iris: a short name the map draws whole at every size.
				iris := personNamed(m.sess, "Iris").ID
				if m.selected == iris {
					t.Fatal("Iris is selected before the click")
				}
				// The label's last letter: anywhere on the name selects.
				x, y := cellOf(t, d, "Iris")
				click(d, x+3, y)
				if m.selected != iris {
					t.Fatalf("a click on Iris's label selected %q", m.selected)
				}
				if m.form != nil {
					t.Fatal("one click opened the editor")
				}
				// A second click after a second is another single click.
				d.clock.Advance(time.Second)
				click(d, x, y)
				if m.form != nil {
					t.Fatal("two clicks a second apart opened the editor")
				}
				// A quick second click opens her editor.
				d.clock.Advance(200 * time.Millisecond)
				click(d, x, y)
				if m.form == nil {
					t.Fatal("a double click did not open the editor")
				}
				d.requireView("Persoon wijzigen")
				if v := m.form.value("name"); v != "Iris" {
					t.Fatalf("the editor is of %q", v)
				}
				d.press("esc")
				// A click on no one keeps the selection; a right click does nothing.
				click(d, 0, d.app.c.Height-1)
				d.send(tea.MouseClickMsg{X: x, Y: y, Button: tea.MouseRight})
				if m.selected != iris || m.form != nil {
					t.Fatalf("a click beside the names changed the selection to %q", m.selected)
				}
			})
		})
	}
}

func TestMapWheelMovesRoundTheRing(t *testing.T) {
	t.Parallel()
	runApp(t, setup{store: listStore(t), lang: i18n.EN, width: 120, height: 40}, func(t *testing.T, d *driver) {
		openMap(d)
		m := mapOf(d)
		from := m.selected
		want := navigate(m.sess, from, 1, 0)
		d.send(tea.MouseWheelMsg{X: 10, Y: 10, Button: tea.MouseWheelDown})
		if m.selected != want || want == from {
			t.Fatalf("wheel down selected %q, want %q (as →)", m.selected, want)
		}
		d.send(tea.MouseWheelMsg{X: 10, Y: 10, Button: tea.MouseWheelUp})
		if m.selected != from {
			t.Fatalf("wheel up selected %q, want %q back", m.selected, from)
		}
		// In the grid the wheel moves down the rows.
		d.press("g")
		row := m.grid.SelectedID()
		d.send(tea.MouseWheelMsg{X: 10, Y: 10, Button: tea.MouseWheelDown})
		if m.grid.SelectedID() == row || m.selected != m.grid.SelectedID() {
			t.Fatalf("the wheel did not move the grid: %q, %q", row, m.grid.SelectedID())
		}
	})
}

func TestWheelScrollsTheReport(t *testing.T) {
	t.Parallel()
	runApp(t, setup{store: listStore(t), lang: i18n.EN, width: 80, height: 24}, func(t *testing.T, d *driver) {
		openExample(d)
		d.press("6")
		before := d.view()
		d.send(tea.MouseWheelMsg{X: 10, Y: 10, Button: tea.MouseWheelDown})
		after := d.view()
		if after == before {
			t.Fatal("the wheel did not scroll the report")
		}
		d.press("down")
		d.press("up")
		if d.view() != after {
			t.Fatal("the wheel is not ↓ on the report")
		}
	})
}

func TestMapHelpNamesTheMouse(t *testing.T) {
	t.Parallel()
	runApp(t, setup{store: listStore(t), lang: i18n.NL, width: 120, height: 40}, func(t *testing.T, d *driver) {
		openMap(d)
		d.press("?")
		d.requireView("dubbelklik")
		d.requireView("rond de ring")
	})
}
