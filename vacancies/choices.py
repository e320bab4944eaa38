"""Value sets of ../shared/corpus/SCHEMA.md, shared by models, filters and the extractor contract."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class RoleCategory(models.TextChoices):
    PSYCHOLOGUE = "psychologue", _("Psychologist")
    PSYCHIATRE = "psychiatre", _("Psychiatrist")
    MEDECIN = "medecin", _("Doctor")
    INFIRMIER = "infirmier", _("Nurse")
    ASSISTANT_SOCIAL = "assistant_social", _("Social worker")
    EDUCATEUR = "educateur", _("Educator")
    COORDINATEUR = "coordinateur", _("Coordinator")
    DIRECTION = "direction", _("Management")
    CHARGE_DE_PROJETS = "charge_de_projets", _("Project officer")
    ADMINISTRATIF = "administratif", _("Administration")
    PARAMEDICAL = "paramedical", _("Paramedical")
    PAIR_AIDANT = "pair_aidant", _("Peer worker")
    ACCUEIL = "accueil", _("Reception")
    RECHERCHE = "recherche", _("Research")
    OTHER = "other", _("Other")


class ContractType(models.TextChoices):
    CDI = "CDI", _("Permanent (CDI)")
    CDD = "CDD", _("Fixed term (CDD)")
    REMPLACEMENT = "remplacement", _("Replacement")
    STATUTAIRE = "statutaire", _("Statutory")
    INDEPENDANT = "independant", _("Self-employed")
    STAGE = "stage", _("Internship")
    BENEVOLAT = "benevolat", _("Volunteer")
    INTERIM = "interim", _("Temporary agency")


class WorkTime(models.TextChoices):
    FULL_TIME = "full_time", _("Full time")
    PART_TIME = "part_time", _("Part time")


class Region(models.TextChoices):
    BRUXELLES = "bruxelles", _("Brussels")
    WALLONIE = "wallonie", _("Wallonia")
    FLANDRE = "flandre", _("Flanders")
    OTHER = "other", _("Outside Belgium")


class Language(models.TextChoices):
    FR = "fr", _("French")
    NL = "nl", _("Dutch")
    EN = "en", _("English")
    DE = "de", _("German")
    AR = "ar", _("Arabic")
    ES = "es", _("Spanish")
    IT = "it", _("Italian")
    TR = "tr", _("Turkish")
    PT = "pt", _("Portuguese")
    RU = "ru", _("Russian")
    PL = "pl", _("Polish")
    RO = "ro", _("Romanian")


class PayPeriod(models.TextChoices):
    MONTH = "month", _("per month")
    YEAR = "year", _("per year")
    HOUR = "hour", _("per hour")
    DAY = "day", _("per day")


class PayBasis(models.TextChoices):
    GROSS = "gross", _("gross")
    NET = "net", _("net")
