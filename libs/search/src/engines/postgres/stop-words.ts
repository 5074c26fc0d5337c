/**
 * Stop words for query languages PostgreSQL has no stop-word list for (its Lithuanian and
 * Slovenian configurations have none, Slovenian no configuration at all), and those its Finnish,
 * Swedish, German and English lists lack (question words and postpositions: "miten", "avulla",
 * "genom", "warum"; the openers of a question asked around: "does anyone know", "tietääkö joku",
 * "vet någon", "ali kdo ve", "kas žino" — "nors" stays: relevant texts hold it): function words that carry no topic, so that a whole
 * question ("Kako so v Novem mestu uredili …", "Miten Vaasassa … avulla …") searches with its
 * content words. Short, common lists in the spirit of stopwords-iso; nouns are never in them, nor
 * verbs but "know" and "can" in those openers.
 */
const STOP_WORDS: Readonly<Record<string, ReadonlySet<string>>> = {
  lt: new Set(
    `ir ar bet kad kaip kas kur kada kodėl kuris kuri kurie kurios koks kokia kokie kokios kiek
     su be iš į ant po prie per apie už nuo iki dėl tarp pagal virš tai tas ta tie tos šis ši
     šie šios jis ji jie jos jo jų mes jūs aš tu mano tavo savo yra buvo bus būti gali galima
     ne nei taip pat dar jau tik net arba o bei kuo kurį kurią kuriuos kaipgi ką
     kažkas gal galbūt žino žinote žinot`.split(/\s+/),
  ),
  sl: new Set(
    `in ali pa da ki kot kaj kdo kje kdaj zakaj kako kateri katera katero kateri koliko
     v na za z s iz o po pri pred med nad pod do od k h proti brez čez skozi ob
     je so sem si smo ste bo bodo bi biti bil bila bilo bili
     ta to te ti tega temu tem ter tudi še že le ne ni niso naj kar ko če
     se si jih jim mu ga ji njen njihov njihova svoj svoja svoje moj tvoj naš vaš
     kdorkoli morda prosim ve veste`.split(/\s+/),
  ),
  fi: new Set(
    `miten kuinka milloin mihin mistä millainen millaisia millaista millä minkälainen onko ovatko
     voiko voidaan avulla kautta aikana jälkeen ennen lisäksi myös eli kuten jotta vai tai sitten
     nyt vielä jo yhä siitä siihen
     joku jollakin jollakulla kukaan kellään kenelläkään tietääkö tietäisikö osaako osaisiko
     voisiko kertoisiko`.split(/\s+/),
  ),
  sv: new Set(
    `genom också även inom hos sedan enligt bland kring samt både vilket någonting vet undrar`.split(/\s+/),
  ),
  de: new Set(
    `warum wieso weshalb wann wo wohin woher welcher welches welchen auch wer jemand weiß kennt bitte`.split(
      /\s+/,
    ),
  ),
  en: new Set(`anyone anybody someone somebody know knows wonder wondering please`.split(/\s+/)),
};

/** Whether `word` (lower-cased) is a stop word of `locale` by these lists. */
export function isListedStopWord(word: string, locale: string | null): boolean {
  return locale !== null && (STOP_WORDS[locale]?.has(word) ?? false);
}
