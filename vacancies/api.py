"""GET /api/vacancies/: the list's search as JSON, same parameters, paginated."""

from __future__ import annotations

from django.conf import settings
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import HttpRequest, JsonResponse
from django.urls import reverse
from django.views.decorators.http import require_GET

from .listing import filtered
from .serializers import vacancy_data

MAX_PAGE_SIZE = 100


def _page_size(request: HttpRequest) -> int:
    try:
        return max(1, min(MAX_PAGE_SIZE, int(request.GET.get("page_size", settings.PAGE_SIZE))))
    except ValueError:
        return settings.PAGE_SIZE


def _page_url(request: HttpRequest, number: int) -> str:
    params = request.GET.copy()
    params["page"] = number
    return request.build_absolute_uri(f"{request.path}?{params.urlencode()}")


@require_GET
def vacancy_list(request: HttpRequest) -> JsonResponse:
    filterset = filtered(request.GET, request=request)
    paginator = Paginator(filterset.results(), _page_size(request))
    try:
        page = paginator.page(request.GET.get("page", 1))
    except PageNotAnInteger:
        page = paginator.page(1)
    except EmptyPage:
        page = paginator.page(paginator.num_pages)
    results = [
        vacancy_data(
            vacancy,
            url=request.build_absolute_uri(vacancy.get_absolute_url()),
            employer_url=request.build_absolute_uri(
                reverse("vacancies:employer", args=[vacancy.employer.slug])
            )
            if vacancy.employer_id
            else None,
        )
        for vacancy in page.object_list
    ]
    body = {
        "count": paginator.count,
        "page": page.number,
        "pages": paginator.num_pages,
        "next": _page_url(request, page.next_page_number()) if page.has_next() else None,
        "previous": _page_url(request, page.previous_page_number()) if page.has_previous() else None,
        "errors": {name: [str(e) for e in errors] for name, errors in filterset.errors.items()},
        "results": results,
    }
    response = JsonResponse(body, json_dumps_params={"ensure_ascii": False})
    response["Access-Control-Allow-Origin"] = "*"  # networks embed searches on their own sites
    return response
