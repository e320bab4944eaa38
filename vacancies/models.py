from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from .choices import ContractType, PayBasis, PayPeriod, Region, RoleCategory, WorkTime
from .querysets import EmployerQuerySet, SourceDocumentQuerySet, VacancyQuerySet
from .text import employer_match_key, fold


class Employer(models.Model):
    name = models.CharField(max_length=300)
    slug = models.SlugField(max_length=320, unique=True)
    normalized_name = models.CharField(
        max_length=300, unique=True, help_text=_("Accent- and case-folded name used to match employers.")
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = EmployerQuerySet.as_manager()

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        self.normalized_name = employer_match_key(self.name)
        if not self.slug:
            self.slug = _unique_slug(Employer, self.name)
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("vacancies:employer", args=[self.slug])


def _unique_slug(model, text: str) -> str:
    base = slugify(text)[:300] or "employer"
    slug, n = base, 2
    while model.objects.filter(slug=slug).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug


class SourceDocument(models.Model):
    """A document exactly as received, kept so any vacancy can be re-parsed later."""

    class ParseStatus(models.TextChoices):
        PENDING = "pending", _("Waiting to be parsed")
        PARSED = "parsed", _("Parsed: vacancy")
        NOT_VACANCY = "not_vacancy", _("Parsed: not a vacancy")
        NEEDS_OCR = "needs_ocr", _("Needs OCR")
        ERROR = "error", _("Error")

    content = models.BinaryField(help_text=_("The original bytes, unchanged."))
    sha256 = models.CharField(max_length=64, db_index=True)
    size = models.PositiveBigIntegerField(default=0)
    media_type = models.CharField(max_length=100, blank=True)
    origin = models.CharField(max_length=2000, help_text=_("Path or URL the document was read from."))
    read_at = models.DateTimeField(default=timezone.now)
    text = models.TextField(blank=True, help_text=_("Text extracted from the document."))
    ocr = models.BooleanField(default=False, help_text=_("Text came (partly) from OCR."))
    provenance = models.JSONField(default=dict, blank=True)
    parse_status = models.CharField(max_length=20, choices=ParseStatus, default=ParseStatus.PENDING)
    doc_kind = models.CharField(max_length=40, blank=True)
    error_message = models.TextField(blank=True)
    extraction = models.JSONField(default=dict, blank=True, help_text=_("Raw extractor output."))
    parser_version = models.CharField(max_length=40, blank=True)
    parsed_at = models.DateTimeField(null=True, blank=True)

    objects = SourceDocumentQuerySet.as_manager()

    class Meta:
        ordering = ["-read_at"]
        constraints = [
            models.UniqueConstraint(fields=["sha256", "origin"], name="unique_document_per_origin")
        ]

    def __str__(self) -> str:
        return self.origin.rsplit("/", 1)[-1] or self.origin

    @property
    def name(self) -> str:
        return str(self)


class Vacancy(models.Model):
    class Status(models.TextChoices):
        PUBLISHED = "published", _("Published")
        NEEDS_REVIEW = "needs_review", _("Needs review")
        REJECTED = "rejected", _("Rejected")
        EXPIRED = "expired", _("Expired")
        WITHDRAWN = "withdrawn", _("Withdrawn")

    # Natural key: "<origin>#<position>", stable across re-parses of the same source.
    source_key = models.CharField(max_length=2100, unique=True)
    position_index = models.PositiveSmallIntegerField(default=0)
    documents = models.ManyToManyField(SourceDocument, related_name="vacancies", blank=True)

    role = models.CharField(_("role"), max_length=300)
    role_category = models.CharField(max_length=30, choices=RoleCategory, blank=True)
    employer = models.ForeignKey(
        Employer, null=True, blank=True, on_delete=models.SET_NULL, related_name="vacancies"
    )
    employer_unit = models.CharField(max_length=300, blank=True)
    contract_type = models.CharField(max_length=20, choices=ContractType, blank=True)
    work_time = models.CharField(max_length=20, choices=WorkTime, blank=True)
    hours_per_week = models.DecimalField(max_digits=5, decimal_places=2, null=True, blank=True)
    fte = models.DecimalField(max_digits=4, decimal_places=2, null=True, blank=True)
    salary_min = models.DecimalField(
        max_digits=10, decimal_places=2, null=True, blank=True, help_text=_("Monthly gross EUR.")
    )
    salary_max = models.DecimalField(
        max_digits=10, decimal_places=2, null=True, blank=True, help_text=_("Monthly gross EUR.")
    )
    pay_min = models.DecimalField(max_digits=12, decimal_places=2, null=True, blank=True)
    pay_max = models.DecimalField(max_digits=12, decimal_places=2, null=True, blank=True)
    pay_period = models.CharField(max_length=10, choices=PayPeriod, blank=True)
    pay_basis = models.CharField(max_length=10, choices=PayBasis, blank=True)
    pay_scale = models.CharField(max_length=100, blank=True)
    deadline = models.DateField(null=True, blank=True)
    start_date = models.DateField(null=True, blank=True)
    start_asap = models.BooleanField(default=False)
    address = models.CharField(max_length=300, blank=True)
    postcode = models.CharField(max_length=4, blank=True)
    city = models.CharField(max_length=120, blank=True)
    region = models.CharField(max_length=20, choices=Region, blank=True)
    languages = models.CharField(
        max_length=60, blank=True, help_text=_("Required languages, ISO codes separated by spaces.")
    )
    apply_email = models.EmailField(max_length=254, blank=True)
    apply_url = models.URLField(max_length=2000, blank=True)
    contact_person = models.CharField(max_length=200, blank=True)
    doc_lang = models.CharField(max_length=2, blank=True)
    description = models.TextField(blank=True)
    search_text = models.TextField(blank=True, editable=False, help_text=_("Folded text the search matches."))
    # PostgreSQL only: kept up to date by a trigger (migration 0003), weighted role > employer > text.
    search_vector = SearchVectorField(null=True, editable=False)

    status = models.CharField(max_length=20, choices=Status, default=Status.NEEDS_REVIEW, db_index=True)
    review_reason = models.CharField(max_length=300, blank=True)
    confidence = models.JSONField(default=dict, blank=True)
    evidence = models.JSONField(default=dict, blank=True)
    curated_fields = models.JSONField(
        default=list, blank=True, help_text=_("Fields a curator changed: re-parsing leaves them alone.")
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    published_at = models.DateTimeField(null=True, blank=True, db_index=True)

    objects = VacancyQuerySet.as_manager()

    class Meta:
        verbose_name_plural = "vacancies"
        ordering = ["-published_at", "-id"]
        indexes = [
            models.Index(fields=["status", "deadline"]),
            # Covering the deadline lets a deep page skip its offset inside the index (PostgreSQL).
            models.Index(
                fields=["status", "-published_at", "-id"],
                include=["deadline"],
                name="vacancy_newest_covering",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.role} – {self.employer}" if self.employer else self.role

    def save(self, *args, **kwargs):
        employer = self.employer.name if self.employer_id and self.employer else ""
        parts = [self.role, employer, self.employer_unit, self.city, self.postcode, self.description]
        self.search_text = fold(" ".join(p for p in parts if p))
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "search_text"}
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("vacancies:detail", args=[self.pk])

    @property
    def language_list(self) -> list[str]:
        return self.languages.split()

    @property
    def is_open(self) -> bool:
        return self.deadline is None or self.deadline >= timezone.localdate()

    def publish(self) -> None:
        self.status = self.Status.PUBLISHED
        self.review_reason = ""
        self.published_at = self.published_at or timezone.now()
        self.save(update_fields=["status", "review_reason", "published_at", "updated_at"])

    def reject(self, reason: str = "") -> None:
        self.status = self.Status.REJECTED
        self.review_reason = reason[:300]
        self.save(update_fields=["status", "review_reason", "updated_at"])

    def send_to_review(self, reason: str = "") -> None:
        self.status = self.Status.NEEDS_REVIEW
        self.review_reason = reason[:300]
        self.save(update_fields=["status", "review_reason", "updated_at"])

    def expire(self) -> None:
        self.status = self.Status.EXPIRED
        self.save(update_fields=["status", "updated_at"])

    def withdraw(self) -> None:
        """The posting vanished from its sources: kept, but no longer listed."""
        self.status = self.Status.WITHDRAWN
        self.save(update_fields=["status", "updated_at"])
