// Word lists behind the entity rules. They name kinds of words (titles, organisation nouns,
// nationalities), not the people or places of any one article, so they carry over to new sites.

const words = (list: string) => new Set(list.split(" "));

/** Titles and roles that precede a person's name ("Deputy Press Secretary Sabrina Singh"). */
export const titleWords = words(
  "President Vice Prime Minister General Gen Lieutenant Lt Colonel Col Major Maj Captain Capt " +
    "Admiral Adm Sergeant Sgt Commander Cmdr Brigadier Marshal Secretary Deputy Ambassador Senator " +
    "Sen Representative Rep Governor Gov Mayor Chancellor King Queen Prince Princess Sheikh Dr Mr " +
    "Mrs Ms Judge Justice Chief Director Spokesman Spokeswoman Spokesperson Professor Prof Pope " +
    "Archbishop Bishop Chairman Chairwoman Chair Envoy Emir Sultan Premier Speaker Leader Officer " +
    "Inspector Superintendent Commissioner Attorney Press Foreign Defence Defense Interior Junta",
);

/** Lower-case role nouns that can introduce or follow a name ("a former French ambassador"). */
export const roleNouns = words(
  "president minister general ambassador secretary spokesman spokeswoman spokesperson official " +
    "officer director chief head leader commander analyst professor researcher envoy governor mayor " +
    "senator adviser advisor ally diplomat correspondent reporter editor founder chairman ceo",
);

/** Nouns that make a capitalised phrase an organisation ("Defence Department"). */
export const orgWords = words(
  "Department Ministry Association Agency Administration Authority Board Council Community " +
    "Commission Committee Group Union Organization Organisation Institute University College " +
    "Company Corporation Corp Inc Ltd Bank Fund Forces Force Army Navy Congress Parliament Senate " +
    "Party Court Office News Times Post Journal Network Alliance Front Movement Coalition " +
    "Federation Foundation Service Services Police Guard Command Pentagon Reuters Press Agency " +
    "Bureau Club League Society Trust Centre Center Assembly Cabinet Secretariat Tribunal",
);

/** Nouns that make a capitalised phrase a facility ("Air Base 101", "Airport 201"). */
export const facilityWords = words(
  "Base Airbase Airport Airfield Port Camp Fort Station Harbour Harbor",
);

/** Nouns that make a capitalised phrase a region ("Sahel", "West Africa"). */
export const regionWords = words(
  "Region Province State County District Valley Sea Ocean River Lake Mountains Desert Gulf Coast " +
    "Africa Europe Asia America Americas Oceania Antarctica Sahel Balkans Caribbean Caucasus",
);

/** Nationality adjectives and short forms, mapped to the country they stand for. */
/**
 * Institutions known under several names, each mapped to one: a wrong option must never be the
 * answer under another of its names ("Which organisation …? → Pentagon", offering "Defence
 * Department", has two right answers).
 */
export const institutionAliases: Record<string, string> = {
  Pentagon: "Department of Defense",
  "Defence Department": "Department of Defense",
  "Defense Department": "Department of Defense",
  "Department of Defence": "Department of Defense",
  "Department of Defense": "Department of Defense",
  DoD: "Department of Defense",
  "State Department": "Department of State",
  "Department of State": "Department of State",
  "White House": "Executive Office of the President",
};

export const demonyms: Record<string, string> = {
  American: "United States",
  US: "United States",
  "U.S.": "United States",
  USA: "United States",
  "U.S.A.": "United States",
  "United States": "United States",
  America: "United States",
  French: "France",
  Russian: "Russia",
  British: "United Kingdom",
  UK: "United Kingdom",
  "U.K.": "United Kingdom",
  German: "Germany",
  Chinese: "China",
  Nigerien: "Niger",
  Nigerian: "Nigeria",
  Malian: "Mali",
  Chadian: "Chad",
  Burkinabe: "Burkina Faso",
  Senegalese: "Senegal",
  Ukrainian: "Ukraine",
  Iranian: "Iran",
  Israeli: "Israel",
  Italian: "Italy",
  Spanish: "Spain",
  Japanese: "Japan",
  Indian: "India",
  Canadian: "Canada",
  Turkish: "Turkey",
  Egyptian: "Egypt",
  Algerian: "Algeria",
  Libyan: "Libya",
  Kenyan: "Kenya",
  Ghanaian: "Ghana",
  Ethiopian: "Ethiopia",
  Sudanese: "Sudan",
  Moroccan: "Morocco",
  Polish: "Poland",
  Dutch: "Netherlands",
  Belgian: "Belgium",
  Brazilian: "Brazil",
  Mexican: "Mexico",
  Australian: "Australia",
  Pakistani: "Pakistan",
  Saudi: "Saudi Arabia",
};

/** Capitalised words that start sentences but never begin a name. */
export const commonStarters = words(
  "The A An In On At By For From To With Without After Before Following Despite During Until " +
    "Since As When While If But And Or However Meanwhile Moreover Additionally Nevertheless " +
    "Instead Still Yet Also Both Many Most Some Several Few All Each Every Such This That These " +
    "Those There Here It Its He She They We I You His Her Their Our Thousands Hundreds Millions " +
    "Recent Reports According Speculation Under Over About Around Earlier Later Last Next Today " +
    "Yesterday Why What Who How Where Which Countries Officials",
);

/** Nouns after a country name that show it is used as an adjective ("U.S. troops"). */
export const adjectivalNouns = words(
  "military troops forces officials official personnel soldiers government ambassador embassy " +
    "army presence counterterrorism operations backing sentiment delegation administration " +
    "diplomats diplomatic combat drone drones strategy political news base bases policy aid",
);

export const connectors = words("of and de del da du la le bin ibn al el von van der den");

export const locativePrepositions = words(
  "in near from to at into toward towards across around outside inside via through",
);
