#!/usr/bin/env python3
"""Generates realistic Norwegian practices for the search benchmark, straight into MariaDB.

Creating 100 000 practices through the API would take about an hour (29 ms each, see the
catalogue benchmark), so this script writes the rows with multi-row INSERTs through the embedded
MariaDB's client: published practices in bokmål, nynorsk and a little English, with themes, target
groups, actor types, voluntary roles, funding and real municipality or county codes from the
taxonomy table, evidence levels, activity statuses, publication dates spread over five years, and
for about 30 % of them one or two attachments with 2-10 KB of extracted text (the rows only: no
files, so downloading a generated attachment fails; search never reads the files).

Every row is a function of its number (seeded), so a data set of N is the same on every machine,
and growing it from 2 000 to 100 000 adds the same rows a fresh run would. Slugs start with
`bench-`. The search index does not see these rows until a full rebuild: `bench/search.py` starts
one (and measures it); `--clean` deletes the rows and starts one too.

    python3 bench/search_data.py 100000      # top the data set up (or down) to N practices
    python3 bench/search_data.py --clean     # delete every bench- practice, rebuild the index

The words: the texts are sentences of the seed practices (content/practices) and of the lists
below, in the practice's written form, with about one word in four of five letters or more swapped
for a word of a Norwegian word list (`/usr/share/dict/bokmaal` and `nynorsk`, Debian's
`wnorwegian`), drawn by a Zipf law over a seeded order of the list. So the field's words are as
common as in real practices, and the rest of the vocabulary has a long tail: a common word such as
"bustad" matches many practices, most words few (`search.py` reports the share each query word
matches). Without the word lists the script stops and says what to install.

Needs the run command's MariaDB on 127.0.0.1:3306 (and, for --clean, the portal on port 8080).
"""
import bisect
import datetime
import hashlib
import itertools
import pathlib
import random
import re
import sys
import time
import unicodedata

import boforum_bench as bb

try:
    import yaml  # PyYAML, for the seed practices' front matter
except ImportError:
    raise SystemExit("PyYAML is missing: install it first (Debian: apt-get install python3-yaml)")

PREFIX = "bench-"
BATCH = 500
SEED_PRACTICES = pathlib.Path(__file__).resolve().parent.parent / "content" / "practices"
WORD_LISTS = {"nb": pathlib.Path("/usr/share/dict/bokmaal"),
              "nn": pathlib.Path("/usr/share/dict/nynorsk")}
# Of the word list (seeded order), how many words, and the Zipf law that draws from them.
LIST_WORDS = 200_000
ZIPF_EXPONENT = 1.05
ZIPF_OFFSET = 20
SWAP_SHARE = 0.25

