"""Fictional pages of a sector job portal, for tests that fetch over HTTP: a listing, postings in French
and Dutch, an RSS and an Atom feed, and a page that is not a vacancy."""

from __future__ import annotations

from html import escape

POSTINGS = {
    "/offres/psychologue-bruxelles": (
        "Psychologue clinicien·ne (h/f/x) – Centre de santé mentale Les Tilleuls",
        "Le Centre de santé mentale Les Tilleuls, rue des Glycines 14 à 1050 Bruxelles, engage un·e "
        "psychologue clinicien·ne à mi-temps (19 h/semaine), CDI. Barème COCOF 1/55, ancienneté "
        "valorisée. Lieu de travail : Ixelles. Candidatures jusqu'au 15 janvier 2027 à "
        "recrutement@les-tilleuls.example.",
    ),
    "/offres/assistant-social-liege": (
        "Assistant·e social·e – Service d'aide aux justiciables de Liège",
        "Le Service d'aide aux justiciables Horizon (Liège) recrute un·e assistant·e social·e, temps "
        "plein, contrat de remplacement de 6 mois. Rémunération selon la CP 319.02. Lieu : boulevard "
        "de la Sauvenière 90, 4000 Liège. Envoyez CV et lettre avant le 20 décembre 2026.",
    ),
    "/vacatures/maatschappelijk-werker-gent": (
        "Maatschappelijk werker (m/v/x) – Centrum Geestelijke Gezondheidszorg De Brug",
        "CGG De Brug, Kortrijksesteenweg 210, 9000 Gent, zoekt een maatschappelijk werker voor 80 %, "
        "contract van onbepaalde duur. Verloning volgens IFIC-barema 14. Solliciteren kan tot en met "
        "10 januari 2027 via vacatures@debrug.example.",
    ),
}
TRAINING_PATH = "/agenda/formation-ecoute-active"
TRAINING = (
    "Formation : l'écoute active en première ligne",
    "Journée de formation le 12 février 2027 à Namur pour les équipes d'accueil. Inscription : 45 €, "
    "repas compris. Places limitées à 20 participant·es.",
)


def page(title: str, body: str) -> bytes:
    return (
        f"<!doctype html><html lang='fr'><head><title>{escape(title)}</title></head><body>"
        f"<nav><a href='/'>Accueil</a> <a href='/contact'>Contact</a></nav>"
        f"<main><h1>{escape(title)}</h1><p>{escape(body)}</p></main></body></html>"
    ).encode()


def listing() -> bytes:
    """Three postings (one relative, one absolute-path, one with a fragment, repeated) among navigation."""
    items = "".join(
        f"<li class='offre'><a href='{path}'>{escape(title)}</a> <a href='{path}#postuler'>Postuler</a></li>"
        for path, (title, _) in POSTINGS.items()
    )
    return (
        "<!doctype html><html><head><link rel='stylesheet' href='/static/site.css'></head><body>"
        "<nav><a href='/'>Accueil</a> <a href='mailto:info@portail.example'>Écrire</a> "
        "<a href='tel:+3221234567'>Appeler</a> <a href='#top'>Haut</a> <a href='/logo.png'>Logo</a></nav>"
        f"<ul class='offres'>{items}</ul>"
        f"<aside><a href='{TRAINING_PATH}'>Agenda des formations</a></aside></body></html>"
    ).encode()


def rss(base: str) -> bytes:
    items = "".join(
        f"<item><title>{escape(title)}</title><link>{base}{path}</link><guid>{path}</guid>"
        f"<pubDate>Mon, 02 Nov 2026 09:00:00 GMT</pubDate><description>{escape(body[:80])}</description></item>"
        for path, (title, body) in POSTINGS.items()
    )
    return (
        "<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>Offres</title>"
        f"<link>{base}/offres</link><description>Offres d'emploi</description>{items}</channel></rss>"
    ).encode()


def atom(base: str) -> bytes:
    entries = "".join(
        f"<entry><title>{escape(title)}</title><link href='{path}'/><id>urn:offre:{path}</id>"
        f"<updated>2026-11-02T09:00:00Z</updated><summary>{escape(body[:80])}</summary></entry>"
        for path, (title, body) in POSTINGS.items()
    )
    return (
        "<?xml version='1.0' encoding='utf-8'?><feed xmlns='http://www.w3.org/2005/Atom' "
        f"xml:base='{base}/'><title>Vacatures</title><id>urn:vacatures</id>"
        f"<updated>2026-11-02T09:00:00Z</updated>{entries}</feed>"
    ).encode()


def posting_pdf() -> bytes:
    from tests.reading.pdfs import one_column_pdf

    title, body = POSTINGS["/offres/psychologue-bruxelles"]
    return one_column_pdf([body], title=title)


def publish(site) -> None:
    """Every page above on a local site."""
    site.route("/offres", listing())
    for path, (title, body) in POSTINGS.items():
        site.route(path, page(title, body))
    site.route(TRAINING_PATH, page(*TRAINING))
    site.route("/flux.rss", rss(site.base), content_type="application/rss+xml")
    site.route("/documents/offre-psy.pdf", posting_pdf(), content_type="application/pdf")
    site.route("/flux.atom", atom(site.base), content_type="application/atom+xml")
