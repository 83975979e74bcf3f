import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  keepReleaseNotes,
  readReleaseNotes,
  RELEASE_NOTES_FILE,
  releaseNoteLines,
} from './release-notes';

const dir = mkdtempSync(join(tmpdir(), 'kc-notes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('release notes', () => {
  it('turns the feed’s HTML into plain lines: no markup, no script, entities read', () => {
    expect(
      releaseNoteLines(
        '<h2>Neu</h2><ul><li>E-Rechnung &amp; DATEV</li><li><b>App-Sperre</b> mit&nbsp;Touch ID</li></ul>' +
          '<script>alert(1)</script><p>Fehler behoben: &lt;Kosten&gt;</p>',
      ),
    ).toEqual(['Neu', 'E-Rechnung & DATEV', 'App-Sperre mit Touch ID', 'Fehler behoben: <Kosten>']);
    // skipped versions come as a list, newest first
    expect(
      releaseNoteLines([
        { version: '0.3.0', note: '- Zoom je Fenster' },
        { version: '0.2.0', note: null },
      ]),
    ).toEqual(['Zoom je Fenster']);
    expect(releaseNoteLines(null)).toEqual([]);
  });

  it('bounds what a feed can put into the dialog', () => {
    const lines = releaseNoteLines(Array.from({ length: 100 }, () => 'x'.repeat(1000)).join('\n'));
    expect(lines).toHaveLength(40);
    expect(lines[0]).toHaveLength(300);
  });

  it('reads back only the notes of the version asked for', () => {
    keepReleaseNotes(dir, { version: '0.2.0', notes: ['Zoom je Fenster'] });
    expect(readReleaseNotes(dir, '0.2.0')).toEqual(['Zoom je Fenster']);
    expect(readReleaseNotes(dir, '0.3.0')).toBeNull();
    writeFileSync(join(dir, RELEASE_NOTES_FILE), '{"version": "0.2.0", "notes": [');
    expect(readReleaseNotes(dir, '0.2.0')).toBeNull();
  });
});
