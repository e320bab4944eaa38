"""The public pages in headless Chromium, with JavaScript off: everything must work as plain HTML."""

import os
from datetime import timedelta
from pathlib import Path

import pytest
from django.utils import timezone

from . import factories

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"

sync_api = pytest.importorskip("playwright.sync_api")

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists(), reason=f"no Chromium at {CHROMIUM}; this suite never downloads one"
    ),
    pytest.mark.django_db(transaction=True),
    # The live server starts before the fixtures that point STATIC_ROOT at an empty directory.
    pytest.mark.filterwarnings("ignore:No directory at:UserWarning"),
]
# A visitor from Belgium whose browser asks for French first.
BROWSER_LOCALE = "fr-BE"


@pytest.fixture(scope="module")
def browser():
    # Playwright's sync API keeps an event loop running in this thread, and Django refuses ORM calls
    # (the test data, the database flush between tests) from a thread with a running loop.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox"])
        yield browser
        browser.close()
    if previous is None:
        del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]
    else:
        os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture
def page(browser, settings):
    # Over plain http the live server cannot set the production's Secure cookies (CSRF, session).
    settings.CSRF_COOKIE_SECURE = False
    settings.SESSION_COOKIE_SECURE = False
    context = browser.new_context(
        java_script_enabled=False, locale=BROWSER_LOCALE, viewport={"width": 1280, "height": 900}
    )
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def postings():
    meandre = factories.make_employer(name="Le Méandre ASBL")
    return {
        "cdd_wallonie": factories.published(
            role="Psychologue clinicien·ne",
            employer=meandre,
            contract_type="CDD",
            region="wallonie",
            city="Namur",
        ),
        "cdi_wallonie": factories.published(
            role="Infirmier·ère psychiatrique", contract_type="CDI", region="wallonie"
        ),
        "cdd_bruxelles": factories.published(
            role="Assistant·e social·e", contract_type="CDD", region="bruxelles"
        ),
        "hidden": factories.needs_review(role="Coordinateur en attente"),
    }


def navigate(page, target) -> None:
    """Click a link or a submit button and wait for the page it loads: reading the old page is a race."""
    with page.expect_navigation():
        target.click()


def card_titles(page) -> list[str]:
    return [title.strip() for title in page.locator(".card__title").all_inner_texts()]


def test_filter_with_the_form(live_server, page, postings):
    page.goto(live_server.url)
    assert sorted(card_titles(page)) == sorted(
        ["Psychologue clinicien·ne", "Infirmier·ère psychiatrique", "Assistant·e social·e"]
    )

    page.get_by_label("Contrat").select_option("CDD")
    page.get_by_label("Région").select_option("wallonie")
    navigate(page, page.get_by_role("button", name="Afficher les offres"))

    assert "contract_type=CDD" in page.url and "region=wallonie" in page.url
    assert card_titles(page) == ["Psychologue clinicien·ne"]
    assert "1 offre d’emploi" in page.locator("#results-heading").inner_text()
    # The form shows the chosen filters again.
    assert page.get_by_label("Contrat").input_value() == "CDD"


def test_more_filters_open_without_javascript(live_server, page, postings):
    factories.published(role="Psychologue bilingue", languages="fr nl")
    page.goto(live_server.url)
    assert not page.get_by_label("Néerlandais").is_visible()

    page.get_by_text("Plus de filtres").click()
    page.get_by_label("Néerlandais").check()
    navigate(page, page.get_by_role("button", name="Afficher les offres"))

    assert card_titles(page) == ["Psychologue bilingue"]
    assert page.get_by_label("Néerlandais").is_checked()  # the disclosure stays open on the result page


def test_search_then_open_the_detail_page(live_server, page, postings):
    page.goto(live_server.url)

    page.get_by_label("Rechercher").fill("infirmier")
    navigate(page, page.get_by_role("button", name="Afficher les offres"))
    assert card_titles(page) == ["Infirmier·ère psychiatrique"]

    navigate(page, page.get_by_role("link", name="Infirmier·ère psychiatrique"))
    assert page.url.endswith(postings["cdi_wallonie"].get_absolute_url())
    assert page.locator("h1").inner_text() == "Infirmier·ère psychiatrique"
    assert page.get_by_role("heading", name="Comment postuler").is_visible()