# Words of the field, per written form: (text, theme code or None).
MEASURES = {
    "nb": [("Housing First", "housing-first"), ("Bolig først", "housing-first"),
           ("Boveiledning i hjemmet", "bomestring"), ("Bomestringsteam", "bomestring"),
           ("Ambulant oppfølging", "bomestring"), ("Botrening", "bomestring"),
           ("Startlån til unge førstegangskjøpere", "eie-fremfor-leie"),
           ("Leie til eie", "eie-fremfor-leie"), ("Fra leie til eie", "eie-fremfor-leie"),
           ("Utleieformidling", "utleieformidling"), ("Boligformidling med frivillige",
                                                        "utleieformidling"),
           ("Samarbeid med private utleiere", "utleieformidling"),
           ("Midlertidig bolig med oppfølging", "midlertidig-bolig"),
           ("Kvalitet i midlertidig bolig", "midlertidig-bolig"),
           ("Nabokontakt", "integrering-nabolag"), ("Trygt bomiljø", "integrering-nabolag"),
           ("Frivilligsentral for bosetting", "koordinering-frivillige"),
           ("Koordinering av frivillige", "koordinering-frivillige"),
           ("Boligsosialt team", "samarbeid-samskaping"),
           ("Samhandling mellom NAV og boligkontoret", "samarbeid-samskaping"),
           ("Reservert kontrakt for ideelle", "anskaffelser-finansiering"),
           ("Husleiegaranti", "anskaffelser-finansiering"),
           ("Erfaringskonsulent i boligtjenesten", "brukermedvirkning"),
           ("Brukerråd for leietakere", "brukermedvirkning"),
           ("Kompetanseprogram i boligsosialt arbeid", "kunnskap-kompetanse"),
           ("Tidlig varsling av husleierestanse", "bomestring"),
           ("Bostøtteveiledning", "eie-fremfor-leie"), ("Rusfri bolig", "housing-first"),
           ("Bokollektiv for unge", "midlertidig-bolig"), ("Gjeldsrådgivning", "bomestring")],
    "nn": [("Housing First", "housing-first"), ("Bustad først", "housing-first"),
           ("Bustadrettleiing i heimen", "bomestring"), ("Bumeistringsteam", "bomestring"),
           ("Ambulant oppfølging", "bomestring"), ("Butrening", "bomestring"),
           ("Startlån til unge førstegongskjøparar", "eie-fremfor-leie"),
           ("Leige til eige", "eie-fremfor-leie"), ("Frå leige til eige", "eie-fremfor-leie"),
           ("Utleigeformidling", "utleieformidling"), ("Bustadformidling med frivillige",
                                                        "utleieformidling"),
           ("Samarbeid med private utleigarar", "utleieformidling"),
           ("Mellombels bustad med oppfølging", "midlertidig-bolig"),
           ("Nabokontakt", "integrering-nabolag"), ("Trygt bumiljø", "integrering-nabolag"),
           ("Koordinering av frivillige", "koordinering-frivillige"),
           ("Bustadsosialt team", "samarbeid-samskaping"),
           ("Samhandling mellom NAV og bustadkontoret", "samarbeid-samskaping"),
           ("Husleigegaranti", "anskaffelser-finansiering"),
           ("Erfaringskonsulent i bustadtenesta", "brukermedvirkning"),
           ("Kompetanseprogram i bustadsosialt arbeid", "kunnskap-kompetanse"),
           ("Tidleg varsling av husleigerestanse", "bomestring"),
           ("Bustøtterettleiing", "eie-fremfor-leie"), ("Bukollektiv for unge",
                                                         "midlertidig-bolig")],
    "en": [("Housing First", "housing-first"), ("Tenancy support at home", "bomestring"),
           ("Start-up loans for young buyers", "eie-fremfor-leie"),
           ("Letting brokerage with volunteers", "utleieformidling"),
           ("Temporary housing with follow-up", "midlertidig-bolig")],
}
GROUPS = {
    "nb": {"bostedslose": "bostedsløse", "rusproblemer": "personer med rusproblemer",
           "psykiske-lidelser": "personer med psykiske lidelser", "flyktninger": "flyktninger",
           "vanskeligstilte-barnefamilier": "vanskeligstilte barnefamilier", "unge": "unge",
           "loslatte": "løslatte fra fengsel",
           "nedsatt-funksjonsevne": "personer med nedsatt funksjonsevne", "eldre": "eldre"},
    "nn": {"bostedslose": "bustadlause", "rusproblemer": "personar med rusproblem",
           "psykiske-lidelser": "personar med psykiske lidingar", "flyktninger": "flyktningar",
           "vanskeligstilte-barnefamilier": "vanskelegstilte barnefamiliar", "unge": "unge",
           "loslatte": "lauslatne frå fengsel",
           "nedsatt-funksjonsevne": "personar med nedsett funksjonsevne", "eldre": "eldre"},
    "en": {"bostedslose": "homeless people", "rusproblemer": "people with substance-use problems",
           "psykiske-lidelser": "people with mental illness", "flyktninger": "refugees",
           "vanskeligstilte-barnefamilier": "disadvantaged families with children",
           "unge": "young people", "loslatte": "people released from prison",
           "nedsatt-funksjonsevne": "people with disabilities", "eldre": "older people"},
}
SUMMARIES = {
    "nb": ["{actor} hjelper {group} inn i egen leiebolig og følger opp i hjemmet så lenge det "
           "trengs.",
           "{actor} samarbeider med NAV og private utleiere for at {group} skal få og beholde en "
           "god bolig.",
           "Et tilbud i {place} der {group} får veiledning om husleie, bostøtte og startlån.",
           "{actor} gir {group} et trygt bomiljø med faste kontaktpersoner og tett oppfølging.",
           "Et lavterskeltilbud i {place} som forebygger utkastelse blant {group}."],
    "nn": ["{actor} hjelper {group} inn i eigen leigebustad og følgjer opp i heimen så lenge det "
           "trengst.",
           "{actor} samarbeider med NAV og private utleigarar for at {group} skal få og halde på "
           "ein god bustad.",
           "Eit tilbod i {place} der {group} får rettleiing om husleige, bustøtte og startlån.",
           "{actor} gir {group} eit trygt bumiljø med faste kontaktpersonar og tett oppfølging.",
           "Eit lågterskeltilbod i {place} som førebyggjer utkasting blant {group}."],
    "en": ["{actor} helps {group} into a home of their own and follows up for as long as needed.",
           "A service in {place} that gives {group} advice on rent, housing allowance and loans."],
}
SENTENCES = {
    "nb": ["Tiltaket retter seg mot {group} i {place}.",
           "Målet er at flere skal bo stabilt i egen bolig.",
           "Kommunen leier leiligheter fra private utleiere og framleier dem med egen kontrakt.",
           "Teamet består av ansatte fra boligkontoret, NAV og rus- og psykisk helsetjeneste.",
           "Oppfølgingen skjer hjemme hos den enkelte, så tett og så lenge som det trengs.",
           "Det stilles ikke krav om rusfrihet før man får tilbud om bolig.",
           "En erfaringskonsulent er med i teamet og gjør det lettere å få kontakt.",
           "Husbanken har gitt tilskudd til oppstart og kompetanseheving.",
           "Mange har fått hjelp til å søke bostøtte og startlån.",
           "Frivillige stiller som nabovenner og hjelper med å bli kjent i nærmiljøet.",
           "Leietakerne får hjelp med husleie, strøm og vedlikehold av boligen.",
           "Utleierne har én kontaktperson de kan ringe hele døgnet.",
           "Boligene ligger spredt i vanlige bomiljø for å unngå opphopning.",
           "Tiltaket ble startet etter en kartlegging av bostedsløse i kommunen.",
           "Samarbeidet med spesialisthelsetjenesten er avgjørende for å lykkes.",
           "Flere har gått fra kommunal utleiebolig til å eie egen bolig med startlån.",
           "Vi har lært at faste avtaler med utleierne er viktigere enn vi trodde.",
           "Det vanskeligste er overgangen når noen trenger mindre oppfølging enn før.",
           "Tjenesten er en del av kommunens boligsosiale handlingsplan.",
           "Ungdom som flytter ut fra barnevernet får tilbud om botrening.",
           "Flyktninger som bosettes i kommunen får hjelp til å finne leiebolig.",
           "Antallet utkastelser har gått ned siden oppstart.",
           "Brukerne deltar i planleggingen gjennom et eget brukerråd."],
    "nn": ["Tiltaket rettar seg mot {group} i {place}.",
           "Målet er at fleire skal bu stabilt i eigen bustad.",
           "Kommunen leiger leilegheiter frå private utleigarar og framleiger dei med eigen "
           "kontrakt.",
           "Teamet har tilsette frå bustadkontoret, NAV og rus- og psykisk helseteneste.",
           "Oppfølginga skjer heime hjå den enkelte, så tett og så lenge som det trengst.",
           "Det er ikkje krav om rusfridom før ein får tilbod om bustad.",
           "Ein erfaringskonsulent er med i teamet og gjer det lettare å få kontakt.",
           "Husbanken har gitt tilskot til oppstart og kompetanseheving.",
           "Mange har fått hjelp til å søkje bustøtte og startlån.",
           "Frivillige stiller som nabovener og hjelper folk å bli kjende i nærmiljøet.",
           "Leigetakarane får hjelp med husleige, straum og vedlikehald av bustaden.",
           "Utleigarane har éin kontaktperson dei kan ringje heile døgeret.",
           "Bustadene ligg spreidd i vanlege bumiljø for å unngå opphoping.",
           "Tiltaket vart starta etter ei kartlegging av bustadlause i kommunen.",
           "Fleire har gått frå kommunal utleigebustad til å eige eigen bustad med startlån.",
           "Det vanskelegaste er overgangen når nokon treng mindre oppfølging enn før.",
           "Tenesta er ein del av den bustadsosiale handlingsplanen i kommunen.",
           "Flyktningar som blir busette i kommunen får hjelp til å finne leigebustad.",
           "Talet på utkastingar har gått ned sidan oppstarten."],
    "en": ["The service is for {group} in {place}.",
           "The aim is that more people live stably in a home of their own.",
           "The team follows people up at home, as closely and as long as they need.",
           "There is no requirement to be drug-free before being offered a home.",
           "Husbanken funded the start and the training of the staff."],
}
REPORT = {
    "nb": ["Evalueringen bygger på intervjuer med deltakere, ansatte og utleiere.",
           "Av {n} deltakere bodde {m} fortsatt i egen bolig etter to år.",
           "Rapporten anbefaler at kommunen viderefører tiltaket som en fast tjeneste.",
           "Bruken av akutte overnattingssteder gikk ned i perioden.",
           "Samarbeidet med NAV om økonomisk rådgivning og bostøtte fungerte godt.",
           "Flere informanter peker på at ventetiden på kommunal bolig er for lang.",
           "Handlingsplanen for {year} prioriterer {group} og barnefamilier.",
           "Tabell {n} viser antall husstander som fikk startlån fordelt på alder.",
           "Kostnadene per deltaker var lavere enn ved døgnbemannede botilbud.",
           "Det mangler gode data om hvor mange som faller ut av tilbudet.",
           "Prosessevalueringen viser høy modelltroskap mot Housing First.",
           "Leietakerne beskriver trygghet, forutsigbarhet og respekt som det viktigste."],
    "nn": ["Evalueringa byggjer på intervju med deltakarar, tilsette og utleigarar.",
           "Av {n} deltakarar budde {m} framleis i eigen bustad etter to år.",
           "Rapporten tilrår at kommunen held fram med tiltaket som ei fast teneste.",
           "Bruken av akutte overnattingsstader gjekk ned i perioden.",
           "Handlingsplanen for {year} prioriterer {group} og barnefamiliar.",
           "Kostnadene per deltakar var lågare enn ved døgnbemanna butilbod.",
           "Leigetakarane skildrar tryggleik, føreseielegheit og respekt som det viktigaste."],
    "en": ["The evaluation rests on interviews with participants, staff and landlords.",
           "Of {n} participants, {m} still lived in their own home after two years."],
}
ACTORS = {"nb": ["Kommunen", "Boligkontoret", "NAV-kontoret", "En ideell organisasjon",
                 "Frivilligsentralen", "Et sosialt entreprenørskap", "Husbanken og kommunen"],
          "nn": ["Kommunen", "Bustadkontoret", "NAV-kontoret", "Ein ideell organisasjon",
                 "Frivilligsentralen", "Eit sosialt entreprenørskap"],
          "en": ["The municipality", "A non-profit organisation"]}
