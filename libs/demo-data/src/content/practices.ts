import type { DemoPractice } from '../demo-data.types.js';

/**
 * Good practices (case studies) drawn from the seed articles: Panevėžys's Industry 4.0 direction
 * (image campaign, development strategy, RoboLabas, open-access STEAM centre) and the town-centre
 * marketing work that Velenje presented to the Slovenian MMS network in November 2016.
 * Facts, figures and dates stay within what the articles say; `lessonsLearned` and `transferability`
 * are a careful, general reading of each case.
 */
export const DEMO_PRACTICES: DemoPractice[] = [
  // --- Lithuania: Panevėžys -------------------------------------------------------------------
  {
    ref: 'practice:panevezys-industry-4-0-image',
    organization: 'org:panevezys-tourism-information-centre',
    city: 'city:panevezys',
    language: 'lt',
    status: 'PUBLISHED',
    visibility: 'PUBLIC',
    topics: ['place-branding', 'city-marketing', 'industry-4-0', 'resident-engagement'],
    budget: { amount: '10000.00', currency: 'EUR' },
    publishedAt: '2019-01-01T09:00:00Z',
    translations: {
      lt: {
        title:
          'Panevėžio, kaip Pramonės 4.0 traukos centro, įvaizdžio formavimas ir kampanija „Sėkmės istorija – Panevėžys“',
        summary:
          'Panevėžio miesto savivaldybė Pramonės 4.0 rinkodarai skyrė 10 tūkst. Eur, o konkursą šioms veikloms vykdyti laimėjo Panevėžio turizmo informacijos centras. ' +
          'Vyksta konsultacijos su gyventojais ir strateginės komunikacijos ekspertais, kuriamos rinkodaros komunikacijos priemonės, vykdoma kampanija „Sėkmės istorija – Panevėžys“ ' +
          'apie inovacijų srityje dirbančius miestiečius, o per tris mėnesius rengiama miesto įvaizdžio koncepcija su įgyvendinimo priemonių planu.',
        challenge:
          'Panevėžys Pramonę 4.0 pasirinko kaip strateginę tolesnės miesto ir regiono plėtros kryptį. Mieste įgyvendinama daug reikšmingų iniciatyvų, ' +
          'artinančių jį prie tikslo tapti Pramonės 4.0 centru, tačiau žinia apie jas turi pasiekti tiek išorės auditorijas, tiek pačius miestiečius. ' +
          'Miesto išteklių ir potencialo viešinimas didina Panevėžio patrauklumą jaunimo, investuotojų ir turistų akyse, o gyventojams svarbu suprasti, ' +
          'kuo ši kryptis svarbi kiekvienam ir kaip jie gali prisidėti ją įgyvendinant.',
        solution:
          'Savivaldybė Pramonės 4.0 rinkodarai skyrė 10 tūkst. Eur ir surengė konkursą, kurį laimėjo Panevėžio turizmo informacijos centras. Darbas vyksta keliomis kryptimis:\n\n' +
          '- **konsultacijos** su Panevėžio gyventojais ir strateginės komunikacijos ekspertais;\n' +
          '- **rinkodaros komunikacijos priemonės**, formuojančios Panevėžio, kaip Pramonės 4.0 traukos centro, įvaizdį;\n' +
          '- **kampanija „Sėkmės istorija – Panevėžys“** apie aktyviai inovacijų srityje dirbančius miesto gyventojus ir informacijos apie miesto strateginę kryptį sklaida;\n' +
          '- **įvaizdžio koncepcija ir jos įgyvendinimo priemonių planas**, parengiami per 3 mėnesius.\n\n' +
          'Kartu stiprinamas miesto švietimo ir mokslo įstaigų, asocijuotų verslo struktūrų ir viešojo sektoriaus bendradarbiavimas, kad įvaizdis būtų formuojamas koordinuotai. ' +
          'Koncepcija šioms institucijoms taps kelrodžiu, padėsiančiu apie miestą skleisti vieningą ir nuoseklią žinutę. ' +
          'Dalį numatytų veiklų siekiama įgyvendinti dar tais pačiais metais, o visą koncepciją – kitais.',
        lessonsLearned:
          'Strateginės krypties komunikacija yra ne vien išorės rinkodara: ji padeda gyventojams suprasti miesto pasirinkimą ir kviečia juos prisidėti prie bendro darbo dėl miesto ateities. ' +
          'Tikrų žmonių sėkmės istorijos abstrakčią „Pramonės 4.0“ sąvoką paverčia suprantama ir artima. ' +
          'Bendra koncepcija, dėl kurios susitaria švietimo, mokslo, verslo ir viešojo sektoriaus partneriai, padeda visiems apie miestą kalbėti vienu balsu.',
        transferability:
          'Tinka miestams, kurie jau pasirinko aiškią ekonominės plėtros kryptį ir nori ją paversti miesto įvaizdžio ašimi. Reikia:\n\n' +
          '- savivaldybės sprendimo ir tikslinio, net nedidelio, biudžeto;\n' +
          '- vykdytojo, turinčio komunikacijos kompetencijų (Panevėžyje – turizmo informacijos centro);\n' +
          '- gyventojų, kurių sėkmės istorijas galima papasakoti, ir jų sutikimo dalyvauti kampanijoje;\n' +
          '- švietimo, mokslo ir verslo partnerių susitarimo dėl bendros žinutės.',
      },
      en: {
        title:
          'Building the image of Panevėžys as an Industry 4.0 hub, with the campaign "Sėkmės istorija – Panevėžys" (Success story – Panevėžys)',
        summary:
          'Panevėžys City Municipality allocated EUR 10,000 to Industry 4.0 marketing, and the Panevėžys Tourism Information Centre won the tender to carry it out. ' +
          'Marketing communication tools are being developed in consultation with residents and strategic-communication experts, the campaign "Success story – Panevėžys" ' +
          'features residents working in innovation, and an image concept with an implementation plan is being prepared within three months.',
        challenge:
          'Panevėžys has chosen Industry 4.0 as the strategic direction for the further development of the city and its region. ' +
          'Many significant initiatives are bringing the city closer to becoming an Industry 4.0 centre, but the message about them has to reach both outside audiences and residents. ' +
          "Promoting the city's resources and potential makes Panevėžys more attractive to young people, investors and tourists, " +
          'while residents need to understand why the direction matters to each of them and how they can help to achieve it.',
        solution:
          'The municipality allocated EUR 10,000 to Industry 4.0 marketing and held a tender, which the Panevėžys Tourism Information Centre won. The work runs along several lines:\n\n' +
          '- **consultations** with residents of Panevėžys and with strategic-communication experts;\n' +
          '- **marketing communication tools** that build the image of Panevėžys as an Industry 4.0 hub;\n' +
          '- **the campaign "Success story – Panevėžys"** about residents actively working in innovation, and spreading information about the city\'s strategic direction;\n' +
          '- **an image concept and an implementation plan**, to be prepared within 3 months.\n\n' +
          "At the same time, cooperation between the city's education and research institutions, business associations and the public sector is being strengthened, " +
          'so that the image is built in a coordinated way. The concept is to serve these institutions as a roadmap for a single, consistent message about the city. ' +
          'Part of the planned activities is to be carried out in the same year, and the full concept in the following year.',
        lessonsLearned:
          'Communicating a strategic direction is not only outward-facing marketing: it helps residents understand the choice the city has made and invites them to contribute to its future. ' +
          'Success stories of real people make the abstract notion of "Industry 4.0" tangible and relatable. ' +
          'A shared concept agreed by education, research, business and public-sector partners helps everyone speak about the city with one voice.',
        transferability:
          'Suitable for cities that have already chosen a clear economic development direction and want to make it the backbone of their image. What is needed:\n\n' +
          '- a municipal decision and a dedicated, even modest, budget;\n' +
          '- an implementing body with communication skills (in Panevėžys, the tourism information centre);\n' +
          '- residents whose success stories can be told, and their consent to take part in the campaign;\n' +
          '- agreement among education, research and business partners on a common message.',
      },
    },
  },
  {
    ref: 'practice:panevezys-industry-4-0-strategy',
    organization: 'org:panevezys-municipality',
    city: 'city:panevezys',
    language: 'lt',
    status: 'PUBLISHED',
    visibility: 'PUBLIC',
    topics: ['industry-4-0', 'city-strategy', 'economic-development', 'regional-development'],
    programme: 'programme:kurk-lietuvai',
    publishedAt: '2019-03-19T09:00:00Z',
    translations: {
      lt: {
        title: 'Pramonės 4.0 vystymo strategija – Panevėžio regiono ekonominės plėtros kelrodis',
        summary:
          'Panevėžio miesto savivaldybė kartu su „Investuok Lietuvoje“ programos „Kurk Lietuvai“ projektų vadovų komanda parengė Pramonės 4.0 vystymo strategijos projektą. ' +
          'Strategija orientuota į tris sritis – švietimą ir mokslą, verslo sąlygas ir Panevėžio regiono, kaip Pramonės 4.0 centro, įvaizdį – ' +
          'ir turi užtikrinti koordinuotą politikos, švietimo ir verslo bendradarbiavimą.',
        challenge:
          'Panevėžio regionas žingsnis po žingsnio siekia tapti pažangių technologijų pramonės, arba Pramonės 4.0, centru. ' +
          'Kad šis tikslas virstų kryptinga ekonomine plėtra, reikėjo bendro kelrodžio, kuris suderintų suinteresuotų šalių – politikos, švietimo ir verslo – veiksmus ' +
          'ir užtikrintų koordinuotą įgyvendinimą. Regionas siekia išlaikyti ir pritraukti studentus, specialistus bei investicijas ir tapti patrauklia vieta gyventi, mokytis ir dirbti.',
        solution:
          '**Vizija** – išvystyta konkurencinga ekosistema, kurianti aukštą pridėtinę vertę ir pagrįsta glaudžiu verslo, švietimo, mokslo ir viešojo sektoriaus bendradarbiavimu.\n\n' +
          'Strategija orientuota į tris sritis:\n\n' +
          '1. ateities ekonominius poreikius atitinkančios švietimo ir mokslo sistemos vystymą;\n' +
          '2. verslo kūrimo ir plėtros sąlygų gerinimą;\n' +
          '3. Panevėžio regiono, kaip Pramonės 4.0 centro, įvaizdžio kūrimą.\n\n' +
          'Strategiją rengė „Kurk Lietuvai“ projektų vadovų komanda, bendradarbiaudama su Panevėžio miesto savivaldybe. ' +
          'Remtasi nacionalinės ir regioninės svarbos strateginiais dokumentais, gerąja užsienio valstybių praktika, regione atliktų tyrimų rezultatais, ' +
          'ekonominės plėtros ekspertų bei regiono verslo, švietimo ir mokslo institucijų atstovų rekomendacijomis. ' +
          'Strategijos projektas paskelbtas viešai, o pasiūlymus kviečiama teikti „Kurk Lietuvai“ ir savivaldybės projektų vadovams.',
        results:
          '2019 m. kovo 19 d. viešai paskelbtas Pramonės 4.0 vystymo strategijos projektas, dėl kurio kviečiama teikti pasiūlymus. ' +
          'Savivaldybė jį vadina pirmuoju žingsniu kryptingos ekonominės plėtros link. ' +
          'Tikimasi, kad įgyvendinus viziją regione bus kuriamos aukštos pridėtinės vertės darbo vietos, stiprės įmonių konkurencingumas nacionaliniu ir tarptautiniu lygmenimis, ' +
          'o sėkminga pramonės plėtra prisidės prie teigiamo Panevėžio regiono įvaizdžio.',
        lessonsLearned:
          'Strategija remiasi tyrimais, užsienio praktika ir vietos verslo, švietimo bei mokslo atstovų rekomendacijomis, todėl tampa bendru suinteresuotų šalių, o ne vien savivaldybės dokumentu. ' +
          'Įvaizdžio kūrimas įtrauktas kaip viena iš trijų lygiaverčių sričių: miesto rinkodara tampa ekonominės plėtros dalimi, o ne atskiru projektu. ' +
          'Viešas projekto svarstymas leidžia sutelkti suinteresuotas šalis dar iki galutinio sprendimo.',
        transferability:
          'Tinka miestams ir regionams, turintiems stiprų sektorių, kuriuo galima remti tolesnę plėtrą. Reikia:\n\n' +
          '- politinio sprendimo dėl strateginės krypties;\n' +
          '- projektų vadovų ar ekspertų komandos (Panevėžyje – programos „Kurk Lietuvai“);\n' +
          '- duomenų ir tyrimų apie regiono ekonomiką bei gerosios užsienio praktikos pavyzdžių;\n' +
          '- verslo, švietimo ir mokslo atstovų įsitraukimo ir viešo strategijos projekto svarstymo.',
      },
      en: {
        title:
          'Industry 4.0 development strategy: a roadmap for the economic development of the Panevėžys region',
        summary:
          'Panevėžys City Municipality prepared a draft Industry 4.0 development strategy together with the project managers of Invest Lithuania\'s "Kurk Lietuvai" (Create for Lithuania) programme. ' +
          "The strategy focuses on three areas – education and research, conditions for business, and the region's image as an Industry 4.0 centre – " +
          'and is meant to ensure coordinated cooperation between policy-makers, education and business.',
        challenge:
          'Step by step, the Panevėžys region aims to become a centre of advanced-technology industry, or Industry 4.0. ' +
          'To turn this goal into purposeful economic development, it needed a shared roadmap that aligns the stakeholders – policy, education and business – ' +
          'and ensures coordinated implementation. The region wants to retain and attract students, specialists and investment and to become an attractive place to live, study and work.',
        solution:
          '**Vision:** a developed, competitive ecosystem that creates high added value, based on close cooperation between business, education, research and the public sector.\n\n' +
          'The strategy focuses on three areas:\n\n' +
          '1. developing an education and research system that meets the economic needs of the future;\n' +
          '2. improving the conditions for starting and growing businesses;\n' +
          '3. building the image of the Panevėžys region as an Industry 4.0 centre.\n\n' +
          'The strategy was prepared by the "Kurk Lietuvai" project managers in cooperation with Panevėžys City Municipality. ' +
          'It draws on national and regional strategic documents, good practice from other countries, the results of research carried out in the region, ' +
          'and recommendations from economic development experts and from business, education and research institutions in the region. ' +
          'The draft was published, and proposals are invited through the project managers of "Kurk Lietuvai" and the municipality.',
        results:
          'On 19 March 2019 the draft Industry 4.0 development strategy was published, with an invitation to submit proposals. ' +
          'The municipality calls it the first step towards purposeful economic development. ' +
          'Once the vision is implemented, the region expects high-value-added jobs, companies that are competitive nationally and internationally, ' +
          'and an industrial sector whose growth contributes to a positive image of the Panevėžys region.',
        lessonsLearned:
          'Because the strategy builds on research, international practice and recommendations from local business, education and research, it becomes a shared document of the stakeholders rather than the municipality alone. ' +
          'Image-building is one of three equal focus areas, which makes city marketing part of economic development rather than a separate project. ' +
          'Publishing the draft for comment helps to rally stakeholders before the final decision.',
        transferability:
          'Suitable for cities and regions with a strong sector on which further development can build. What is needed:\n\n' +
          '- a political decision on the strategic direction;\n' +
          '- a team of project managers or experts (in Panevėžys, from the "Kurk Lietuvai" programme);\n' +
          "- data and research on the region's economy, and examples of good practice from abroad;\n" +
          '- involvement of business, education and research representatives, and public consultation on the draft.',
      },
    },
  },
  {
    ref: 'practice:panevezys-robolabas',
    organization: 'org:industry-4-panevezys',
    city: 'city:panevezys',
    language: 'lt',
    status: 'PUBLISHED',
    visibility: 'PUBLIC',
    topics: ['steam-education', 'industry-4-0', 'innovation-ecosystems', 'regional-development'],
    publishedAt: '2019-04-01T09:00:00Z',
    translations: {
      lt: {
        title: 'Robotikos centras „RoboLabas“ – ateities kūrėjų ugdymas Pramonės 4.0 mieste',
        summary:
          'Ateities kūrėjams ugdyti Panevėžyje įkurtas robotikos centras „RoboLabas“. ' +
          'Jis – vienas pirmųjų jau įgyvendintų veiksmų, kuriais Panevėžys siekia tapti pažangiųjų technologijų pramonės, arba Pramonės 4.0, centru.',
        challenge:
          'Pramonės sektorius Panevėžio regione išsivystęs geriau nei kitur Lietuvoje: jis sukuria trečdalį regiono bendrojo vidaus produkto, ' +
          'o daugiau nei 500 įmonių dirba ketvirtis regiono gyventojų. Tolesnei sektoriaus plėtrai užtikrinti visos Panevėžio regiono savivaldybės susitarė vystyti Pramonės 4.0 kryptį. ' +
          'Pažangiųjų technologijų pramonei reikia žmonių, kurie šias technologijas kurs ir naudos, todėl ugdymas tampa viena iš krypties atramų.',
        solution:
          'Ateities kūrėjams ugdyti įkurtas robotikos centras „RoboLabas“. Jis yra Panevėžio Pramonės 4.0 ekosistemos dalis šalia kitų pirmųjų veiksmų:\n\n' +
          '- Panevėžio miesto Pramonės 4.0 vystymo patarėjų tarybos;\n' +
          '- Pramonės 4.0 vystymo strategijos projekto;\n' +
          '- atviros prieigos STEAM centro;\n' +
          '- Panevėžio plėtros agentūros komandos, koordinuojančios Pramonės 4.0 krypties veiklas;\n' +
          '- inovacijų sklaidos renginių ir inovatyviausios įmonės rinkimų.\n\n' +
          'Centras dera su pirmąja strategijos sritimi – ateities ekonominius poreikius atitinkančios švietimo ir mokslo sistemos vystymu.',
        results:
          'Robotikos centras „RoboLabas“ įkurtas – tai vienas pirmųjų jau įgyvendintų Panevėžio Pramonės 4.0 krypties veiksmų. ' +
          'VšĮ Lietuvos inovacijų centro direktorius Mantas Vilys visą Panevėžio Pramonės 4.0 kelią vertina kaip gerąjį regioninės plėtros pavyzdį.',
        lessonsLearned:
          'Ugdymo infrastruktūra, kuriama kartu su strategija, o ne po jos, rodo, kad kryptis turi ilgą horizontą: ateities kūrėjai ugdomi jau dabar. ' +
          'Robotikos centras taip pat yra matomas, lengvai suprantamas strateginės krypties ženklas. ' +
          'Naudinga centrą sieti su platesne ekosistema – verslu, švietimo įstaigomis ir miesto plėtros agentūra.',
        transferability:
          'Tinka miestams, kurių ekonomikoje svarbi pramonė ir kurie nori technologijų kompetencijas ugdyti nuo jauno amžiaus. Reikia:\n\n' +
          '- patalpų ir robotikos įrangos;\n' +
          '- kompetentingų mokytojų ar mentorių;\n' +
          '- ryšio su vietos įmonėmis ir švietimo įstaigomis;\n' +
          '- aiškaus centro vaidmens miesto ekonominės plėtros strategijoje.',
      },
      en: {
        title: 'RoboLabas robotics centre: educating future creators in an Industry 4.0 city',
        summary:
          'The robotics centre "RoboLabas" was set up in Panevėžys to educate future creators. ' +
          'It is one of the first steps already taken towards making Panevėžys a centre of advanced-technology industry, or Industry 4.0.',
        challenge:
          'Industry is more developed in the Panevėžys region than elsewhere in Lithuania: it generates a third of the regional GDP, ' +
          "and more than 500 companies employ a quarter of the region's residents. To secure the sector's further growth, all municipalities of the region agreed to develop the Industry 4.0 direction. " +
          'Advanced-technology industry needs people who will create and use these technologies, which makes education one of the pillars of the direction.',
        solution:
          'The robotics centre "RoboLabas" was set up to educate future creators. It is part of the Panevėžys Industry 4.0 ecosystem, alongside the other first steps:\n\n' +
          '- the Panevėžys City Industry 4.0 advisory council;\n' +
          '- the draft Industry 4.0 development strategy;\n' +
          '- the open-access STEAM centre;\n' +
          '- the Panevėžys Development Agency team coordinating the Industry 4.0 activities;\n' +
          '- innovation dissemination events and an election of the most innovative company.\n\n' +
          'The centre fits the first focus area of the strategy: developing an education and research system that meets the economic needs of the future.',
        results:
          'The RoboLabas robotics centre has been set up and is listed among the first steps already taken in the Panevėžys Industry 4.0 direction. ' +
          "Mantas Vilys, director of the Lithuanian Innovation Centre, describes the city's overall Industry 4.0 effort as a good example of regional development.",
        lessonsLearned:
          'Building education infrastructure together with the strategy, not after it, shows that the direction has a long horizon: future creators are being educated now. ' +
          'A robotics centre is also a visible, easily understood sign of the strategic direction. ' +
          'It helps to connect the centre with the wider ecosystem – companies, schools and the city development agency.',
        transferability:
          'Suitable for cities where industry matters to the economy and which want to build technology skills from an early age. What is needed:\n\n' +
          '- premises and robotics equipment;\n' +
          '- skilled teachers or mentors;\n' +
          '- links with local companies and schools;\n' +
          "- a clear role for the centre in the city's economic development strategy.",
      },
    },
  },
  {
    ref: 'practice:panevezys-open-access-steam-centre',
    organization: 'org:industry-4-panevezys',
    city: 'city:panevezys',
    language: 'lt',
    status: 'PUBLISHED',
    visibility: 'PUBLIC',
    topics: ['steam-education', 'industry-4-0', 'innovation-ecosystems'],
    publishedAt: '2019-04-01T09:00:00Z',
    translations: {
      lt: {
        title: 'Atviros prieigos STEAM centras Panevėžyje – ugdymas Pramonės 4.0 krypčiai',
        summary:
          'Ateities kūrėjams ugdyti Panevėžyje įkurtas atviros prieigos STEAM (gamtos mokslų, technologijų, inžinerijos, menų ir matematikos) centras. ' +
          'Jis – vienas pirmųjų jau įgyvendintų veiksmų, kuriais Panevėžio regionas siekia tapti Pramonės 4.0 centru.',
        challenge:
          'Pramonė sukuria trečdalį Panevėžio regiono BVP, o visos regiono savivaldybės susitarė vystyti Pramonės 4.0 kryptį. ' +
          'Kad ši kryptis būtų tvari, regionui reikia švietimo ir mokslo sistemos, atitinkančios ateities ekonominius poreikius, – ' +
          'tai pirmoji Panevėžio Pramonės 4.0 vystymo strategijos sritis.',
        solution:
          'Įkurtas atviros prieigos STEAM centras, skirtas ateities kūrėjams ugdyti. ' +
          'Jis veikia kaip Panevėžio Pramonės 4.0 ekosistemos dalis kartu su robotikos centru „RoboLabas“, Pramonės 4.0 vystymo patarėjų taryba, ' +
          'Panevėžio plėtros agentūros komanda, inovacijų sklaidos renginiais ir inovatyviausios įmonės rinkimais.',
        results:
          'Atviros prieigos STEAM centras įkurtas – tai vienas pirmųjų jau įgyvendintų Panevėžio Pramonės 4.0 krypties veiksmų.',
        lessonsLearned:
          'Atviros prieigos modelis leidžia centro galimybėmis naudotis ne vienai mokyklai, o platesnei bendruomenei, todėl investicija į įrangą ir kompetencijas pasiekia daugiau jaunų žmonių. ' +
          'STEAM ugdymą verta planuoti kaip strateginės ekonominės krypties dalį, o ne kaip atskirą švietimo projektą.',
        transferability:
          'Tinka miestams, kurie savo ekonominę plėtrą sieja su technologijomis ir nori ugdymą suderinti su šia kryptimi. Reikia:\n\n' +
          '- patalpų, įrangos ir komandos, galinčios dirbti su skirtingų įstaigų mokiniais;\n' +
          '- aiškių atviros prieigos taisyklių (kas, kada ir kokiomis sąlygomis gali naudotis centru);\n' +
          '- bendradarbiavimo su mokyklomis, aukštosiomis mokyklomis ir verslu;\n' +
          '- centro vietos miesto ar regiono ekonominės plėtros strategijoje.',
      },
      en: {
        title: 'Open-access STEAM centre in Panevėžys: education for the Industry 4.0 direction',
        summary:
          'An open-access STEAM (science, technology, engineering, arts and mathematics) centre was set up in Panevėžys to educate future creators. ' +
          'It is one of the first steps already taken towards making the Panevėžys region an Industry 4.0 centre.',
        challenge:
          "Industry generates a third of the Panevėžys region's GDP, and all municipalities of the region agreed to develop the Industry 4.0 direction. " +
          'For the direction to last, the region needs an education and research system that meets the economic needs of the future – ' +
          'the first focus area of the Panevėžys Industry 4.0 development strategy.',
        solution:
          'An open-access STEAM centre was set up to educate future creators. ' +
          'It is part of the Panevėžys Industry 4.0 ecosystem together with the RoboLabas robotics centre, the Industry 4.0 advisory council, ' +
          'the Panevėžys Development Agency team, innovation dissemination events and the election of the most innovative company.',
        results:
          'The open-access STEAM centre has been set up and is listed among the first steps already taken in the Panevėžys Industry 4.0 direction.',
        lessonsLearned:
          'An open-access model lets a wider community, not just one school, use the centre, so investment in equipment and skills reaches more young people. ' +
          'STEAM education is worth planning as part of a strategic economic direction rather than as a stand-alone education project.',
        transferability:
          'Suitable for cities that link their economic development to technology and want education to follow the same direction. What is needed:\n\n' +
          '- premises, equipment and a team able to work with pupils from different schools;\n' +
          '- clear open-access rules (who can use the centre, when and on what terms);\n' +
          '- cooperation with schools, higher education and business;\n' +
          "- a place for the centre in the city's or region's economic development strategy.",
      },
    },
  },

  // --- Slovenia: Velenje ----------------------------------------------------------------------
  {
    ref: 'practice:velenje-events-calendar',
    organization: 'org:velenje-municipality',
    city: 'city:velenje',
    language: 'sl',
    status: 'PUBLISHED',
    visibility: 'PUBLIC',
    topics: ['events', 'digitalisation', 'city-marketing', 'town-centre-management'],
    networks: ['network:mms'],
    publishedAt: '2016-11-17T09:00:00Z',
    translations: {
      sl: {
        title: 'Koledar dogodkov na občinski spletni strani – pregled nad več kot tisoč dogodki na leto',
        summary:
          'V Velenju se vsako leto zvrsti več kot tisoč dogodkov. Mestna občina Velenje je zato občinsko spletno stran nadgradila s Koledarjem dogodkov, ' +
          'ki na enem mestu ponuja pregled nad dogajanjem v Velenju. Ukrep je del aktivnosti mestnega marketinga, ki jih je Velenje novembra 2016 predstavilo združenju Management mestnih središč (MMS).',
        challenge:
          'Več kot tisoč dogodkov na leto je velika prednost mesta, a pri takšnem obsegu ponudbe občani in obiskovalci težko ohranijo pregled nad tem, kaj se dogaja. ' +
          'Dogodki, za katere ljudje ne izvedo, ne prispevajo k živahnosti mestnega središča.',
        solution:
          'Občina je nadgradila občinsko spletno stran s Koledarjem dogodkov, v katerem so dogodki v Velenju zbrani na enem mestu. ' +
          'Koledar je eden od korakov mestnega marketinga v Velenju; kot naslednja nadgradnja spletne strani je napovedan interaktivni zemljevid zasedenih in praznih prostorov v mestnem središču.',
        results:
          'Koledar dogodkov je bil na občinski spletni strani vzpostavljen v letu 2016. ' +
          'Podžupan Peter Dermol ga je novembra 2016 v Vili Bianci predstavil predstavnikom 18 slovenskih mest, združenih v MMS.',
        lessonsLearned:
          'Občinska spletna stran je kanal, ki ga občina že ima in ga občani poznajo, zato je smiselno, da postane tudi vstopna točka za informacije o dogajanju v mestu. ' +
          'Koledar in napovedani zemljevid prostorov kažeta, kako lahko občinsko spletno stran postopoma razvijamo v orodje za upravljanje mestnega središča.',
        transferability:
          'Prenosljivo v vsako mesto z bogato ponudbo dogodkov. Potrebni so:\n\n' +
          '- skrbnik koledarja, ki ureja in preverja vnose;\n' +
          '- dogovor s prireditelji o sporočanju dogodkov;\n' +
          '- enotna pravila vnosa (datum, kraj, vrsta dogodka);\n' +
          '- tehnična podpora na občinski spletni strani.',
      },
      en: {
        title: 'Events calendar on the municipal website: an overview of more than a thousand events a year',
        summary:
          'More than a thousand events take place in Velenje every year. The City Municipality of Velenje therefore upgraded the municipal website with an events calendar ' +
          "that brings the city's events together in one place. The calendar is one of the city-marketing activities Velenje presented to the Slovenian town-centre-management network MMS in November 2016.",
        challenge:
          'More than a thousand events a year is a great asset for a town, but with so much on offer residents and visitors find it hard to keep track of what is happening. ' +
          'Events that people do not hear about do not help to bring the town centre to life.',
        solution:
          'The municipality upgraded its website with an events calendar that brings events in Velenje together in one place. ' +
          "The calendar is one step in Velenje's city marketing; the next announced upgrade of the website is an interactive map of occupied and vacant premises in the town centre.",
        results:
          'The events calendar went live on the municipal website in 2016. ' +
          'In November 2016 Deputy Mayor Peter Dermol presented it at Vila Bianca to representatives of the 18 Slovenian towns in the MMS network.',
        lessonsLearned:
          'The municipal website is a channel the municipality already has and residents already know, so it makes sense for it to become the entry point for information about what is on in town. ' +
          'The calendar and the announced premises map show how a municipal website can gradually grow into a town-centre-management tool.',
        transferability:
          'Transferable to any town with a rich events programme. What is needed:\n\n' +
          '- a calendar editor who manages and checks entries;\n' +
          '- an agreement with organisers on how they report their events;\n' +
          '- common entry rules (date, venue, type of event);\n' +
          '- technical support on the municipal website.',
      },
    },
  },
  {
    ref: 'practice:velenje-premises-map',
    organization: 'org:velenje-municipality',
    city: 'city:velenje',
    language: 'sl',
    status: 'PUBLISHED',
    visibility: 'PUBLIC',
    topics: ['retail-and-vacancy', 'digitalisation', 'town-centre-management'],
    networks: ['network:mms'],
    publishedAt: '2016-11-17T09:00:00Z',
    translations: {
      sl: {
        title: 'Interaktivni zemljevid zasedenih in praznih prostorov v mestnem središču (v pripravi)',
        summary:
          'Po vzpostavitvi Koledarja dogodkov Mestna občina Velenje pripravlja naslednjo nadgradnjo občinske spletne strani: interaktivni zemljevid zasedenih in praznih prostorov v mestnem središču. ' +
          'Ukrep je bil napovedan na srečanju združenja MMS novembra 2016; gre za načrtovano aktivnost, o rezultatih še ni mogoče poročati.',
        challenge:
          'Za oživljanje mestnega središča je pomembno vedeti, kateri prostori so zasedeni in kateri prazni. ' +
          'Pregleden prikaz tega je koristen tako za občino pri načrtovanju ukrepov kot za morebitne najemnike, ki iščejo prostor v središču mesta.',
        solution:
          'Na občinski spletni strani, ki je bila pred kratkim nadgrajena s Koledarjem dogodkov, bo sledil interaktivni zemljevid zasedenih in praznih prostorov v mestnem središču. ' +
          'Zemljevid je v pripravi; podrobnosti o njegovi vsebini in delovanju ob napovedi še niso bile predstavljene.',
        lessonsLearned:
          'Ker je ukrep šele v pripravi, gre bolj za izhodišče kot za preverjeno prakso. ' +
          'Zanimiv je pristop: isti digitalni kanal, ki občanom služi za informacije o dogodkih, se razvija tudi v orodje za spremljanje ponudbe prostorov v mestnem središču.',
        transferability:
          'Mesto, ki želi pripraviti podoben zemljevid, potrebuje:\n\n' +
          '- popis poslovnih prostorov v mestnem središču;\n' +
          '- dogovor o tem, kdo in kako pogosto posodablja podatke o zasedenosti;\n' +
          '- sodelovanje lastnikov prostorov;\n' +
          '- spletno kartografsko orodje.\n\n' +
          'Brez rednega posodabljanja zemljevid hitro izgubi vrednost.',
      },
      en: {
        title: 'Interactive map of occupied and vacant premises in the town centre (in preparation)',
        summary:
          'After launching its events calendar, the City Municipality of Velenje is preparing the next upgrade of the municipal website: an interactive map of occupied and vacant premises in the town centre. ' +
          'The map was announced at the MMS network meeting in November 2016; it is a planned activity and there are no results to report yet.',
        challenge:
          'To revitalise a town centre, it is important to know which premises are occupied and which are empty. ' +
          'A clear overview helps both the municipality in planning its measures and prospective tenants looking for space in the centre.',
        solution:
          'The municipal website, recently upgraded with an events calendar, is to be followed by an interactive map of occupied and vacant premises in the town centre. ' +
          'The map is in preparation; details of its content and functioning had not been presented when it was announced.',
        lessonsLearned:
          'As the measure is still in preparation, it is a starting point rather than a proven practice. ' +
          'The approach is interesting: the same digital channel that gives residents information about events is being developed into a tool for tracking available premises in the town centre.',
        transferability:
          'A town that wants to build a similar map needs:\n\n' +
          '- an inventory of commercial premises in the town centre;\n' +
          '- an agreement on who updates occupancy data and how often;\n' +
          '- cooperation from property owners;\n' +
          '- an online mapping tool.\n\n' +
          'Without regular updates, the map quickly loses its value.',
      },
    },
  },
  {
    ref: 'practice:velenje-best-shop-competition',
    organization: 'org:velenje-municipality',
    city: 'city:velenje',
    language: 'sl',
    status: 'PUBLISHED',
    visibility: 'PUBLIC',
    topics: ['retail-promotion', 'town-centre-management', 'city-marketing'],
    networks: ['network:mms'],
    publishedAt: '2016-11-17T09:00:00Z',
    translations: {
      sl: {
        title: 'Natečaj za najlepše urejen prodajni prostor v mestnem središču ob občinskem prazniku',
        summary:
          'V okviru občinskega praznika je Mestna občina Velenje pripravila natečaj za najlepše urejen prodajni prostor v mestnem središču. ' +
          'Natečaj trgovce spodbuja k skrbi za urejenost prodajnih prostorov in je eden od ukrepov mestnega marketinga, ki jih je Velenje novembra 2016 predstavilo združenju MMS.',
        challenge:
          'Podobo mestnega središča v veliki meri oblikujejo prodajni prostori in njihove izložbe. ' +
          'Občina na njihovo urejenost nima neposrednega vpliva, lahko pa trgovce spodbudi in njihov trud javno prepozna.',
        solution:
          'Občina je pripravila natečaj za najlepše urejen prodajni prostor v mestnem središču in ga umestila v program občinskega praznika. ' +
          'Vezava na praznik natečaju zagotovi prepoznaven termin v koledarju mesta.',
        lessonsLearned:
          'Natečaj je preprost ukrep, ki ne zahteva posegov v prostor, a trgovce vključi v skupno skrb za podobo mestnega središča. ' +
          'Povezava z obstoječim praznovanjem olajša promocijo natečaja.',
        transferability:
          'Prenosljivo v vsako mesto s trgovsko ponudbo v središču. Potrebni so:\n\n' +
          '- jasna merila ocenjevanja in neodvisna komisija;\n' +
          '- komunikacija s trgovci pred natečajem;\n' +
          '- priložnost za razglasitev, na primer ob občinskem prazniku;\n' +
          '- simbolna nagrada ali javno priznanje.',
      },
      en: {
        title: 'Competition for the best-arranged shop in the town centre, held for the municipal holiday',
        summary:
          'As part of the municipal holiday, the City Municipality of Velenje held a competition for the best-arranged shop (sales space) in the town centre. ' +
          'The competition encourages retailers to take care of how their shops look and is one of the city-marketing measures Velenje presented to the MMS network in November 2016.',
        challenge:
          'The look of a town centre is shaped to a large extent by its shops and shop windows. ' +
          'The municipality has no direct say over how they are arranged, but it can encourage retailers and publicly recognise their effort.',
        solution:
          'The municipality organised a competition for the best-arranged shop in the town centre and made it part of the municipal holiday programme. ' +
          "Linking it to the holiday gives the competition a recognisable slot in the town's calendar.",
        lessonsLearned:
          'A competition is a simple measure that requires no physical works yet involves retailers in the shared care for the look of the town centre. ' +
          'Linking it to an existing celebration makes it easier to promote.',
        transferability:
          'Transferable to any town with shops in its centre. What is needed:\n\n' +
          '- clear judging criteria and an independent jury;\n' +
          '- communication with retailers before the competition;\n' +
          '- an occasion to announce the winners, such as the municipal holiday;\n' +
          '- a symbolic prize or public recognition.',
      },
    },
  },
  {
    ref: 'practice:velenje-razvajaj-se-v-mestu',
    organization: 'org:velenje-municipality',
    city: 'city:velenje',
    language: 'sl',
    status: 'PUBLISHED',
    visibility: 'PUBLIC',
    topics: ['retail-promotion', 'events', 'town-centre-management', 'city-marketing'],
    networks: ['network:mms'],
    publishedAt: '2016-11-17T09:00:00Z',
    translations: {
      sl: {
        title: 'Promocijska akcija „Razvajaj se v mestu“ in dogodek „Promenada okusov“',
        summary:
          'Mestna občina Velenje je leta 2016 že tretjič organizirala promocijsko akcijo „Razvajaj se v mestu“, ki vabi v mestno središče. ' +
          'Občina je napovedala, da bo z dogodkom „Promenada okusov“ nadaljevala tudi v prihodnjem letu.',
        challenge:
          'Mestno središče potrebuje razloge, da ga ljudje obiščejo in se vanj vračajo, manjši ponudniki pa sami težko dosežejo dovolj vidnosti. ' +
          'Na srečanju združenja MMS, kjer je Velenje predstavilo akcijo, so razpravljali prav o upravljanju mestnih jeder s povezovanjem manjših ponudnikov.',
        solution:
          'Občina v okviru mestnega marketinga organizira:\n\n' +
          '- **promocijsko akcijo „Razvajaj se v mestu“**, ki je bila leta 2016 izvedena že tretjič;\n' +
          '- **dogodek „Promenada okusov“**, s katerim bo nadaljevala tudi v letu 2017.',
        results:
          'Akcija „Razvajaj se v mestu“ je bila leta 2016 izvedena že tretjič in je tako postala ponavljajoča se oblika promocije mestnega središča. ' +
          'Občina se je odločila, da bo z dogodkom „Promenada okusov“ nadaljevala tudi v prihodnjem letu.',
        lessonsLearned:
          'Ponavljanje iz leta v leto akciji da prepoznavnost: ljudje jo začnejo pričakovati, ponudniki pa jo lahko vključijo v svoje načrtovanje. ' +
          'Skupna akcija pod enim imenom manjšim ponudnikom omogoči vidnost, ki je vsak zase ne bi dosegel.',
        transferability:
          'Prenosljivo v mesta z raznoliko ponudbo v središču. Potrebni so:\n\n' +
          '- prepoznavno ime in enotna celostna podoba akcije;\n' +
          '- koordinator, ki poveže trgovce, gostince in druge ponudnike;\n' +
          '- dogovor o stalnem terminu, da akcija postane tradicija;\n' +
          '- promocija prek občinskih kanalov, na primer koledarja dogodkov.',
      },
      en: {
        title:
          'Promotional campaign "Razvajaj se v mestu" (Treat yourself in town) and the event "Promenada okusov" (Promenade of Flavours)',
        summary:
          'In 2016 the City Municipality of Velenje organised the promotional campaign "Razvajaj se v mestu", which invites people into the town centre, for the third time. ' +
          'The municipality announced that the event "Promenada okusov" will continue the following year.',
        challenge:
          'A town centre needs reasons for people to visit and come back, and smaller providers find it hard to gain enough visibility on their own. ' +
          'The MMS network meeting at which Velenje presented the campaign discussed exactly this: managing town centres by connecting smaller providers.',
        solution:
          'As part of its city marketing, the municipality organises:\n\n' +
          '- **the promotional campaign "Razvajaj se v mestu"**, held for the third time in 2016;\n' +
          '- **the event "Promenada okusov"**, which will continue in 2017.',
        results:
          'The campaign "Razvajaj se v mestu" was held for the third time in 2016, making it a recurring form of town-centre promotion. ' +
          'The municipality decided to continue the event "Promenada okusov" the following year.',
        lessonsLearned:
          'Repeating a campaign year after year builds recognition: people start to expect it and providers can plan for it. ' +
          'A joint campaign under one name gives smaller providers a visibility none of them would achieve alone.',
        transferability:
          'Transferable to towns with a varied offer in their centre. What is needed:\n\n' +
          '- a recognisable name and a consistent visual identity for the campaign;\n' +
          '- a coordinator who brings together shops, cafés, restaurants and other providers;\n' +
          '- a fixed date so that the campaign becomes a tradition;\n' +
          "- promotion through the municipality's channels, such as the events calendar.",
      },
    },
  },
  {
    ref: 'practice:velenje-town-centre-vision-survey',
    organization: 'org:velenje-municipality',
    city: 'city:velenje',
    language: 'sl',
    status: 'PUBLISHED',
    visibility: 'PUBLIC',
    topics: ['resident-engagement', 'town-centre-management', 'city-strategy', 'city-marketing'],
    networks: ['network:mms'],
    publishedAt: '2016-11-17T09:00:00Z',
    translations: {
      sl: {
        title: 'Anketa med občani o viziji razvoja mestnega središča kot podlaga za mestni marketing',
        summary:
          'Odbor za mestni marketing Mestne občine Velenje je spomladi 2016 med občani izvedel anketo o viziji razvoja mestnega središča Velenje. ' +
          'Vse nadaljnje aktivnosti odbora temeljijo na usmeritvah občanov in rezultatih ankete.',
        challenge:
          'Aktivnosti mestnega marketinga so učinkovitejše, če izhajajo iz tega, kar si od mestnega središča želijo ljudje, ki v mestu živijo. ' +
          'Odbor za mestni marketing je zato za svoje delo potreboval jasno izhodišče, oblikovano skupaj z občani.',
        solution:
          'Odbor za mestni marketing je spomladi 2016 med občani izvedel anketo o viziji razvoja mestnega središča Velenje. ' +
          'Usmeritve občanov in rezultati ankete so postali podlaga, na kateri odbor načrtuje vse nadaljnje aktivnosti.',
        results:
          'Anketa je postala temelj dela odbora: vse njegove nadaljnje aktivnosti temeljijo na usmeritvah občanov in rezultatih ankete. ' +
          'Podžupan Peter Dermol jo je novembra 2016 predstavil na srečanju združenja MMS kot del aktivnosti mestnega marketinga v Velenju v zadnjem letu.',
        lessonsLearned:
          'Anketa na začetku procesa da odboru legitimnost: odločitve se lahko sklicujejo na izražene želje občanov. ' +
          'Hkrati je vključevanje občanov samo po sebi sporočilo, da je mestno središče skupna stvar.',
        transferability:
          'Prenosljivo v vsako mesto, ki ima telo za mestni marketing ali upravljanje mestnega središča. Potrebni so:\n\n' +
          '- jasno vprašanje, o čem naj se občani izrečejo (vizija razvoja mestnega središča);\n' +
          '- kanali za doseganje čim širšega kroga občanov;\n' +
          '- zaveza, da bodo rezultati res uporabljeni kot podlaga za nadaljnje delo;\n' +
          '- povratna informacija občanom o tem, kaj se je na podlagi ankete zgodilo.',
      },
      en: {
        title: 'Resident survey on the vision for the town centre as the basis for city marketing',
        summary:
          "In spring 2016 the City Municipality of Velenje's Committee for City Marketing surveyed residents on their vision for the development of Velenje town centre. " +
          "All of the committee's further activities are based on the residents' guidance and the survey results.",
        challenge:
          'City-marketing activities work better when they start from what the people who live in the town want from its centre. ' +
          'The Committee for City Marketing therefore needed a clear starting point for its work, shaped together with residents.',
        solution:
          'In spring 2016 the Committee for City Marketing surveyed residents on their vision for the development of Velenje town centre. ' +
          "The residents' guidance and the survey results became the basis on which the committee plans all its further activities.",
        results:
          "The survey became the foundation of the committee's work: all its further activities are based on the residents' guidance and the survey results. " +
          "In November 2016 Deputy Mayor Peter Dermol presented it to the MMS network as part of Velenje's city-marketing activities over the past year.",
        lessonsLearned:
          "A survey at the start of the process gives the committee legitimacy: its decisions can refer to residents' stated wishes. " +
          'Involving residents also sends the message that the town centre is a shared concern.',
        transferability:
          'Transferable to any town with a body for city marketing or town-centre management. What is needed:\n\n' +
          '- a clear question for residents to answer (the vision for the development of the town centre);\n' +
          '- channels to reach as many residents as possible;\n' +
          '- a commitment to actually use the results as the basis for further work;\n' +
          '- feedback to residents on what has been done on the basis of the survey.',
      },
    },
  },
];