def test_switch_language_to_dutch(live_server, page, postings):
    page.goto(live_server.url + postings["cdd_wallonie"].get_absolute_url())

    page.get_by_label("Langue").select_option("nl")
    navigate(page, page.get_by_role("button", name="Changer"))

    assert page.locator("html").get_attribute("lang") == "nl"
    assert page.get_by_role("heading", name="Hoe solliciteren").is_visible()
    assert "Bepaalde duur" in page.content() or "bepaalde duur" in page.content()
    navigate(page, page.get_by_role("link", name="Alle vacatures"))
    assert page.get_by_role("button", name="Vacatures tonen").is_visible()


def test_phone_width_layout_and_screenshot(live_server, browser, postings, settings):
    ARTIFACTS.mkdir(exist_ok=True)
    context = browser.new_context(
        java_script_enabled=False,
        locale=BROWSER_LOCALE,
        viewport={"width": 360, "height": 740},
        device_scale_factor=2,
    )
    page = context.new_page()
    try:
        page.goto(live_server.url)
        assert page.locator(".card").count() == 3
        # The stylesheet is served and applied, and nothing is wider than the phone.
        assert page.locator("body").evaluate("el => getComputedStyle(el).margin") == "0px"
        assert page.evaluate("document.documentElement.scrollWidth") <= 360
        page.screenshot(path=str(ARTIFACTS / "list-360.png"), full_page=True)

        page.goto(live_server.url + postings["cdd_wallonie"].get_absolute_url())
        assert page.evaluate("document.documentElement.scrollWidth") <= 360
        page.screenshot(path=str(ARTIFACTS / "detail-360.png"), full_page=True)
    finally:
        context.close()


def test_refine_with_a_facet_and_its_count(live_server, page, postings):
    page.goto(live_server.url)
    facet = page.locator(".facet__value", has_text="CDD")
    assert "(2" in facet.inner_text()
    navigate(page, facet)
    assert "contract_type=CDD" in page.url and len(card_titles(page)) == 2
    # Counts follow the other filters: within CDD offers, one is in Wallonia.
    assert "(1" in page.locator(".facet__value", has_text="Wallonie").inner_text()
    # Selected, the facet shows as such and clicking it again removes the filter.
    navigate(page, page.locator(".facet__value--selected"))
    assert "contract_type" not in page.url and len(card_titles(page)) == 3


def test_sort_by_closing_date(live_server, page, postings):
    soon = factories.published(role="Logopède urgent", deadline=timezone.localdate() + timedelta(days=1))
    page.goto(live_server.url)
    page.get_by_label("Trier par").select_option("deadline")
    navigate(page, page.get_by_role("button", name="Afficher les offres"))
    assert "sort=deadline" in page.url
    assert card_titles(page)[0] == soon.role


def test_paginate_through_the_results(live_server, page, settings):
    settings.PAGE_SIZE = 2
    for n in range(5):
        factories.published(role=f"Éducateur·rice {n}")
    page.goto(live_server.url)
    seen = card_titles(page)
    navigate(page, page.get_by_role("link", name="Suivant"))
    assert "page=2" in page.url
    seen += card_titles(page)
    navigate(page, page.get_by_role("link", name="Suivant"))
    seen += card_titles(page)
    assert sorted(seen) == [f"Éducateur·rice {n}" for n in range(5)]
    assert page.get_by_role("link", name="Précédent").is_visible()


def test_keyboard_reaches_search_and_a_result_with_visible_focus(live_server, page, postings):
    page.goto(live_server.url)
    reached = []
    for _ in range(60):
        page.keyboard.press("Tab")
        focused = page.evaluate(
            "() => { const el = document.activeElement;"
            " return {id: el.id, cls: el.className, href: el.getAttribute('href'),"
            " outline: getComputedStyle(el).outlineStyle}; }"
        )
        reached.append(focused)
        if focused["href"] and focused["href"].startswith("/vacancies/"):
            break
    assert reached[0]["cls"] == "skip-link"
    assert any(item["id"] == "id_q" for item in reached), reached
    assert reached[-1]["href"].startswith("/vacancies/"), "Tab never reached a result link"
    assert all(item["outline"] != "none" for item in reached)