EVIDENCE = [("idea_pilot", 30), ("described", 35), ("process_evaluated", 20),
            ("effect_evaluated", 10), ("documented_effect", 5)]
NOTES = {"idea_pilot": "For tidlig å vurdere: tiltaket er nytt.",
         "described": "Praksisen er beskrevet av dem som driver den; ingen evaluering ennå.",
         "process_evaluated": "En ekstern prosessevaluering har sett på gjennomføringen.",
         "effect_evaluated": "En effektevaluering med sammenligningsgruppe er gjort.",
         "documented_effect": "Effekten er dokumentert i flere studier med robust design."}
EPOCH = datetime.datetime(2021, 1, 1)


class Words:
    """Sentences per written form (the seed practices' and the lists above) and the word list's
    words with the cumulative weights of a Zipf law over them."""

    def __init__(self):
        self.sentences = {lang: list(SENTENCES[lang]) for lang in SENTENCES}
        self.reports = {lang: list(REPORT[lang]) for lang in REPORT}
        for path in sorted(SEED_PRACTICES.glob("*.md")):
            front, text = seed_practice(path.read_text(encoding="utf-8"))
            lang = front.get("language", "nb")
            for part in [front.get("summary", ""), front.get("evidence_note", ""), text]:
                self.sentences.setdefault(lang, []).extend(sentences(part))
        self.lists, self.weights = {}, {}
        for lang, path in WORD_LISTS.items():
            if not path.exists():
                raise SystemExit(f"{path} is missing: install the word lists first "
                                 "(Debian: apt-get install wnorwegian)")
            words = [w for w in path.read_text(encoding="latin-1").split()
                     if re.fullmatch(r"[a-zæøå]{4,16}", w)]
            random.Random(f"boforum-words-{lang}").shuffle(words)
            self.lists[lang] = words[:LIST_WORDS]
            self.weights[lang] = list(itertools.accumulate(
                1 / (r + ZIPF_OFFSET) ** ZIPF_EXPONENT for r in range(len(self.lists[lang]))))

    def word(self, rnd, lang):
        weights = self.weights[lang]
        return self.lists[lang][bisect.bisect(weights, rnd.random() * weights[-1])]

    def swap(self, rnd, lang, sentence):
        """The sentence with about a quarter of its longer words swapped for listed words."""
        if lang not in self.lists:
            return sentence
        out = []
        for token in sentence.split(" "):
            letters = token.strip(".,;:!?«»()\"")
            if len(letters) >= 5 and letters.islower() and rnd.random() < SWAP_SHARE:
                token = token.replace(letters, self.word(rnd, lang))
            out.append(token)
        return " ".join(out)


