/**
 * Stop words for query languages PostgreSQL has no stop-word list for (its Lithuanian and
 * Slovenian configurations have none, Slovenian no configuration at all), and those its Finnish,
 * Swedish and German lists lack (question words and postpositions: "miten", "avulla", "genom",
 * "warum"): function words that carry no topic, so that a whole question ("Kako so v Novem mestu
 * uredili …", "Miten Vaasassa … avulla …") searches with its content words. Short, common lists in
 * the spirit of stopwords-iso; nouns and verbs are never in them.
 */
const STOP_WORDS: Readonly<Record<string, ReadonlySet<string>>> = {
  lt: new Set(
    `ir ar bet kad kaip kas kur kada kodėl kuris kuri kurie kurios koks kokia kokie kokios kiek
     su be iš į ant po prie per apie už nuo iki dėl tarp pagal virš tai tas ta tie tos šis ši
     šie šios jis ji jie jos jo jų mes jūs aš tu mano tavo savo yra buvo bus būti gali galima
     ne nei taip pat dar jau tik net arba o bei kuo kurį kurią kuriuos kaipgi ką`.split(/\s+/),
  ),
  sl: new Set(
    `in ali pa da ki kot kaj kdo kje kdaj zakaj kako kateri katera katero kateri koliko
     v na za z s iz o po pri pred med nad pod do od k h proti brez čez skozi ob
     je so sem si smo ste bo bodo bi biti bil bila bilo bili
     ta to te ti tega temu tem ter tudi še že le ne ni niso naj kar ko če
     se si jih jim mu ga ji njen njihov njihova svoj svoja svoje moj tvoj naš vaš`.split(/\s+/),
  ),
  fi: new Set(
    `miten kuinka milloin mihin mistä millainen millaisia millaista millä minkälainen onko ovatko
     voiko voidaan avulla kautta aikana jälkeen ennen lisäksi myös eli kuten jotta vai tai sitten
     nyt vielä jo yhä siitä siihen`.split(/\s+/),
  ),
  sv: new Set(`genom också även inom hos sedan enligt bland kring samt både vilket`.split(/\s+/)),
  de: new Set(`warum wieso weshalb wann wo wohin woher welcher welches welchen auch`.split(/\s+/)),
};

/** Whether `word` (lower-cased) is a stop word of `locale` by these lists. */
export function isListedStopWord(word: string, locale: string | null): boolean {
  return locale !== null && (STOP_WORDS[locale]?.has(word) ?? false);
}
