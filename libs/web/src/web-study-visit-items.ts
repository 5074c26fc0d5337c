/**
 * A study visit's programme on the form: a text area, one item per line (its date, a space, its
 * title), and below it one host select per line (`itemHost-<i>`), each beside a hidden copy of the
 * line it was shown for (`itemLine-<i>`). A host belongs to a line, not to a position: when the
 * programme text is changed, each line keeps the host chosen for it (or stored for it), and a new
 * line has none until the form is shown again.
 */

/** The most programme items an input holds (StudyVisitDetailsInput's `programme`). */
export const PROGRAMME_MAX = 100;

/** The host rows' field names: `itemLine-0`, `itemHost-0`, … */
export const ITEM_FIELDS = Array.from({ length: PROGRAMME_MAX }, (_, i) => [
  `itemLine-${i}`,
  `itemHost-${i}`,
]).flat();

/** A programme line: an ISO date, then the item's title ("2026-05-04 Visit to the market hall"). */
const PROGRAMME_LINE = /^(\S+)\s+(.*)$/;

/** The programme's lines as typed: trimmed, empty ones left out. */
export function programmeLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}

/** A line as a programme item (a line without a space is a date without a title: refused). */
export function itemOf(line: string): { date: string; title: string } {
  const match = PROGRAMME_LINE.exec(line);
  return match ? { date: match[1] ?? '', title: match[2] ?? '' } : { date: line, title: '' };
}

/** A programme item as the form writes it: "2026-05-04 Visit to the market hall". */
export function itemLine(item: { date: string; title: string }): string {
  return `${item.date} ${item.title}`;
}

/**
 * The form's values with one host row per programme line: the host chosen for that line on the
 * form shown before, else the one stored for it (`stored`: line → host), else none.
 */
export function withItemHosts(
  values: Readonly<Record<string, string>>,
  stored: ReadonlyMap<string, string | null> = new Map(),
): Record<string, string> {
  const posted = new Map<string, string>();
  for (let i = 0; i < PROGRAMME_MAX; i++) {
    const line = values[`itemLine-${i}`]?.trim();
    if (line && !posted.has(line)) posted.set(line, values[`itemHost-${i}`] ?? '');
  }
  const rows = Object.fromEntries(
    Object.entries(values).filter(([name]) => !/^item(Line|Host)-\d+$/.test(name)),
  );
  programmeLines(values['programme'] ?? '')
    .slice(0, PROGRAMME_MAX)
    .forEach((line, i) => {
      rows[`itemLine-${i}`] = line;
      rows[`itemHost-${i}`] = posted.get(line) ?? stored.get(line) ?? '';
    });
  return rows;
}

/** How many host rows the values hold. */
export function itemRows(values: Readonly<Record<string, string>>): number {
  let rows = 0;
  while (rows < PROGRAMME_MAX && values[`itemLine-${rows}`] !== undefined) rows++;
  return rows;
}