def seed_practice(markdown):
    """A seed practice's front matter (a dict) and its body as plain sentences of text."""
    _, front, body = markdown.split("---", 2)
    meta = yaml.safe_load(front) or {}
    body = re.sub(r"^#+ .*$", "", body, flags=re.M)                 # headings
    body = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", body)        # links: their text
    body = re.sub(r"[*_`>|]", "", body)                             # emphasis, quotes, tables
    body = re.sub(r"^\s*[-0-9]+[.)]?\s+", "", body, flags=re.M)     # list markers
    return {k: str(v) for k, v in meta.items()}, body


def sentences(text):
    """The sentences of four to forty words of a text."""
    out = []
    for s in re.split(r"(?<=[.!?])\s+(?=[A-ZÆØÅ«0-9])", " ".join(text.split())):
        if 4 <= len(s.split()) <= 40 and "{" not in s and "}" not in s:
            out.append(s)
    return out


def weighted(rnd, pairs):
    return rnd.choices([p[0] for p in pairs], weights=[p[1] for p in pairs])[0]


def slugify(text):
    """ASCII letters, digits and hyphens, as the portal's own slugs (Sámi place names such as
    "Porsáŋgu" lose their accents: a slug with them is no address of the portal)."""
    table = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "ŋ": "n", "đ": "d", "ŧ": "t", "ʒ": "z"})
    folded = unicodedata.normalize("NFKD", text.lower().translate(table))
    ascii_only = "".join(c for c in folded if not unicodedata.combining(c))
    out = "".join(c if c.isascii() and c.isalnum() else "-" for c in ascii_only)
    return "-".join(w for w in out.split("-") if w)


