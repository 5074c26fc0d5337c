import { slovenianStems } from './slovenian-stems.js';

/**
 * Places whose names are several words ("Novo mesto", "Murska Sobota", "Slovenj Gradec"), so that
 * a query naming one searches for the name, not for its words one by one: "mesto" (town) is in
 * most Slovenian records and "novo" (new) shares its stem with Nova Gorica, so "javna stranišča
 * Novo mesto" ranked Nova Gorica's toilets with Novo mesto's. Keyed by each word's plain form and
 * light stem, so inflected names match too ("v Novem mestu", "v Murski Soboti").
 */
export class PlaceNames {
  /** Each name's word keys, by its first word's key; longest names first. */
  private readonly byFirstWord = new Map<string, string[][]>();
  /** The keys of places named in one word ("Kranj", "Görlitz", "Oulu"). */
  private readonly singleWords = new Set<string>();
  /** Their plain names, and of the longer ones the name without its last two letters. */
  private readonly singlePrefixes = new Set<string>();

  constructor(names: readonly string[]) {
    for (const name of names) {
      const words = wordsOf(name);
      const keys = words.map(placeKey);
      if (keys.length === 1) {
        const plain = plainOf(words[0]!);
        if (keys[0]!.length >= MIN_SINGLE_KEY) this.singleWords.add(keys[0]!);
        if (plain.length >= MIN_SINGLE_KEY) this.singlePrefixes.add(plain);
        if (plain.length - 2 >= MIN_CUT_NAME) this.singlePrefixes.add(plain.slice(0, -2));
      }
      if (keys.length < 2 || keys.length > MAX_NAME_WORDS) continue;
      const list = this.byFirstWord.get(keys[0]!) ?? [];
      if (!list.some((k) => k.join(' ') === keys.join(' '))) list.push(keys);
      this.byFirstWord.set(keys[0]!, list);
    }
    for (const list of this.byFirstWord.values()) list.sort((a, b) => b.length - a.length);
  }

  get size(): number {
    return this.byFirstWord.size;
  }

  /**
   * The runs of neighbouring query words that name a place, each as its words (as the query has
   * them), the longest name first at each position; a word is in one run at most.
   */
  runsIn(words: readonly string[]): string[][] {
    const keys = words.map(placeKey);
    const runs: string[][] = [];
    for (let i = 0; i < words.length; i += 1) {
      const name = (this.byFirstWord.get(keys[i]!) ?? []).find((k) =>
        k.every((key, j) => keys[i + j] === key),
      );
      if (!name) continue;
      runs.push(words.slice(i, i + name.length));
      i += name.length - 1;
    }
    return runs;
  }

  /**
   * The query's words that name a place in one word, in any case form and typed in any case
   * ("parking kranj", "Wie organisiert Görlitz …", "Oulun keskusta"): a capital tells a name only
   * in a query that is otherwise lower case, and never in German.
   */
  singleWordPlaces(words: readonly string[]): Set<string> {
    return new Set(words.filter((w) => this.singleWords.has(placeKey(w)) || this.beginsWithPlace(w)));
  }

  /**
   * The name itself (a short one whose light stem is too short to be a key: "Oulu"), or a case
   * ending after the name ("Oulun", "Tampereella", "Växjös") or after the name without its
   * last two letters, where the stem changes ("Helsingissä", "Vilniaus", "Klaipėdoje"): at most
   * CASE_ENDING letters. Cut names keep five letters or more ("Kaunas" → "kaun" would be
   * "kaunis", beautiful, in Finnish).
   */
  private beginsWithPlace(word: string): boolean {
    const plain = plainOf(word);
    for (
      let length = plain.length;
      length >= Math.max(MIN_SINGLE_KEY, plain.length - CASE_ENDING);
      length -= 1
    ) {
      if (this.singlePrefixes.has(plain.slice(0, length))) return true;
    }
    return false;
  }
}

/**
 * A one-word place's key has at least this many letters: shorter keys ("Ii", "Bad", "Ede") are
 * too often an everyday word's in some language.
 */
const MIN_SINGLE_KEY = 4;

/** A name cut by two letters to meet its inflected forms keeps at least this many. */
const MIN_CUT_NAME = 5;

/** The longest case ending recognized after a one-word place's name ("-issä", "-ella", "-uose"). */
const CASE_ENDING = 5;

/** Longer names are not searched as one: they are organizations' or programmes' rather than places'. */
const MAX_NAME_WORDS = 4;

function wordsOf(text: string): string[] {
  return [
    ...text
      .normalize('NFC')
      .toLocaleLowerCase()
      .matchAll(/[\p{L}\p{N}]+/gu),
  ].map((m) => m[0]);
}

/** A word unaccented and lower-cased. */
function plainOf(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

/** A word's key: unaccented, lower-cased, its light stem ("mestu", "mesto" → "mest"). */
function placeKey(word: string): string {
  return slovenianStems(plainOf(word));
}