ACCESSIBILITY_AUDIT = """() => {
  const controls = [...document.querySelectorAll('input:not([type=hidden]), select, textarea')];
  const unlabelled = controls.filter(el => !(el.labels && el.labels.length) && !el.getAttribute('aria-label'));
  return {
    lang: document.documentElement.lang,
    unlabelled: unlabelled.map(el => el.name || el.id),
    landmarks: ['header', 'main', 'footer'].filter(tag => document.querySelector(tag)),
    imagesWithoutAlt: [...document.querySelectorAll('img:not([alt])')].length,
    h1: document.querySelectorAll('h1').length,
  };
}"""


def test_pages_pass_the_accessibility_checks(live_server, page, postings):
    urls = [
        "/",
        postings["cdd_wallonie"].get_absolute_url(),
        postings["cdd_wallonie"].employer.get_absolute_url(),
    ]
    for url in urls:
        page.goto(live_server.url + url)
        audit = page.evaluate(ACCESSIBILITY_AUDIT)
        assert audit == {
            "lang": "fr",
            "unlabelled": [],
            "landmarks": ["header", "main", "footer"],
            "imagesWithoutAlt": 0,
            "h1": 1,
        }, url


def test_employer_page_from_a_detail_page(live_server, page, postings):
    page.goto(live_server.url + postings["cdd_wallonie"].get_absolute_url())
    navigate(page, page.get_by_role("link", name="Le Méandre ASBL").first)
    assert page.url.endswith(postings["cdd_wallonie"].employer.get_absolute_url())
    assert card_titles(page) == ["Psychologue clinicien·ne"]


def test_desktop_screenshot(live_server, page, postings):
    ARTIFACTS.mkdir(exist_ok=True)
    page.goto(live_server.url)
    path = ARTIFACTS / "list-1280.png"
    page.screenshot(path=str(path), full_page=True)
    page.goto(live_server.url + postings["cdd_wallonie"].get_absolute_url())
    page.screenshot(path=str(ARTIFACTS / "detail-1280.png"), full_page=True)
    assert path.stat().st_size > 10_000
    print(f"screenshots saved in {ARTIFACTS}")


CONTRAST_AUDIT = """() => {
  const rgb = s => (s.match(/[\\d.]+/g) || []).map(Number);
  const lum = ([r, g, b]) => {
    const c = [r, g, b].map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  };
  const background = el => {
    for (; el; el = el.parentElement) {
      const c = rgb(getComputedStyle(el).backgroundColor);
      if (c.length === 3 || c[3] > 0) return c.slice(0, 3);
    }
    return [255, 255, 255];
  };
  const failures = [];
  for (const el of document.querySelectorAll('body *')) {
    const own = [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());
    const style = getComputedStyle(el);
    if (!own || style.visibility === 'hidden' || style.display === 'none' || el.closest('.visually-hidden')) continue;
    const [a, b] = [lum(rgb(style.color).slice(0, 3)), lum(background(el))];
    const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    const large = parseFloat(style.fontSize) >= 24 || (parseFloat(style.fontSize) >= 18.66 && +style.fontWeight >= 700);
    if (ratio < (large ? 3 : 4.5)) failures.push(`${el.tagName}.${el.className} "${el.textContent.trim().slice(0, 30)}" ${ratio.toFixed(2)}`);
  }
  return failures;
}"""


def test_text_contrast_meets_wcag_aa(live_server, page, postings):
    """Every piece of text, the closing-soon mark and the closed banner included, reads at 4.5:1
    (3:1 for large text) against the background it sits on."""
    soon = factories.published(role="Logopède", deadline=timezone.localdate() + timedelta(days=2))
    closed = factories.expired(role="Psychiatre")
    urls = ["/", "/?show_expired=1", soon.get_absolute_url(), closed.get_absolute_url()]
    for url in urls:
        page.goto(live_server.url + url)
        assert page.evaluate(CONTRAST_AUDIT) == [], url
    page.goto(live_server.url + "/")
    page.keyboard.press("Tab")  # the skip link, visible once focused
    assert page.evaluate(CONTRAST_AUDIT) == []
