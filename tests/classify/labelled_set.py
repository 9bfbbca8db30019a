"""A labelled set of columns (name, type, sampled values, true category) for measuring the classifier.

Built from three sources nobody tuned the classifier on one by one: Faker's vocabularies in seven locales (values),
the column spellings of those languages (names, several per category, plus camelCase and PascalCase forms), and
the columns of two public sample schemas (Chinook, Northwind) labelled by hand. Negatives are what real schemas
are mostly made of: ids, amounts, codes, statuses, timestamps, product names and PII-free descriptions.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from faker import Faker

from lookalike.core.schema import Column, Kind

LOCALES = ("en_US", "de_DE", "fr_FR", "es_ES", "pt_BR", "it_IT", "nl_NL")
SAMPLE = 60


@dataclass(frozen=True)
class Labelled:
    table: str
    column: Column
    values: list[Any]
    category: str | None  # None: nothing sensitive (or a non-sensitive category the classifier may name)
    sensitive: bool


def _col(name: str, kind: Kind, native: str = "text", max_length: int | None = None, nullable: bool = True) -> Column:
    return Column(name, native, kind, nullable=nullable, max_length=max_length)


def _spellings(*names: str) -> list[str]:
    """Each name as written, and in camelCase and PascalCase when it has words."""
    out: list[str] = []
    for name in names:
        out.append(name)
        if "_" in name:
            words = name.split("_")
            out.append(words[0] + "".join(w.title() for w in words[1:]))
            out.append("".join(w.title() for w in words))
    return out


# category → (column spellings, value maker, kind, native type)
def _makers(fake: Faker) -> dict[str, tuple[list[str], Callable[[], Any], Kind, str]]:
    return {
        "email": (
            _spellings("email", "e_mail", "email_address", "contact_email", "correo", "courriel", "mail"),
            fake.email,
            Kind.TEXT,
            "varchar(120)",
        ),
        "first_name": (
            _spellings("first_name", "given_name", "forename", "vorname", "prenom", "voornaam", "fname"),
            fake.first_name,
            Kind.TEXT,
            "varchar(60)",
        ),
        "last_name": (
            _spellings("last_name", "surname", "family_name", "nachname", "apellido", "cognome", "lname"),
            fake.last_name,
            Kind.TEXT,
            "varchar(60)",
        ),
        "full_name": (
            _spellings("full_name", "contact_name", "customer_name", "display_name", "nombre_completo"),
            fake.name,
            Kind.TEXT,
            "varchar(120)",
        ),
        "phone": (
            _spellings("phone", "phone_number", "telephone", "mobile", "telefon", "telefone", "cell_phone", "fax"),
            fake.phone_number,
            Kind.TEXT,
            "varchar(40)",
        ),
        "street_address": (
            _spellings("address", "street_address", "billing_address", "strasse", "direccion", "address_line_1"),
            fake.street_address,
            Kind.TEXT,
            "varchar(200)",
        ),
        "city": (_spellings("city", "town", "ville", "ciudad", "stadt"), fake.city, Kind.TEXT, "varchar(80)"),
        "postal_code": (
            _spellings("zip", "zip_code", "postal_code", "postcode", "plz", "cep"),
            fake.postcode,
            Kind.TEXT,
            "varchar(12)",
        ),
        "birth_date": (
            _spellings("birth_date", "date_of_birth", "dob", "birthday", "geburtsdatum", "fecha_nacimiento"),
            lambda: fake.date_of_birth(minimum_age=18, maximum_age=90),
            Kind.DATE,
            "date",
        ),
        "ip_address": (
            _spellings("ip_address", "client_ip", "last_login_ip", "remote_addr"),
            fake.ipv4,
            Kind.TEXT,
            "varchar(45)",
        ),
        "secret": (
            _spellings("password", "password_hash", "api_key", "access_token", "secret"),
            lambda: fake.sha256(),
            Kind.TEXT,
            "text",
        ),
        "username": (
            _spellings("username", "user_name", "login", "screen_name", "nickname"),
            fake.user_name,
            Kind.TEXT,
            "varchar(60)",
        ),
        "gender": (_spellings("gender", "sex", "geschlecht"), lambda: random.choice("MF"), Kind.TEXT, "char(1)"),
    }


_US_ONLY = {
    "national_id": (_spellings("ssn", "social_security_number", "tax_id", "national_id"), "ssn"),
    "credit_card": (_spellings("card_number", "credit_card", "cc_number"), "credit_card_number"),
    "bank_account": (_spellings("iban", "bank_account", "account_number"), "iban"),
}

# Columns whose *values* carry the category under a name that does not say so.
_HIDDEN = (
    ("users", "contact", "email"),
    ("orders", "ref", "email"),
    ("leads", "who", "full_name"),
    ("payments", "instrument", "credit_card"),
    ("audit", "source", "ip_address"),
)

_NEGATIVES: tuple[tuple[str, str, Kind, str, Callable[[Faker], Any]], ...] = (
    ("products", "product_name", Kind.TEXT, "varchar(80)", lambda f: f.catch_phrase()),
    ("products", "sku", Kind.TEXT, "varchar(12)", lambda f: f.bothify("??-#####").upper()),
    ("products", "unit_price", Kind.DECIMAL, "numeric(10,2)", lambda f: f.pydecimal(3, 2, positive=True)),
    ("products", "description", Kind.TEXT, "text", lambda f: f.sentence(nb_words=12)),
    ("products", "quantity_per_unit", Kind.TEXT, "varchar(20)", lambda f: f"{f.random_int(1, 48)} boxes"),
    ("products", "discontinued", Kind.BOOLEAN, "boolean", lambda f: f.boolean()),
    ("orders", "status", Kind.TEXT, "varchar(12)", lambda f: f.random_element(["new", "paid", "shipped"])),
    ("orders", "created_at", Kind.TIMESTAMPTZ, "timestamptz", lambda f: f.date_time_this_decade()),
    ("orders", "updated_at", Kind.TIMESTAMPTZ, "timestamptz", lambda f: f.date_time_this_decade()),
    ("orders", "total", Kind.DECIMAL, "numeric(12,2)", lambda f: f.pydecimal(4, 2, positive=True)),
    ("orders", "order_id", Kind.INTEGER, "integer", lambda f: f.random_int(1, 10**6)),
    ("orders", "currency", Kind.TEXT, "char(3)", lambda f: f.currency_code()),
    ("orders", "tracking_code", Kind.TEXT, "varchar(20)", lambda f: f.bothify("1Z###########")),
    ("categories", "category_name", Kind.TEXT, "varchar(40)", lambda f: f.word().title()),
    ("genre", "name", Kind.TEXT, "varchar(40)", lambda f: f.word().title()),
    ("media_type", "name", Kind.TEXT, "varchar(40)", lambda f: f.file_extension().upper() + " file"),
    ("tracks", "milliseconds", Kind.INTEGER, "integer", lambda f: f.random_int(10**4, 10**6)),
    ("tracks", "bytes", Kind.INTEGER, "integer", lambda f: f.random_int(10**5, 10**8)),
    ("tracks", "title", Kind.TEXT, "varchar(120)", lambda f: f.sentence(nb_words=3).rstrip(".")),
    ("users", "is_email_verified", Kind.BOOLEAN, "boolean", lambda f: f.boolean()),
    ("users", "email_verified_at", Kind.TIMESTAMPTZ, "timestamptz", lambda f: f.date_time_this_decade()),
    ("users", "phone_count", Kind.INTEGER, "integer", lambda f: f.random_int(0, 3)),
    ("users", "user_id", Kind.INTEGER, "bigint", lambda f: f.random_int(1, 10**9)),
    ("users", "locale", Kind.TEXT, "varchar(8)", lambda f: f.locale()),
    ("users", "timezone", Kind.TEXT, "varchar(40)", lambda f: f.timezone()),
    ("users", "role", Kind.TEXT, "varchar(20)", lambda f: f.random_element(["admin", "viewer", "editor"])),
    ("events", "kind", Kind.TEXT, "varchar(20)", lambda f: f.random_element(["click", "view", "buy"])),
    ("events", "payload_size", Kind.INTEGER, "integer", lambda f: f.random_int(1, 9999)),
    ("events", "url_path", Kind.TEXT, "text", lambda f: f.uri_path()),
    ("events", "user_agent", Kind.TEXT, "text", lambda f: f.user_agent()),
    ("shipments", "weight_kg", Kind.FLOAT, "double precision", lambda f: f.pyfloat(2, 2, positive=True)),
    ("shipments", "carrier", Kind.TEXT, "varchar(40)", lambda f: f.random_element(["UPS", "DHL", "FedEx"])),
    ("invoices", "invoice_number", Kind.TEXT, "varchar(20)", lambda f: f.bothify("INV-######")),
    ("invoices", "due_date", Kind.DATE, "date", lambda f: f.date_this_year()),
    ("accounts", "plan", Kind.TEXT, "varchar(20)", lambda f: f.random_element(["free", "pro", "team"])),
    ("accounts", "balance", Kind.DECIMAL, "numeric(12,2)", lambda f: f.pydecimal(5, 2)),
    ("docs", "body", Kind.TEXT, "text", lambda f: f.paragraph(nb_sentences=3)),
    ("docs", "notes", Kind.TEXT, "text", lambda f: f.sentence(nb_words=10)),
    ("colors", "hex", Kind.TEXT, "char(7)", lambda f: f.hex_color()),
    ("versions", "version", Kind.TEXT, "varchar(20)", lambda f: f"{f.random_int(0, 9)}.{f.random_int(0, 20)}.0"),
)


def _free_text(fake: Faker) -> str:
    return f"{fake.sentence(nb_words=6)} Contact {fake.name()} at {fake.email()} or {fake.phone_number()}."


def build(seed: int = 20261201) -> list[Labelled]:
    random.seed(seed)
    out: list[Labelled] = []
    for locale in LOCALES:
        fake = Faker(locale)
        fake.seed_instance(seed)
        for category, (names, make, kind, native) in _makers(fake).items():
            for name in random.sample(names, k=min(4, len(names))):
                width = int(native.split("(")[1].rstrip(")")) if "(" in native else None
                values = [make() for _ in range(SAMPLE)]
                if width is not None:
                    values = [str(v)[:width] for v in values]
                table = random.choice(["customers", "people", "users", "employees", "contacts", "members"])
                out.append(Labelled(table, _col(name, kind, native, width), values, category, True))
        fake_us = Faker("en_US")
        fake_us.seed_instance(seed + 1)
        for category, (names, method) in _US_ONLY.items():
            for name in random.sample(names, k=2):
                values = [getattr(fake_us, method)() for _ in range(SAMPLE)]
                out.append(Labelled("customers", _col(name, Kind.TEXT, "varchar(40)", 40), values, category, True))
        for table, name, category in _HIDDEN:
            maker = {
                "email": fake.email,
                "full_name": fake.name,
                "credit_card": fake_us.credit_card_number,
                "ip_address": fake.ipv4,
            }[category]
            out.append(Labelled(table, _col(name, Kind.TEXT), [maker() for _ in range(SAMPLE)], category, True))
        out.append(
            Labelled(
                "tickets", _col("comment", Kind.TEXT), [_free_text(fake) for _ in range(SAMPLE)], "free_text_pii", True
            )
        )
        out.append(
            Labelled(
                "events",
                _col("payload", Kind.JSON, "jsonb"),
                [{"user": {"email": fake.email(), "name": fake.name()}, "n": 1} for _ in range(SAMPLE)],
                "document_pii",
                True,
            )
        )
        for table, name, kind, native, make in _NEGATIVES:
            values = [make(fake) for _ in range(SAMPLE)]
            out.append(Labelled(table, _col(name, kind, native), values, None, False))
    out.extend(_public_schemas())
    return out


# Chinook and Northwind (../shared/datasets), labelled by hand: (table, column, kind, sensitive category or None).
_PUBLIC: tuple[tuple[str, str, Kind, str | None], ...] = (
    ("Customer", "FirstName", Kind.TEXT, "first_name"),
    ("Customer", "LastName", Kind.TEXT, "last_name"),
    ("Customer", "Company", Kind.TEXT, None),
    ("Customer", "Address", Kind.TEXT, "street_address"),
    ("Customer", "City", Kind.TEXT, "city"),
    ("Customer", "PostalCode", Kind.TEXT, "postal_code"),
    ("Customer", "Phone", Kind.TEXT, "phone"),
    ("Customer", "Fax", Kind.TEXT, "phone"),
    ("Customer", "Email", Kind.TEXT, "email"),
    ("Customer", "SupportRepId", Kind.INTEGER, None),
    ("Employee", "Title", Kind.TEXT, None),
    ("Employee", "BirthDate", Kind.TIMESTAMP, "birth_date"),
    ("Employee", "HireDate", Kind.TIMESTAMP, None),
    ("Invoice", "InvoiceDate", Kind.TIMESTAMP, None),
    ("Invoice", "BillingAddress", Kind.TEXT, "street_address"),
    ("Invoice", "Total", Kind.DECIMAL, None),
    ("Track", "Name", Kind.TEXT, None),
    ("Track", "UnitPrice", Kind.DECIMAL, None),
    ("Album", "Title", Kind.TEXT, None),
    ("Genre", "Name", Kind.TEXT, None),
    ("MediaType", "Name", Kind.TEXT, None),
    ("Playlist", "Name", Kind.TEXT, None),
    ("customers", "company_name", Kind.TEXT, None),
    ("customers", "contact_name", Kind.TEXT, "full_name"),
    ("customers", "contact_title", Kind.TEXT, None),
    ("customers", "address", Kind.TEXT, "street_address"),
    ("customers", "postal_code", Kind.TEXT, "postal_code"),
    ("customers", "phone", Kind.TEXT, "phone"),
    ("employees", "last_name", Kind.TEXT, "last_name"),
    ("employees", "first_name", Kind.TEXT, "first_name"),
    ("employees", "title_of_courtesy", Kind.TEXT, None),
    ("employees", "birth_date", Kind.DATE, "birth_date"),
    ("employees", "home_phone", Kind.TEXT, "phone"),
    ("employees", "extension", Kind.TEXT, None),
    ("employees", "notes", Kind.TEXT, None),
    ("orders", "ship_name", Kind.TEXT, "full_name"),
    ("orders", "ship_address", Kind.TEXT, "street_address"),
    ("orders", "freight", Kind.FLOAT, None),
    ("products", "product_name", Kind.TEXT, None),
    ("products", "units_in_stock", Kind.INTEGER, None),
    ("categories", "category_name", Kind.TEXT, None),
    ("categories", "description", Kind.TEXT, None),
    ("region", "region_description", Kind.TEXT, None),
    ("territories", "territory_description", Kind.TEXT, None),
    ("shippers", "company_name", Kind.TEXT, None),
    ("us_states", "state_name", Kind.TEXT, None),
)


def _public_schemas() -> list[Labelled]:
    """Names and types only (their values are in the datasets; the name-and-type path must hold on its own)."""
    return [
        Labelled(table, _col(name, kind), [], category, category is not None) for table, name, kind, category in _PUBLIC
    ]
