"""HTML pages: the posting stays, the site around it (menus, banners, scripts) goes."""

import pytest

from ingest.reading import read_document
from ingest.reading.html import html_to_text

PAGE = """<!DOCTYPE html>
<html lang="fr">
<head>
  <meta charset="utf-8">
  <title>Psychologue clinicien·ne – ASBL Les Tilleuls</title>
  <style>.menu { color: red } body { font-family: serif }</style>
  <script>window.dataLayer = []; trackVisitor("ouverture");</script>
</head>
<body>
  <div id="CybotCookiebotDialog"><p>Nous utilisons des cookies pour mesurer l'audience.</p>
    <button>Tout accepter</button></div>
  <header class="site-header"><a href="/">Accueil</a> <a href="/don">Faire un don</a></header>
  <nav class="main-menu"><ul><li>Qui sommes-nous</li><li>Nos services</li><li>Agenda</li></ul></nav>
  <div class="breadcrumb">Accueil › Emplois › Psychologue</div>
  <main>
    <article>
      <header><h1>Psychologue clinicien·ne (h/f/x) – CDI mi-temps</h1><p class="date">Publié le 3 février</p></header>
      <p>L'ASBL Les Tilleuls, service de santé mentale à Saint-Gilles, engage un·e psychologue.</p>
      <h2>Votre profil</h2>
      <ul>
        <li>Master en psychologie clinique</li>
        <li><p>Visa de la Commission des psychologues</p></li>
        <li>Connaissance du néerlandais : un atout</li>
      </ul>
      <table>
        <tr><th>Contrat</th><td>CDI, 19 h/semaine</td></tr>
        <tr><th>Barème</th><td>CP 332, <b>IFIC</b> 15</td></tr>
      </table>
      <p>Candidatures&nbsp;avant le 15&nbsp;mars<br>à recrutement@lestilleuls.example</p>
      <div class="share-buttons">Partager sur Facebook Partager sur LinkedIn</div>
      <noscript>Activez JavaScript pour postuler en ligne.</noscript>
    </article>
  </main>
  <aside>Offres similaires : Infirmier de nuit</aside>
  <footer>© ASBL Les Tilleuls – Mentions légales – Plan du site</footer>
  <script>console.log("fin de page")</script>
</body>
</html>
"""


@pytest.fixture
def page_text():
    result = read_document(PAGE.encode(), name="offre.html")
    assert result.status == "ok" and result.media_type == "text/html"
    return result.text


def test_posting_text_is_kept(page_text):
    for kept in [
        "Psychologue clinicien·ne (h/f/x) – CDI mi-temps",
        "Publié le 3 février",  # the article's own header belongs to the posting
        "L'ASBL Les Tilleuls, service de santé mentale à Saint-Gilles, engage un·e psychologue.",
        "Votre profil",
    ]:
        assert kept in page_text


@pytest.mark.parametrize(
    "gone",
    [
        "trackVisitor",
        "font-family",
        "dataLayer",
        "cookies",
        "Tout accepter",
        "Faire un don",
        "Qui sommes-nous",
        "Nos services",
        "Emplois ›",
        "Partager sur",
        "Activez JavaScript",
        "Offres similaires",
        "Mentions légales",
        "fin de page",
    ],
)
def test_site_furniture_is_gone(page_text, gone):
    assert gone not in page_text


def test_list_items_are_bullet_lines(page_text):
    lines = page_text.splitlines()
    assert "• Master en psychologie clinique" in lines
    assert "• Visa de la Commission des psychologues" in lines  # a <p> inside the <li> stays on its bullet
    assert "• Connaissance du néerlandais : un atout" in lines


def test_table_rows_are_lines_with_cells_separated(page_text):
    lines = page_text.splitlines()
    assert "Contrat | CDI, 19 h/semaine" in lines
    assert "Barème | CP 332, IFIC 15" in lines


def test_line_breaks_and_no_break_spaces(page_text):
    assert "Candidatures avant le 15 mars\nà recrutement@lestilleuls.example" in page_text


def test_title_goes_on_top_when_the_main_part_lacks_it(page_text):
    assert page_text.splitlines()[0] == "Psychologue clinicien·ne – ASBL Les Tilleuls"


def test_main_part_is_reported():
    _, details = html_to_text(PAGE.encode())
    assert (
        details["main_part"] == "main" and details["encoding"] == "utf-8" and details["removed_elements"] > 5
    )


def test_h1_outside_the_main_part_goes_on_top():
    html = f"""<html><head><title>Emplois</title></head><body>
      <div class="hero"><h1>Infirmier·ère psychiatrique (h/f/x)</h1></div>
      <main><p>{"Le centre hospitalier recrute pour son unité de crise. " * 6}</p></main></body></html>"""
    lines = read_document(html.encode()).text.splitlines()
    assert lines[:2] == ["Emplois", "Infirmier·ère psychiatrique (h/f/x)"]


def test_meta_charset_windows_1252():
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>'
        "<body><p>Éducateur à Liège – 20 € – cœur</p></body></html>"
    )
    result = read_document(html.encode("cp1252"))
    assert result.text == "Éducateur à Liège – 20 € – cœur"
    assert result.details["encoding"] == "cp1252"


def test_utf8_wins_over_a_meta_charset_that_lies():
    html = '<html><head><meta charset="iso-8859-1"></head><body><p>Éducateur à Liège</p></body></html>'
    assert read_document(html.encode("utf-8")).text == "Éducateur à Liège"


def test_a_form_wrapping_the_whole_page_is_kept():
    """ASP.NET WebForms pages put everything in one <form>: dropping forms must not drop the posting."""
    html = f"""<html><body><form id="form1"><div class="content">
      <h1>Assistant social (h/f/x)</h1><p>{"Le CPAS de Forest engage un assistant social. " * 5}</p>
      </div></form></body></html>"""
    assert "Le CPAS de Forest engage" in read_document(html.encode()).text


def test_a_wrapper_named_like_furniture_is_kept_when_it_holds_the_page():
    html = """<html><body><div class="layout-with-sidebar"><p>Le service de santé mentale recrute.</p>
      <div class="sidebar">Liens utiles</div></div></body></html>"""
    text = read_document(html.encode()).text
    assert "Le service de santé mentale recrute." in text and "Liens utiles" not in text


def test_hidden_elements_are_dropped():
    html = """<html><body><p>Logopède (h/f/x) à Mons.</p><div style="display: none">Texte caché SEO</div>
      <div hidden>Modale d'inscription</div></body></html>"""
    assert read_document(html.encode()).text == "Logopède (h/f/x) à Mons."


def test_several_articles_are_a_list_so_the_whole_body_is_read():
    html = """<html><body><article><p>Psychologue à Namur</p></article>
      <article><p>Infirmier à Liège</p></article></body></html>"""
    text = read_document(html.encode()).text
    assert "Psychologue à Namur" in text and "Infirmier à Liège" in text


def test_deeply_nested_page_does_not_break_the_reader():
    html = "<html><body>" + "<div>" * 5000 + "Offre cachée au fond" + "</div>" * 5000 + "</body></html>"
    result = read_document(html.encode())
    assert result.status == "ok"


def test_page_without_text_is_an_error_with_a_hint():
    html = "<html><body><div id='app'></div><script>render()</script></body></html>"
    result = read_document(html.encode(), name="spa.html")
    assert result.status == "error" and "JavaScript" in result.error