def taxonomy():
    rows = bb.sql("SELECT taxonomy, code, label_nb, label_nn, IFNULL(parent, '') "
                  "FROM taxonomy_term ORDER BY taxonomy, position, code;")
    terms = {}
    for line in rows.splitlines():
        tax, code, nb, nn, parent = line.split("\t")
        terms.setdefault(tax, []).append((code, nb, nn, parent))
    return terms


def practice(i, tax, owners, words):
    """The practice number i: a row, its terms and its attachments (deterministic)."""
    rnd = random.Random(f"boforum-bench-{i}")
    lang = weighted(rnd, [("nb", 75), ("nn", 22), ("en", 3)])
    measure, theme = rnd.choice(MEASURES[lang])
    groups = rnd.sample([c for c, *_ in tax["target_group"]], rnd.randint(1, 3))
    group_words = [GROUPS[lang][g] for g in groups]
    roll = rnd.random()
    national, places = False, []
    if roll < 0.05:
        national, place = True, {"nb": "hele landet", "nn": "heile landet",
                                 "en": "all of Norway"}[lang]
    elif roll < 0.15:
        code, nb, nn, _ = rnd.choice(tax["county"])
        places, place = [code], nn if lang == "nn" else nb
    else:
        code, nb, nn, county = rnd.choice(tax["municipality"])
        places, place = [code], nn if lang == "nn" else nb
        if rnd.random() < 0.2:
            same = [m for m in tax["municipality"] if m[3] == county and m[0] != code]
            if same:
                places.append(rnd.choice(same)[0])
    title = rnd.choice(["{m} i {p}", "{m} for {g}", "{m} – {p}", "{m} for {g} i {p}"]).format(
        m=measure, p=place, g=group_words[0])
    if lang in words.lists and rnd.random() < 0.3:  # a project's own name, as many have
        title = f"{words.word(rnd, lang).capitalize()}: {title}"
    title = title[:200]
    actor = rnd.choice(ACTORS[lang])
    summary = words.swap(rnd, lang, rnd.choice(SUMMARIES[lang])).format(actor=actor, group=" og ".join(group_words[:2])
                                                 if lang != "en" else group_words[0],
                                                 place=place)[:300]
    pool = words.sentences[lang]
    paragraphs = []
    for _ in range(rnd.randint(2, 4)):
        paragraphs.append(" ".join(
            words.swap(rnd, lang, s).format(group=rnd.choice(group_words), place=place)
            for s in rnd.sample(pool, min(len(pool), rnd.randint(3, 6)))))
    body = "\n\n".join(paragraphs)
    themes = {theme} | set(rnd.sample([c for c, *_ in tax["theme"]], rnd.randint(0, 2)))
    actor_types = rnd.sample([c for c, *_ in tax["actor_type"]], rnd.randint(1, 2))
    roles = []
    if set(actor_types) & {"ideell-organisasjon", "frivillig-gruppe", "sosial-entreprenor"}:
        roles = rnd.sample([c for c, *_ in tax["voluntary_role"]], 1)
    funding = rnd.sample([c for c, *_ in tax["funding"]], rnd.randint(1, 2))
    evidence = weighted(rnd, EVIDENCE)
    status = weighted(rnd, [("ACTIVE", 70), ("ENDED", 20), ("PLANNED", 10)])
    published = EPOCH + datetime.timedelta(seconds=rnd.randrange(5 * 365 * 86400))
    started = (published - datetime.timedelta(days=rnd.randint(30, 900))).date()
    ended = (started + datetime.timedelta(days=rnd.randint(200, 1500))) if status == "ENDED" \
        else None
    if status == "PLANNED":
        started = None
    slug = f"{PREFIX}{i:06d}-{slugify(title)}"[:120].rstrip("-")
    row = {
        "slug": slug, "title": title, "summary": summary, "body": body, "language": lang,
        "evidence_level": evidence, "evidence_note": NOTES[evidence],
        "owner_organisation_id": rnd.choice(owners), "activity_status": status,
        "started_on": started, "ended_on": ended, "national": national,
        "evaluation_planned": None, "nordic_evidence": rnd.random() < 0.2,
        "procurement_route": rnd.choice([None] + [c for c, *_ in tax["procurement_route"]]),
        "outcomes": None, "published_at": published, "created_at": published,
        "updated_at": published, "last_reviewed_at": published,
    }
    terms = ([("theme", c) for c in sorted(themes)] + [("target_group", c) for c in groups]
             + [("actor_type", c) for c in actor_types] + [("voluntary_role", c) for c in roles]
             + [("funding", c) for c in funding] + [("place", c) for c in places])
    attachments = []
    if rnd.random() < 0.3:
        for k in range(rnd.choice([1, 1, 1, 2])):
            report = words.reports[lang] + pool
            parts, size, target = [], 0, rnd.randint(2000, 10000)
            while size < target:
                s = words.swap(rnd, lang, rnd.choice(report)).format(
                    n=rnd.randint(5, 80), m=rnd.randint(3, 60), year=published.year,
                    group=rnd.choice(group_words), place=place)
                parts.append(s)
                size += len(s.encode()) + 1
            text = " ".join(parts)
            name = rnd.choice(["evaluering", "handlingsplan", "rapport", "sluttrapport"])
            attachments.append({
                "title": f"{name.capitalize()} {published.year}", "file_name": f"{name}.pdf",
                "key": f"be/{slug[:80]}-{k}.pdf", "pages": max(1, len(text) // 2500),
                "text": text, "created_at": published})
    return row, terms, attachments


def literal(value):
    if value is None:
        return "NULL"
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    text = str(value)
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"


def insert(table, columns, rows):
    return (f"INSERT INTO {table} ({', '.join(columns)}) VALUES\n"
            + ",\n".join("(" + ", ".join(literal(v) for v in r) + ")" for r in rows) + ";\n")


def generate(n):
    # Generated slugs are bench- and six digits; the search benchmark's own are bench-målepunkt.
    generated = f"slug REGEXP '^{PREFIX}[0-9]{{6}}-'"
    if int(bb.sql(f"SELECT COUNT(*) FROM practice WHERE {generated};")) > n:
        delete(f"{generated} AND slug >= '{PREFIX}{n:06d}'")
    tax = taxonomy()
    words = Words()
    owners = [int(x) for x in bb.sql("SELECT id FROM organisation ORDER BY id;").split()]
    if not owners or "municipality" not in tax:
        raise SystemExit("no organisations or taxonomies: start the run command once first")
    have = set(bb.sql(f"SELECT SUBSTRING(slug, 7, 6) FROM practice WHERE {generated};").split())
    existing = len(have)
    todo = [i for i in range(n) if f"{i:06d}" not in have]
    next_id = int(bb.sql("SELECT IFNULL(MAX(id), 0) + 1 FROM practice;"))
    columns = ["id", "slug", "state", "version", "spread", "illustrative"]
    t0 = time.perf_counter()
    stats = {"practices": 0, "attachments": 0, "text": 0, "with": 0}
    for start in range(0, len(todo), BATCH):
        practices, terms, files = [], [], []
        for i in todo[start:start + BATCH]:
            row, its_terms, its_files = practice(i, tax, owners, words)
            pid = next_id
            next_id += 1
            practices.append(row | {"id": pid})
            terms += [(pid, t, c) for t, c in its_terms]
            for a in its_files:
                data = a["text"].encode()
                files.append((pid, a["title"], a["file_name"], "application/pdf", len(data),
                              hashlib.sha256(data).hexdigest(), a["key"], a["pages"],
                              a["text"], None, a["created_at"]))
                stats["text"] += len(data)
            stats["with"] += bool(its_files)
        keys = sorted(practices[0].keys() - {"id", "slug"})
        statements = ["SET foreign_key_checks = 1; START TRANSACTION;",
                      insert("practice", columns + keys,
                             [[p["id"], p["slug"], "PUBLISHED", 1, 0, True] + [p[k] for k in keys]
                              for p in practices]),
                      insert("practice_term", ["practice_id", "taxonomy", "code"], terms)]
        if files:
            statements.append(insert("attachment", [
                "practice_id", "title", "file_name", "content_type", "size_bytes", "sha256",
                "storage_key", "page_count", "extracted_text", "uploaded_by", "created_at"],
                files))
        statements.append("COMMIT;")
        bb.sql("\n".join(statements))
        stats["practices"] += len(practices)
        stats["attachments"] += len(files)
        print(f"\r{existing + stats['practices']}/{n} practices", end="", flush=True)
    print()
    seconds = time.perf_counter() - t0
    print(f"inserted {stats['practices']} practices ({stats['with']} with attachments, "
          f"{stats['attachments']} attachments, {stats['text'] / 1e6:.1f} MB of text) "
          f"in {seconds:.0f} s")


def delete(where):
    """Deletes bench practices (terms, attachments and revisions go by cascade) in slices."""
    while True:
        ids = bb.sql(f"SELECT id FROM practice WHERE slug LIKE '{PREFIX}%' AND {where} "
                     f"LIMIT 2000;").split()
        if not ids:
            break
        bb.sql(f"DELETE FROM practice WHERE id IN ({','.join(ids)});")
    bb.sql(f"DELETE FROM search_outbox WHERE document_key LIKE '{PREFIX}%';")


def clean():
    delete("TRUE")
    admin = bb.login(bb.DEMO_ADMIN)
    status, text = admin.call("POST", "api/admin/search-index/rebuild")
    print(f"bench practices deleted; index rebuild: {status}")


def main():
    if sys.argv[1:] == ["--clean"]:
        clean()
    elif len(sys.argv) <= 2:
        generate(int(sys.argv[1]) if len(sys.argv) == 2 else 100_000)
    else:
        raise SystemExit(__doc__)


if __name__ == "__main__":
    main()
